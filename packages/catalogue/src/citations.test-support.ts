// Test support only: the manifest of the seed lines the catalogue cites. The seeds (the city's
// reports) are a reference input from outside the repository; the manifest keeps a hash of each cited
// line in the repository, so a clone without the seeds still checks that every citation points at a
// line someone has seen, and a run with the seeds checks that those lines still say the same.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceCitation } from '@lotsen/domain';
import type { CatalogueData } from './catalogue.js';

/** The checked-in manifest, beside `data/` (not published with the package). */
export const CITATIONS_MANIFEST_PATH = join(import.meta.dirname, '..', 'seed-citations.json');

/** What the manifest holds for one seed: its file name and a hash of every cited line by number. */
export interface SeedLines {
  readonly file: string;
  /** Line number (1-based, as `grep -n` prints it) → {@link lineHash} of its text. */
  readonly lines: Readonly<Record<string, string>>;
}

/** The manifest: every line the catalogue cites, by seed number (`"004"`). */
export interface CitationsManifest {
  readonly about: string;
  readonly seeds: Readonly<Record<string, SeedLines>>;
}

const ABOUT =
  'Each seed line the catalogue cites: the first 16 hex digits of the SHA-256 of its text (UTF-8, ' +
  'without the line break). Regenerate with `pnpm --filter @lotsen/catalogue citations:manifest`.';

/** The hash the manifest keeps of one line's text. */
export function lineHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** One citation with who makes it, for messages that name the record. */
export interface Citation {
  readonly recordId: string;
  readonly source: SourceCitation;
}

/** Every citation in the catalogue data: providers, services, districts and their populations. */
export function citationsOf(data: CatalogueData): Citation[] {
  return [...data.providers, ...data.services, ...data.districts].flatMap((record) => [
    ...record.sources.map((source) => ({ recordId: record.id, source })),
    ...('population0to20' in record && record.population0to20
      ? [{ recordId: record.id, source: record.population0to20.source }]
      : []),
  ]);
}

/** The cited line numbers by seed, each seed's numbers ascending and once. */
export function citedLines(data: CatalogueData): Map<string, number[]> {
  const bySeed = new Map<string, Set<number>>();
  for (const { source } of citationsOf(data)) {
    const lines = bySeed.get(source.seed) ?? new Set<number>();
    for (let line = source.lines[0]; line <= source.lines[1]; line++) lines.add(line);
    bySeed.set(source.seed, lines);
  }
  return new Map(
    [...bySeed]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([seed, lines]) => [seed, [...lines].sort((a, b) => a - b)]),
  );
}

/**
 * The manifest as the seeds in `seedsDir` give it. A seed that is not there, or a line past a seed's
 * end, gets `"missing"` in place of a hash, so a comparison with the checked-in manifest shows it.
 */
export function buildCitationsManifest(seedsDir: string, data: CatalogueData): CitationsManifest {
  const files = readdirSync(seedsDir);
  const seeds: Record<string, SeedLines> = {};
  for (const [seed, numbers] of citedLines(data)) {
    const file = files.find((name) => name.startsWith(`${seed}_`));
    const text = file === undefined ? [] : readFileSync(join(seedsDir, file), 'utf8').split('\n');
    const lines: Record<string, string> = {};
    for (const n of numbers) {
      const line = text[n - 1];
      lines[String(n)] = line === undefined ? 'missing' : lineHash(line);
    }
    seeds[seed] = { file: file ?? 'missing', lines };
  }
  return { about: ABOUT, seeds };
}

/** The checked-in manifest. */
export function readCitationsManifest(): CitationsManifest {
  return JSON.parse(readFileSync(CITATIONS_MANIFEST_PATH, 'utf8')) as CitationsManifest;
}
