import type { ChildTable } from './child-table.js';
import type { CohortTable } from './cohort-table.js';
import type { DistrictDistances } from './districts.js';

/**
 * How far a child fits a cohort, from the most basic miss to a candidate. The highest level a child
 * reaches over all cohorts picks the explanation of a non-placement.
 */
export const FitLevel = {
  /** None of the child's needs is related to the cohort's. */
  NEED: 0,
  /** The needs fit; the child's age on the start date is outside the age band. */
  AGE: 1,
  /** Needs and age fit; the cohort is held in another language than the child needs. */
  LANGUAGE: 2,
  /** Everything fits but the travel: the cohort is further than the family can go. */
  TRAVEL: 3,
  /** The child fits, but the cohort cannot start (status, cut-off date, leaders). */
  UNUSABLE: 4,
  /** The child may join the cohort. */
  CANDIDATE: 5,
} as const;
/** A level of {@link FitLevel}. */
export type FitLevel = (typeof FitLevel)[keyof typeof FitLevel];

/**
 * For each child, by child index: every cohort it fits apart from travel and the cohort's own state
 * (level TRAVEL and up, "fitting"), nearest first, and the candidates, the subset it may join.
 * Child i's lists are `[fittingStart[i], fittingStart[i + 1])` and `[candidateStart[i], …)`.
 */
export interface CandidateLists {
  /** The best level the child reaches over all cohorts that are not gone; -1 when there are none. */
  readonly bestLevel: Int8Array;
  readonly fittingStart: Int32Array;
  readonly fittingCohort: Int32Array;
  readonly fittingLevel: Int32Array;
  readonly candidateStart: Int32Array;
  readonly candidateCohort: Int32Array;
  /** District borders between the child's home and each candidate cohort. */
  readonly candidateDistance: Int32Array;
}

/**
 * Phase 3 of group formation: which cohorts each child fits, and how far, nearest first (then in
 * input order), so that the engine tries the nearest seats first and the explanations read these
 * lists instead of scanning every cohort again.
 */
export function listCandidates(
  children: ChildTable,
  cohorts: CohortTable,
  districts: DistrictDistances,
): CandidateLists {
  const childCount = children.count;
  const cohortCount = cohorts.count;
  const words = cohorts.needWords;
  const { relatedNeeds, fixedAge, birthMonth, formable, reach } = children;
  const childDistrict = children.district;
  const { needs, startMonth, ageMin, ageMax, language, usable, gone } = cohorts;
  const cohortDistrict = cohorts.district;

  /** The fit level of child i to cohort c. */
  const levelOf = (i: number, c: number): FitLevel => {
    let needFits = false;
    for (let w = 0; w < words; w++)
      if ((relatedNeeds[i * words + w]! & needs[c * words + w]!) !== 0) needFits = true;
    if (!needFits) return FitLevel.NEED;
    // Same as ageOn(child, startDate): whole years between the birth month and the start month.
    const age =
      fixedAge[i]! >= 0 ? fixedAge[i]! : Math.floor((startMonth[c]! - birthMonth[i]!) / 12);
    if (age < ageMin[c]! || age > ageMax[c]!) return FitLevel.AGE;
    const childLanguage = formable[i]!.child.language;
    if (childLanguage !== undefined && childLanguage !== language[c]) return FitLevel.LANGUAGE;
    if (districts.distanceAt(childDistrict[i]!, cohortDistrict[c]!) > reach[i]!)
      return FitLevel.TRAVEL;
    return usable[c] ? FitLevel.CANDIDATE : FitLevel.UNUSABLE;
  };

  const fitting = new GrowingList(Math.max(16, childCount * 8));
  const candidates = new GrowingList(Math.max(16, childCount * 4));
  const fittingStart = new Int32Array(childCount + 1);
  const candidateStart = new Int32Array(childCount + 1);
  const bestLevel = new Int8Array(childCount);
  const levels = new Int8Array(cohortCount);
  const sortKeys = new Int32Array(cohortCount);
  for (let i = 0; i < childCount; i++) {
    let best = -1;
    let found = 0;
    const home = childDistrict[i]!;
    for (let c = 0; c < cohortCount; c++) {
      if (gone[c]) continue;
      const level = levelOf(i, c);
      levels[c] = level;
      if (level > best) best = level;
      // Sort key: distance first, then input order, so the engine tries the nearest seats first.
      if (level >= FitLevel.TRAVEL)
        sortKeys[found++] = districts.distanceAt(home, cohortDistrict[c]!) * cohortCount + c;
    }
    bestLevel[i] = best;
    const nearestFirst = sortKeys.subarray(0, found).sort();
    for (let k = 0; k < found; k++) {
      const c = nearestFirst[k]! % cohortCount;
      fitting.push(c, levels[c]!);
      if (levels[c] === FitLevel.CANDIDATE)
        candidates.push(c, (nearestFirst[k]! - c) / cohortCount);
    }
    fittingStart[i + 1] = fitting.length;
    candidateStart[i + 1] = candidates.length;
  }
  return {
    bestLevel,
    fittingStart,
    fittingCohort: fitting.cohorts(),
    fittingLevel: fitting.values(),
    candidateStart,
    candidateCohort: candidates.cohorts(),
    candidateDistance: candidates.values(),
  };
}

/** Pairs of (cohort, value) in two typed arrays that double in size when full. */
class GrowingList {
  private cohort: Int32Array;
  private value: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.cohort = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
  }

  push(cohort: number, value: number): void {
    if (this.length === this.cohort.length) {
      const cohorts = new Int32Array(this.cohort.length * 2);
      cohorts.set(this.cohort);
      this.cohort = cohorts;
      const values = new Int32Array(cohorts.length);
      values.set(this.value);
      this.value = values;
    }
    this.cohort[this.length] = cohort;
    this.value[this.length++] = value;
  }

  cohorts(): Int32Array {
    return this.cohort.subarray(0, this.length);
  }

  values(): Int32Array {
    return this.value.subarray(0, this.length);
  }
}
