// Writes seed-citations.json, the hash of every seed line the catalogue cites, from the seeds in the
// reference folder (LOTSEN_REFERENCE_DIR, default ../shared). Run it after changing a citation:
//   pnpm --filter @lotsen/catalogue citations:manifest
import { writeFileSync } from 'node:fs';
import { reference } from '@lotsen/test-support';
import { CITATIONS_MANIFEST_PATH, buildCitationsManifest } from '../src/citations.test-support.js';
import { stockholmCatalogueData } from '../src/stockholm-data.js';

const seeds = reference('seeds');
if (!seeds.present) {
  console.error(seeds.notice.replace('Skipping the tests that need', 'Cannot hash'));
  process.exit(1);
}
const manifest = buildCitationsManifest(seeds.path, stockholmCatalogueData());
const missing = Object.entries(manifest.seeds).flatMap(([seed, { file, lines }]) => [
  ...(file === 'missing' ? [`seed ${seed} is not in ${seeds.path}`] : []),
  ...Object.entries(lines)
    .filter(([, hash]) => hash === 'missing')
    .map(([line]) => `seed ${seed} has no line ${line}`),
]);
if (missing.length > 0) {
  console.error(`The catalogue cites lines the seeds do not have:\n${missing.join('\n')}`);
  process.exit(1);
}
writeFileSync(CITATIONS_MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
const count = Object.values(manifest.seeds).reduce((n, s) => n + Object.keys(s.lines).length, 0);
console.log(
  `Wrote ${count} cited lines of ${Object.keys(manifest.seeds).length} seeds to ${CITATIONS_MANIFEST_PATH}`,
);
