// The same placements, explanations and engine statistics as recorded: formGroups on every instance
// of the benchmark (bench/formation.bench.ts) and of the ILP comparison (optimality.test.ts) gives
// exactly the proposal recorded in test/placements.snapshot.json. A restructuring of formGroups must
// leave this unchanged; a deliberate change of results re-records it with
// `LOTSEN_RECORD_PLACEMENTS=1 pnpm vitest run packages/formation/src/same-placements.test.ts`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { taxonomy } from '../test/fixtures.js';
import { randomInstance, type Instance } from '../test/random-instance.js';
import {
  AT_SCALE,
  LARGE_CASES,
  NO_IMPROVEMENT_SEEDS,
  OPTIMALITY_SEEDS,
  QUALITY_SETS,
  optimalityShape,
  wrongFirstClosure,
} from '../test/reference-instances.js';
import { formGroups } from './formation.js';
import type { FormationOptions } from './formation-types.js';

/** What is recorded of one proposal: the placements and a fingerprint of the whole proposal. */
interface Recorded {
  readonly placed: number;
  /** sha256 of the placements (child → cohort, in waitlist order). */
  readonly placements: string;
  /** sha256 of the whole proposal: every placement, non-placement, cohort outcome, text and stat. */
  readonly proposal: string;
}

const SNAPSHOT = fileURLToPath(new URL('../test/placements.snapshot.json', import.meta.url));
const RECORD = process.env.LOTSEN_RECORD_PLACEMENTS === '1';
const recorded: Record<string, Recorded> = existsSync(SNAPSHOT)
  ? (JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, Recorded>)
  : {};
const seen: Record<string, Recorded> = {};

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function check(name: string, inst: Instance, options: FormationOptions = {}): void {
  const result = formGroups({ ...inst, taxonomy, options });
  if (!result.ok) throw result.error;
  const proposal = result.value;
  const now: Recorded = {
    placed: proposal.placements.length,
    placements: sha256(proposal.placements.map((p) => [p.referralId, p.cohortId])),
    proposal: sha256(proposal),
  };
  seen[name] = now;
  if (!RECORD) expect(now, name).toEqual(recorded[name]);
}

afterAll(() => {
  if (RECORD) writeFileSync(SNAPSHOT, `${JSON.stringify(seen, null, 2)}\n`);
});

describe('formGroups gives the recorded proposals', () => {
  it('on the ILP comparison’s instances, with and without the improvement phases', () => {
    for (const seed of OPTIMALITY_SEEDS)
      check(`optimality ${seed}`, randomInstance(seed, optimalityShape(seed)));
    for (const seed of NO_IMPROVEMENT_SEEDS)
      check(`no improvement ${seed}`, randomInstance(seed, optimalityShape(seed)), {
        improve: false,
      });
    check('wrong first closure', wrongFirstClosure());
    check('at scale', randomInstance(AT_SCALE.seed, AT_SCALE.shape));
  }, 120_000);

  it('on the benchmark’s quality sets, with and without the improvement phases', () => {
    for (const set of QUALITY_SETS)
      for (const seed of set.seeds) {
        const inst = randomInstance(seed, set.shape(seed));
        check(`${set.name} ${seed}`, inst);
        check(`${set.name} ${seed} no improvement`, inst, { improve: false });
      }
  }, 120_000);

  it('on the benchmark’s 5,000 children and 300 cohorts', () => {
    for (const { name, seed, shape } of LARGE_CASES) {
      const inst = randomInstance(seed, shape);
      check(name, inst);
      check(`${name} no improvement`, inst, { improve: false });
    }
  }, 300_000);

  it('records every instance', () => {
    if (!RECORD) expect(Object.keys(seen).sort()).toEqual(Object.keys(recorded).sort());
  });
});
