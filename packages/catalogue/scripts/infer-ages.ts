/**
 * Records in every data file the age band that `inferAges` (src/age-inference.ts, the one owner of
 * the rule) gives each service, as `agesInferred` right after `ages`, and removes stale ones. Run it
 * after changing the rule or a name, then `pnpm format:write` and review the diff:
 * `pnpm --filter @lotsen/catalogue ages:infer`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ServiceInput } from '@lotsen/domain';
import { inferAges } from '../src/age-inference.js';
import { STOCKHOLM_DATA_FILES } from '../src/stockholm-data.js';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

for (const path of Object.keys(STOCKHOLM_DATA_FILES)) {
  if (path === 'districts.json') continue;
  const file = `${dataDir}${path}`;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { services: Record<string, unknown>[] };
  data.services = data.services.map((service) => {
    const inferred = inferAges(service as unknown as ServiceInput);
    const rebuilt: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(service)) {
      if (key === 'agesInferred') continue;
      rebuilt[key] = value;
      if (key === 'ages' && inferred) rebuilt.agesInferred = inferred;
    }
    return rebuilt;
  });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
