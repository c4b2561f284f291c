import type { GroupCohort, NeedTaxonomy } from '@lotsen/domain';
import type { CandidateLists } from './candidates.js';
import type { ChildTable } from './child-table.js';
import type { CohortTable } from './cohort-table.js';
import type { DistrictDistances } from './districts.js';
import type { NeedBits } from './fit.js';
import type { CohortPlace } from './formation-texts.js';

/** Everything the explanations read: the problem as formation saw it and the engine's answer. */
export interface SolvedFormation {
  readonly cohorts: readonly GroupCohort[];
  readonly cohortTable: CohortTable;
  readonly children: ChildTable;
  readonly candidates: CandidateLists;
  readonly districts: DistrictDistances;
  readonly taxonomy: NeedTaxonomy;
  readonly needBits: NeedBits;
  readonly enrolled: Readonly<Record<string, number>>;
  /** The cohort index of each child (by child index), or -1. */
  readonly assign: Int32Array;
  /** 1 for a cohort that starts. */
  readonly launched: Uint8Array;
  /** 1 for a usable cohort that was closed because it could not reach its minimum. */
  readonly belowMinimum: Uint8Array;
  /** New children placed in each cohort. */
  readonly placedCount: Int32Array;
}

/** Counts the children placed in each cohort. */
export function countPlaced(assign: Int32Array, cohortCount: number): Int32Array {
  const placed = new Int32Array(cohortCount);
  for (const c of assign) if (c >= 0) placed[c]!++;
  return placed;
}

/** The cohort as a sentence names it (see {@link CohortPlace}). */
export function placeOf(solved: SolvedFormation, c: number): CohortPlace {
  const cohort = solved.cohorts[c]!;
  const districtId = cohort.premises.districtId;
  return {
    cohortId: cohort.id,
    district: {
      sv: solved.districts.name(districtId, 'sv'),
      en: solved.districts.name(districtId, 'en'),
    },
  };
}

/** Seats left in cohort c after the proposal. */
export function seatsLeftAfter(solved: SolvedFormation, c: number): number {
  return solved.cohortTable.seatsLeft[c]! - solved.placedCount[c]!;
}

/** District borders between child i's home and cohort c. */
export function bordersBetween(solved: SolvedFormation, i: number, c: number): number {
  return solved.districts.distanceAt(solved.children.district[i]!, solved.cohortTable.district[c]!);
}
