import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hsdsValidators } from './hsds.js';
import { REPOSITORY_ROOT, missingReferences, reference, referenceDir } from './references.js';

const empty = mkdtempSync(join(tmpdir(), 'lotsen-refs-empty-'));
const full = mkdtempSync(join(tmpdir(), 'lotsen-refs-full-'));
mkdirSync(join(full, 'hsds-schema', 'v3.0'), { recursive: true });
writeFileSync(join(full, 'hsds-schema', 'v3.0', 'service.json'), '{}');
mkdirSync(join(full, 'seeds'));
writeFileSync(join(full, 'seeds', '000_x.txt'), 'a line\n');
afterAll(() => {
  rmSync(empty, { recursive: true, force: true });
  rmSync(full, { recursive: true, force: true });
});

describe('where the reference inputs are', () => {
  it('is ../shared beside the repository unless LOTSEN_REFERENCE_DIR says otherwise', () => {
    expect(referenceDir({})).toBe(resolve(REPOSITORY_ROOT, '..', 'shared'));
    expect(referenceDir({ LOTSEN_REFERENCE_DIR: '  ' })).toBe(
      resolve(REPOSITORY_ROOT, '../shared'),
    );
    expect(referenceDir({ LOTSEN_REFERENCE_DIR: '/srv/refs' })).toBe('/srv/refs');
  });

  it('takes a relative LOTSEN_REFERENCE_DIR from the repository root, whichever folder a test runs in', () => {
    expect(referenceDir({ LOTSEN_REFERENCE_DIR: 'refs' })).toBe(join(REPOSITORY_ROOT, 'refs'));
  });

  it('finds both references in a folder that has them', () => {
    const env = { LOTSEN_REFERENCE_DIR: full };
    expect(reference('hsdsSchema', env)).toMatchObject({
      present: true,
      path: join(full, 'hsds-schema', 'v3.0'),
      notice: '',
    });
    expect(reference('seeds', env)).toMatchObject({ present: true, path: join(full, 'seeds') });
    expect(missingReferences(env)).toEqual([]);
  });

  it('says what is missing, where it looked and how to provide it', () => {
    const env = { LOTSEN_REFERENCE_DIR: empty };
    const missing = missingReferences(env);
    expect(missing.map((r) => r.name)).toEqual(['hsdsSchema', 'seeds']);
    const hsds = missing[0]!;
    expect(hsds.present).toBe(false);
    expect(hsds.notice).toContain('HSDS 3.0 JSON Schemas');
    expect(hsds.notice).toContain(join(empty, 'hsds-schema', 'v3.0'));
    expect(hsds.notice).toContain('LOTSEN_REFERENCE_DIR=');
    expect(hsds.notice).not.toContain('\n');
  });

  it('does not take an HSDS folder without its schemas, or an empty seeds folder, as present', () => {
    const partial = mkdtempSync(join(tmpdir(), 'lotsen-refs-partial-'));
    try {
      mkdirSync(join(partial, 'hsds-schema', 'v3.0'), { recursive: true });
      mkdirSync(join(partial, 'seeds'));
      expect(missingReferences({ LOTSEN_REFERENCE_DIR: partial }).map((r) => r.name)).toEqual([
        'hsdsSchema',
        'seeds',
      ]);
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  });
});

describe('hsdsValidators', () => {
  it('builds nothing until used, and then, without the schemas, throws the notice', () => {
    const previous = process.env.LOTSEN_REFERENCE_DIR;
    process.env.LOTSEN_REFERENCE_DIR = empty;
    try {
      const validators = hsdsValidators();
      expect(() => validators.compiledService({})).toThrow(/LOTSEN_REFERENCE_DIR=/);
    } finally {
      if (previous === undefined) delete process.env.LOTSEN_REFERENCE_DIR;
      else process.env.LOTSEN_REFERENCE_DIR = previous;
    }
  });
});
