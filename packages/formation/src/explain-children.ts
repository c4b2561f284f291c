import { FitLevel } from './candidates.js';
import { proximityOf } from './districts.js';
import { explain, freeSeats, type Explanation, type FormationReasonCode } from './explain.js';
import { ALTERNATIVE_TEXTS, CHILD_TEXTS, NOT_NEARER_TEXTS } from './formation-texts.js';
import type { Alternative, NonPlacement, Placement } from './formation-types.js';
import { bordersBetween, placeOf, seatsLeftAfter, type SolvedFormation } from './solved.js';

/** The children's side of a proposal, with the totals the summary needs. */
export interface ChildrenExplained {
  /** In waitlist order. */
  readonly placements: Placement[];
  /** In waitlist order. */
  readonly unplaced: NonPlacement[];
  /** Referral ids placed in each cohort (by cohort index), in waitlist order. */
  readonly members: string[][];
  readonly ownDistrict: number;
  readonly neighbour: number;
  readonly further: number;
  /** Sum of the placed children's weights. */
  readonly weighted: number;
  /** Sum of district borders crossed by placed children. */
  readonly travelSteps: number;
}

/**
 * Phase 5 of group formation: every waiting child, in waitlist order, as a placement with the reason
 * it is there, or a non-placement with the reason and the nearest alternative.
 */
export function explainChildren(solved: SolvedFormation): ChildrenExplained {
  const { children, cohorts, assign } = solved;
  const waitingFits = countWaitingFits(solved);
  const placements: Placement[] = [];
  const unplaced: NonPlacement[] = [];
  const members: string[][] = cohorts.map(() => []);
  let ownDistrict = 0;
  let neighbour = 0;
  let further = 0;
  let weighted = 0;
  let travelSteps = 0;

  let i = 0; // the child index: the index into `formable`, which keeps waitlist order
  children.entries.forEach((entry, k) => {
    const referralId = entry.child.referralId;
    if (children.protection[k]) {
      unplaced.push({
        referralId,
        reason: explain('protection_concern', ...both(CHILD_TEXTS.protection_concern)),
      });
      return;
    }
    const child = i++;
    const c = assign[child]!;
    if (c >= 0) {
      const borders = bordersBetween(solved, child, c);
      const weight = children.weight[child]!;
      members[c]!.push(referralId);
      weighted += weight;
      travelSteps += borders;
      if (borders === 0) ownDistrict++;
      else if (borders === 1) neighbour++;
      else further++;
      placements.push({
        referralId,
        cohortId: cohorts[c]!.id,
        districtId: cohorts[c]!.premises.districtId,
        distance: borders,
        proximity: proximityOf(borders),
        weight,
        reason: placedReason(solved, child, c, borders),
      });
      return;
    }
    const reason = unplacedReason(solved, child);
    const alternative = alternativeFor(solved, child, waitingFits);
    unplaced.push(alternative ? { referralId, reason, alternative } : { referralId, reason });
  });
  return { placements, unplaced, members, ownDistrict, neighbour, further, weighted, travelSteps };
}

const both = (text: { sv: string; en: string }) => [text.sv, text.en] as const;

/** Children left waiting who could join each cohort: "starts if n more" counts them in. */
function countWaitingFits(solved: SolvedFormation): Int32Array {
  const { candidateStart, candidateCohort } = solved.candidates;
  const waiting = new Int32Array(solved.cohortTable.count);
  for (let i = 0; i < solved.children.count; i++)
    if (solved.assign[i] === -1)
      for (let k = candidateStart[i]!; k < candidateStart[i + 1]!; k++)
        waiting[candidateCohort[k]!]!++;
  return waiting;
}

/** Why child i is in cohort c, `borders` district borders from home. */
function placedReason(
  solved: SolvedFormation,
  i: number,
  c: number,
  borders: number,
): Explanation<FormationReasonCode> {
  const place = placeOf(solved, c);
  if (borders === 0)
    return explain('placed_own_district', ...both(CHILD_TEXTS.placed_own_district(place)));
  // Why not nearer: a nearer cohort did not start (pooled), was full, could not run, or none fits.
  const { fittingStart, fittingCohort, fittingLevel } = solved.candidates;
  let pooledFrom = -1;
  let nearerFull = false;
  let nearerHasRoom = false;
  let nearerUnusable = false;
  for (let k = fittingStart[i]!; k < fittingStart[i + 1]!; k++) {
    const nearer = fittingCohort[k]!;
    if (bordersBetween(solved, i, nearer) >= borders) break;
    const level = fittingLevel[k]!;
    if (level === FitLevel.CANDIDATE) {
      if (solved.belowMinimum[nearer] && !solved.launched[nearer]) {
        if (
          pooledFrom === -1 ||
          bordersBetween(solved, i, nearer) < bordersBetween(solved, i, pooledFrom)
        )
          pooledFrom = nearer;
      } else if (solved.launched[nearer]) {
        if (seatsLeftAfter(solved, nearer) > 0) nearerHasRoom = true;
        else nearerFull = true;
      }
    } else if (level === FitLevel.UNUSABLE) nearerUnusable = true;
  }
  if (pooledFrom >= 0)
    return explain(
      'cohort_below_minimum_pooled',
      ...both(CHILD_TEXTS.cohort_below_minimum_pooled(placeOf(solved, pooledFrom), place, borders)),
    );
  // A nearer group with room while this one is at its minimum means the child was moved so that
  // this group could start; the children asked to travel are those who have waited least.
  const cohort = solved.cohorts[c]!;
  const needed =
    nearerHasRoom && (solved.enrolled[cohort.id] ?? 0) + solved.placedCount[c]! <= cohort.seats.min;
  const why = needed
    ? NOT_NEARER_TEXTS.neededForMinimum(cohort.id, cohort.seats.min)
    : nearerFull
      ? NOT_NEARER_TEXTS.nearerFull
      : nearerUnusable
        ? NOT_NEARER_TEXTS.nearerCannotStart
        : NOT_NEARER_TEXTS.noneNearer;
  return borders === 1
    ? explain('placed_neighbour', ...both(CHILD_TEXTS.placed_neighbour(place, why)))
    : explain('placed_further', ...both(CHILD_TEXTS.placed_further(place, borders, why)));
}

/** Why child i was not placed: the closest it came to a group. */
function unplacedReason(solved: SolvedFormation, i: number): Explanation<FormationReasonCode> {
  const { child } = solved.children.formable[i]!;
  const { candidates, cohorts, taxonomy } = solved;
  switch (solved.candidates.bestLevel[i]) {
    case -1:
    case FitLevel.NEED: {
      const needs = (lang: 'sv' | 'en') =>
        child.needs.map((x) => taxonomy.label(x, lang)).join(', ');
      return explain(
        'no_cohort_for_need',
        ...both(CHILD_TEXTS.no_cohort_for_need({ sv: needs('sv'), en: needs('en') })),
      );
    }
    case FitLevel.AGE: {
      const years = solved.children.fixedAge[i]!;
      const age = years >= 0 ? { years } : { born: `${child.birthYearMonth}` };
      return explain('no_cohort_for_age', ...both(CHILD_TEXTS.no_cohort_for_age(age)));
    }
    case FitLevel.LANGUAGE:
      return explain(
        'no_cohort_for_language',
        ...both(CHILD_TEXTS.no_cohort_for_language(child.language)),
      );
    case FitLevel.TRAVEL:
      return explain('beyond_travel_limit', ...both(CHILD_TEXTS.beyond_travel_limit));
    case FitLevel.UNUSABLE: {
      // The nearest cohort that fits but cannot run says why.
      let nearest = -1;
      for (let k = candidates.fittingStart[i]!; k < candidates.fittingStart[i + 1]!; k++)
        if (candidates.fittingLevel[k] === FitLevel.UNUSABLE) {
          nearest = candidates.fittingCohort[k]!;
          break;
        }
      const cohort = cohorts[nearest]!;
      const decision = solved.cohortTable.decision[nearest]!;
      if (decision === 'lacks_leaders')
        return explain(
          'cohort_lacks_leaders',
          ...both(CHILD_TEXTS.cohort_lacks_leaders(cohort.id)),
        );
      if (decision === 'past_cutoff')
        return explain('cohort_past_cutoff', ...both(CHILD_TEXTS.cohort_past_cutoff(cohort.id)));
      return explain(
        'cohort_full',
        ...both(CHILD_TEXTS.cohort_closed_to_children(cohort.id, cohort.status)),
      );
    }
    default: {
      let anyLaunched = false;
      for (let k = candidates.candidateStart[i]!; k < candidates.candidateStart[i + 1]!; k++)
        if (solved.launched[candidates.candidateCohort[k]!]) anyLaunched = true;
      return anyLaunched
        ? explain('cohort_full', ...both(CHILD_TEXTS.cohort_full))
        : explain('cohort_below_minimum', ...both(CHILD_TEXTS.cohort_below_minimum));
    }
  }
}

/**
 * The nearest other possibility for child i, who was not placed: a running group with free seats
 * beyond the travel limit, else a group that starts with more children, else a queue.
 */
function alternativeFor(
  solved: SolvedFormation,
  i: number,
  waitingFits: Int32Array,
): Alternative | undefined {
  const { candidates, cohorts, cohortTable, launched } = solved;
  if (candidates.bestLevel[i]! < FitLevel.TRAVEL) return undefined;
  let freeSeatsAt = -1;
  let needsChildren = -1;
  let queue = -1;
  // The fitting list is nearest first, so the first cohort of each kind is the nearest one.
  for (let k = candidates.fittingStart[i]!; k < candidates.fittingStart[i + 1]!; k++) {
    const c = candidates.fittingCohort[k]!;
    if (!cohortTable.usable[c]) continue;
    if (launched[c] && seatsLeftAfter(solved, c) > 0) {
      if (freeSeatsAt === -1) freeSeatsAt = c;
    } else if (!launched[c]) {
      if (needsChildren === -1) needsChildren = c;
    } else if (queue === -1) queue = c;
  }
  const alternative = (c: number, kind: Alternative['kind'], text: Alternative['text']) => ({
    cohortId: cohorts[c]!.id,
    districtId: cohorts[c]!.premises.districtId,
    distance: bordersBetween(solved, i, c),
    kind,
    text,
  });
  if (freeSeatsAt >= 0) {
    const seats = freeSeats(seatsLeftAfter(solved, freeSeatsAt));
    const borders = bordersBetween(solved, i, freeSeatsAt);
    const place = placeOf(solved, freeSeatsAt);
    return alternative(
      freeSeatsAt,
      'free_seats',
      ALTERNATIVE_TEXTS.free_seats(place, borders, seats),
    );
  }
  if (needsChildren >= 0) {
    const c = needsChildren;
    const missing = Math.max(
      1,
      cohortTable.seatsToStart[c]! - solved.placedCount[c]! - waitingFits[c]!,
    );
    const by = cohorts[c]!.cutoffDate ?? cohorts[c]!.startDate;
    return alternative(
      c,
      'needs_children',
      ALTERNATIVE_TEXTS.needs_children(placeOf(solved, c), missing, by),
    );
  }
  if (queue >= 0)
    return alternative(queue, 'waitlist', ALTERNATIVE_TEXTS.waitlist(placeOf(solved, queue)));
  return undefined;
}
