// The one owner of where the reference inputs are. They come from outside the project (the official
// Open Referral HSDS schemas, the city's seed reports) and sit beside the repository on CI, never in
// it. A test that needs one asks here, and is skipped where it is missing rather than failed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** The environment variable that says where the reference inputs are. */
export const REFERENCE_DIR_SETTING = 'LOTSEN_REFERENCE_DIR';

/** The repository's root folder: this file is `tools/test-support/src/references.ts`. */
export const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Where the reference inputs are when the setting is not given: `../shared`, beside the repository. */
export const DEFAULT_REFERENCE_DIR = '../shared';

/** The reference inputs the tests know, each by its folder under the reference folder. */
export const REFERENCES = {
  /** The official Open Referral HSDS 3.0 JSON Schemas, with `compiled/` and `openapi.json`. */
  hsdsSchema: {
    folder: 'hsds-schema/v3.0',
    what: 'the official Open Referral HSDS 3.0 JSON Schemas',
    marker: 'service.json',
  },
  /** The city's reports that the catalogue cites, `000_….txt` to `004_….txt`. */
  seeds: { folder: 'seeds', what: "the city's seed reports", marker: undefined },
} as const;

/** The name of one reference input. */
export type ReferenceName = keyof typeof REFERENCES;

/** One reference input: where it should be and whether it is there. */
export interface Reference {
  readonly name: ReferenceName;
  /** What it is, for people. */
  readonly what: string;
  /** Its absolute folder. */
  readonly path: string;
  /** True when the folder is there with its content. */
  readonly present: boolean;
  /** One line saying what is missing and how to provide it; empty when present. */
  readonly notice: string;
}

/**
 * The absolute reference folder: `LOTSEN_REFERENCE_DIR`, or `../shared`. A relative value is taken
 * from the repository's root, so it means the same whichever folder a test runs from.
 */
export function referenceDir(env: NodeJS.ProcessEnv = process.env): string {
  const given = env[REFERENCE_DIR_SETTING]?.trim();
  const dir = given ? given : DEFAULT_REFERENCE_DIR;
  return isAbsolute(dir) ? dir : resolve(REPOSITORY_ROOT, dir);
}

function isThere(path: string, marker: string | undefined): boolean {
  if (!existsSync(path) || !statSync(path).isDirectory()) return false;
  return marker === undefined ? readdirSync(path).length > 0 : existsSync(join(path, marker));
}

/** Where one reference input is, whether it is there, and if not, what to do about it. */
export function reference(name: ReferenceName, env: NodeJS.ProcessEnv = process.env): Reference {
  const { folder, what, marker } = REFERENCES[name];
  const dir = referenceDir(env);
  const path = join(dir, ...folder.split('/'));
  const present = isThere(path, marker);
  const notice = present
    ? ''
    : `Skipping the tests that need ${what}: ${path} is missing. ` +
      `Set ${REFERENCE_DIR_SETTING}=/path/to/shared (the folder holding ${folder}/).`;
  return { name, what, path, present, notice };
}

/** Every reference input that is missing, for the one notice a test run prints. */
export function missingReferences(env: NodeJS.ProcessEnv = process.env): Reference[] {
  return (Object.keys(REFERENCES) as ReferenceName[])
    .map((name) => reference(name, env))
    .filter((r) => !r.present);
}
