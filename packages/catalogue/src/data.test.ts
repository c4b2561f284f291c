import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DistrictSchema, toInputIssues } from '@lotsen/domain';
import { z } from 'zod';
import { CatalogueFileSchema, createCatalogue } from './catalogue.js';
import { STOCKHOLM_DATA_FILES, stockholmCatalogueData } from './stockholm-data.js';

const dataDir = join(import.meta.dirname, '..', 'data');

function listJson(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listJson(path);
    return name.endsWith('.json') ? [relative(dataDir, path)] : [];
  });
}

describe('the Stockholm catalogue data files', () => {
  const files = listJson(dataDir);

  it('are all part of the catalogue the package ships', () => {
    expect(files.sort()).toEqual(Object.keys(STOCKHOLM_DATA_FILES).sort());
  });

  it.each(files)('%s matches the domain schemas', (file) => {
    const raw: unknown = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    const schema = file === 'districts.json' ? z.array(DistrictSchema) : CatalogueFileSchema;
    const result = schema.safeParse(raw);
    expect(result.success ? [] : toInputIssues(result.error)).toEqual([]);
  });

  it('form one valid catalogue with no duplicate ids or dangling references', () => {
    const result = createCatalogue(stockholmCatalogueData());
    expect(result.ok ? [] : result.error.issues).toEqual([]);
  });

  it('has the 14 districts of the 2018 layout, with symmetric neighbours', () => {
    const { districts } = stockholmCatalogueData();
    expect(districts).toHaveLength(14);
    for (const d of districts) {
      for (const n of d.neighbours) {
        expect(districts.find((x) => x.id === n)?.neighbours, `${n} lists ${d.id}`).toContain(d.id);
      }
    }
  });

  it("gives the 2017 populations aged 0-20 of seed 004: 214,430 in all (the report's city row says 214,672, which includes people not assigned to a district)", () => {
    const total = stockholmCatalogueData().districts.reduce(
      (sum, d) => sum + (d.population0to20?.count ?? 0),
      0,
    );
    expect(total).toBe(214_430);
  });
});
