// The instances the formation benchmark and the ILP comparison (optimality.test.ts) run on, in one
// place, so that the same-placements check (src/same-placements.test.ts) covers exactly those.
import { DATE, child, cohort, leaders, stockholm } from './fixtures.js';
import type { Instance, InstanceShape } from './random-instance.js';

/** The benchmark's three cases of 5,000 waiting children and 300 cohorts. */
export const LARGE_CASES: readonly { name: string; seed: number; shape: InstanceShape }[] = [
  {
    name: 'seats scarce',
    seed: 1001,
    shape: { children: 5000, cohorts: 300, stockholm: true },
  },
  {
    name: 'minimums bind',
    seed: 1002,
    shape: {
      children: 5000,
      cohorts: 300,
      stockholm: true,
      needs: 'all',
      minSeats: [8, 12],
      spread: 4,
      bandWidth: [1, 3],
    },
  },
  {
    name: 'high minimums',
    seed: 1003,
    shape: {
      children: 5000,
      cohorts: 300,
      stockholm: true,
      needs: 'all',
      minSeats: [10, 14],
      spread: 1,
      bandWidth: [1, 2],
    },
  },
];

/** The benchmark's sets of instances small enough for the exact solver. */
export const QUALITY_SETS: readonly {
  name: string;
  seeds: number[];
  shape: (seed: number) => InstanceShape;
}[] = [
  {
    name: '20–60 children, 4–10 cohorts',
    seeds: Array.from({ length: 100 }, (_, k) => 5001 + k),
    shape: (seed) => ({
      children: 20 + ((seed * 13) % 41),
      cohorts: 4 + ((seed * 7) % 7),
      stockholm: seed % 2 === 0,
      spread: seed % 3 === 0 ? 1.5 : 3,
      needs: seed % 5 === 0 ? 'all' : 'six',
    }),
  },
  {
    name: '20–60 children, 4–10 cohorts, high minimums',
    seeds: Array.from({ length: 100 }, (_, k) => 6001 + k),
    shape: (seed) => ({
      children: 20 + ((seed * 13) % 41),
      cohorts: 4 + ((seed * 7) % 7),
      stockholm: true,
      minSeats: [4, 8],
      spread: 1,
    }),
  },
  {
    name: '150–300 children, 15–30 cohorts',
    seeds: Array.from({ length: 20 }, (_, k) => 7001 + k),
    shape: (seed) => ({
      children: 150 + ((seed * 37) % 151),
      cohorts: 15 + ((seed * 11) % 16),
      stockholm: true,
      spread: seed % 2 === 0 ? 2 : 3,
      needs: seed % 3 === 0 ? 'all' : 'six',
    }),
  },
];

/** The ILP comparison's instances: seeds 1–120 (with improvement) and 200–239 (without). */
export function optimalityShape(seed: number): InstanceShape {
  return {
    children: 20 + ((seed * 13) % 41),
    cohorts: 4 + ((seed * 7) % 7),
    stockholm: seed % 2 === 0,
    spread: seed % 3 === 0 ? 1.5 : 3,
    needs: seed % 5 === 0 ? 'all' : 'six',
  };
}
/** Seeds of the ILP comparison, with the improvement phases. */
export const OPTIMALITY_SEEDS = Array.from({ length: 120 }, (_, k) => 1 + k);
/** Seeds of the ILP comparison without the improvement phases. */
export const NO_IMPROVEMENT_SEEDS = Array.from({ length: 40 }, (_, k) => 200 + k);

/** The ILP comparison's test at scale: 2,000 children and 120 cohorts with binding minimums. */
export const AT_SCALE: { seed: number; shape: InstanceShape } = {
  seed: 31337,
  shape: {
    children: 2000,
    cohorts: 120,
    stockholm: true,
    needs: 'all',
    minSeats: [8, 12],
    spread: 1,
    bandWidth: [1, 3],
  },
};

/**
 * The ILP comparison's hand-made case: two cohorts compete for one child. Greedy puts it in the
 * nearer, smaller cohort, and the other falls one short; only closing the nearer one and reopening
 * the other places all three.
 */
export function wrongFirstClosure(): Instance {
  return {
    children: [
      child('delad', 'farsta', { mayTravel: 'neighbours', waitingSince: '2026-01-01' }),
      child('f1', 'skarpnack', { mayTravel: 'own_district' }),
      child('f2', 'skarpnack', { mayTravel: 'own_district' }),
      child('g1', 'farsta', { mayTravel: 'own_district', age: 15 }),
    ],
    cohorts: [
      cohort('farsta-liten', 'farsta', {
        seats: { min: 2, max: 6 },
        ageBand: { min: 7, max: 15 },
      }),
      cohort('skarpnack-barn', 'skarpnack', { seats: { min: 3, max: 6 } }),
    ],
    leaders,
    districts: stockholm,
    enrolled: {},
    date: DATE,
  };
}
