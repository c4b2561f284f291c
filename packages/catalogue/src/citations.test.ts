import { reference } from '@lotsen/test-support';
import { describe, expect, it } from 'vitest';
import {
  buildCitationsManifest,
  citationsOf,
  citedLines,
  readCitationsManifest,
} from './citations.test-support.js';
import { stockholmCatalogueData } from './stockholm-data.js';

// Citations must point at real lines of the seed they name, so a reviewer can find them. The seeds
// come from outside the repository (LOTSEN_REFERENCE_DIR); the checked-in manifest of the cited
// lines' hashes lets a clone without them still check the citations, and a run with them checks
// that the manifest still matches the seeds.
const data = stockholmCatalogueData();
const manifest = readCitationsManifest();
const seeds = reference('seeds');

describe('the catalogue’s citations of the seed reports', () => {
  it('cite only lines in the checked-in manifest', () => {
    const unknown = citationsOf(data).flatMap(({ recordId, source }) => {
      const known = manifest.seeds[source.seed]?.lines ?? {};
      const [from, to] = source.lines;
      return Array.from({ length: to - from + 1 }, (_, i) => from + i)
        .filter((line) => known[String(line)] === undefined)
        .map((line) => `${recordId} cites seed ${source.seed} line ${line}`);
    });
    expect(unknown).toEqual([]);
  });

  it('leave no line in the manifest that nothing cites', () => {
    const cited = citedLines(data);
    const listed = new Map(
      Object.entries(manifest.seeds).map(([seed, { lines }]) => [
        seed,
        Object.keys(lines).map(Number),
      ]),
    );
    expect(listed).toEqual(cited);
  });

  it('name each seed by the file that carries its number', () => {
    for (const [seed, { file }] of Object.entries(manifest.seeds)) {
      expect(file).toMatch(new RegExp(`^${seed}_[0-9a-f]{16}\\.txt$`));
    }
  });

  it.skipIf(!seeds.present)('match the seeds: every cited line is there and says the same', () => {
    expect(buildCitationsManifest(seeds.path, data)).toEqual(manifest);
  });
});
