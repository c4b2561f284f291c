// Seeded random formation problems, small enough for the exact solver (tests) or large (benchmark).
import { STANDARD_NEEDS, type District, type GroupCohort, type Leader } from '@lotsen/domain';
import { seededRandom } from '@lotsen/test-support/random';
import type { WaitingChild } from '../src/index.js';
import { DATE, leader, makeDistricts, stockholm } from './fixtures.js';

export interface Instance {
  readonly children: WaitingChild[];
  readonly cohorts: GroupCohort[];
  readonly leaders: Leader[];
  readonly districts: District[];
  readonly enrolled: Record<string, number>;
  readonly date: string;
}

export interface InstanceShape {
  readonly children: number;
  readonly cohorts: number;
  /** Use Stockholm's 14 districts; otherwise a ring of 6 with one chord. */
  readonly stockholm?: boolean;
  /** Share of cohorts with a data problem (no leaders, cancelled, cut-off passed). Default 0.1. */
  readonly broken?: number;
  /** Average extra seats above the minimum. Default 3. */
  readonly spread?: number;
  /** Draw needs from six related needs (default) or from every support need of the taxonomy. */
  readonly needs?: 'six' | 'all';
  /** Range of cohort minimums. Default [3, 6]. */
  readonly minSeats?: readonly [number, number];
  /** Range of age band widths (max − min). Default [2, 5]. */
  readonly bandWidth?: readonly [number, number];
}

const RING = makeDistricts([
  ['d0', 'D0', ['d1', 'd5']],
  ['d1', 'D1', ['d0', 'd2']],
  ['d2', 'D2', ['d1', 'd3', 'd5']],
  ['d3', 'D3', ['d2', 'd4']],
  ['d4', 'D4', ['d3', 'd5']],
  ['d5', 'D5', ['d4', 'd0', 'd2']],
]);

const NEEDS = [
  'parental-substance-abuse',
  'parental-mental-illness',
  'domestic-violence',
  'domestic-violence-witnessed',
  'domestic-violence-experienced',
  'parental-separation',
];

const ALL_NEEDS = STANDARD_NEEDS.filter((n) => n.kind === 'support').map((n) => n.id);

const POOL: Leader[] = [
  leader('e1', 'experienced'),
  leader('e2', 'experienced'),
  leader('e3', 'experienced'),
  leader('n1', 'first_time'),
  leader('n2', 'first_time'),
];

/** A random instance of the given shape, the same for the same seed. */
export function randomInstance(seed: number, shape: InstanceShape): Instance {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const districts = shape.stockholm ? stockholm : RING;
  const ids = districts.map((d) => d.id);
  const broken = shape.broken ?? 0.1;
  const spread = shape.spread ?? 3;
  const pool = shape.needs === 'all' ? ALL_NEEDS : NEEDS;
  const day0 = Date.parse(`${DATE}T00:00:00Z`);
  const children: WaitingChild[] = [];
  for (let i = 0; i < shape.children; i++) {
    const age = int(4, 17);
    const needs = [pick(pool)];
    if (r() < 0.3) needs.push(pick(pool));
    if (r() < 0.02) needs.push('protection-concern');
    const waited = int(0, 600);
    const travel = r();
    const useBirth = r() < 0.5;
    const birthYear = 2026 - age;
    children.push({
      referralId: `r${seed}-${String(i).padStart(5, '0')}`,
      ...(useBirth
        ? { birthYearMonth: `${birthYear}-${String(int(1, 12)).padStart(2, '0')}` }
        : { age }),
      districtId: pick(ids),
      needs: [...new Set(needs)],
      waitingSince: new Date(day0 - waited * 86_400_000).toISOString().slice(0, 10),
      priority: r() < 0.15 ? 1 : 0,
      ...(r() < 0.08 ? { language: pick(['ar', 'so', 'sv']) } : {}),
      mayTravel: travel < 0.3 ? 'own_district' : travel < 0.75 ? 'neighbours' : 'anywhere',
    });
  }
  const cohorts: GroupCohort[] = [];
  const enrolled: Record<string, number> = {};
  for (let j = 0; j < shape.cohorts; j++) {
    const min = int(...(shape.minSeats ?? [3, 6]));
    const max = min + int(1, Math.max(1, Math.round(spread * 2 - 1)));
    const ageMin = int(4, 14);
    const needs = [pick(pool)];
    if (r() < 0.4) needs.push(pick(pool));
    const problem = r() < broken ? int(0, 2) : -1;
    const id = `c${seed}-${j}`;
    cohorts.push({
      id,
      serviceId: 'barngrupp',
      ageBand: { min: ageMin, max: ageMin + int(...(shape.bandWidth ?? [2, 5])) },
      needs: [...new Set(needs)],
      startDate: '2027-02-01',
      cutoffDate: problem === 2 ? '2026-11-01' : '2027-01-15',
      meetings: { count: 15 },
      seats: { min, max },
      leaderIds: problem === 0 ? ['n1', 'n2'] : r() < 0.5 ? ['e1', 'n1'] : ['e2', 'e3'],
      premises: { name: `Lokal ${j}`, districtId: pick(ids), confidential: false },
      language: r() < 0.08 ? 'ar' : 'sv',
      status: problem === 1 ? 'cancelled' : r() < 0.2 ? 'open' : 'planned',
    });
    if (r() < 0.15) enrolled[id] = int(0, min);
  }
  return { children, cohorts, leaders: POOL, districts, enrolled, date: DATE };
}
