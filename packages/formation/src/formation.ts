import { ok, type Result } from '@lotsen/domain';
import { listCandidates } from './candidates.js';
import { lineUpChildren } from './child-table.js';
import { describeCohorts } from './cohort-table.js';
import { districtDistances } from './districts.js';
import type { FormationError } from './errors.js';
import { explainChildren } from './explain-children.js';
import { explainCohorts } from './explain-cohorts.js';
import { needBits } from './fit.js';
import { validateFormationInput } from './formation-input.js';
import type { FormationInput, FormationProposal } from './formation-types.js';
import { solveAssignment } from './solver.js';
import { countPlaced, type SolvedFormation } from './solved.js';

/**
 * Proposes which waiting children go to which planned cohorts.
 *
 * It places the most children, weighted by waiting time (longer waits count more, see
 * `Weighting`), then keeps travel short (own district, then neighbours, then further),
 * respecting each cohort's age band (on its start date), needs (a child fits when one of its needs is
 * related to one of the cohort's), seats, language, and the family's travel limit. A child with a
 * protection concern is never placed. Launch rule: a cohort starts when its minimum is reached
 * (children already enrolled count) and its cut-off date has not passed; a cohort that cannot reach
 * its minimum is not launched and its children are pooled into other cohorts, nearest first, or
 * told the nearest alternative. With `requireLeaders` (default), a cohort must also pass
 * `checkLeaders`. Every placement, non-placement and cohort decision carries a code and a
 * Swedish and English text. The same input gives the same proposal.
 *
 * Input is validated: malformed children or options give `INVALID_INPUT`, repeated ids
 * `DUPLICATE_ID`, and districts, needs or cohorts that do not exist `UNKNOWN_REFERENCE`. Cohorts,
 * leaders and districts are expected to be parsed already with `@lotsen/domain`.
 *
 * @example
 * ```ts
 * const result = formGroups({ children, cohorts, leaders, districts, taxonomy, date: '2026-11-23' });
 * if (!result.ok) throw result.error;
 * for (const p of result.value.placements) console.log(p.referralId, p.cohortId, p.reason.text.sv);
 * for (const u of result.value.unplaced) console.log(u.referralId, u.reason.code, u.alternative?.text.sv);
 * ```
 */
export function formGroups(input: FormationInput): Result<FormationProposal, FormationError> {
  const validated = validateFormationInput(input);
  if (!validated.ok) return validated;
  const { weighting, requireLeaders, improve } = validated.value;
  const { cohorts, leaders, taxonomy, date } = input;
  const enrolled = input.enrolled ?? {};
  const districts = districtDistances(input.districts);
  const bits = needBits(taxonomy);

  // 1. What each cohort may do; 2. the children in waitlist order; 3. who fits where, nearest first.
  const cohortTable = describeCohorts(cohorts, {
    leaders,
    enrolled,
    date,
    requireLeaders,
    districts,
    needBits: bits,
  });
  const children = lineUpChildren(validated.value.children, {
    date,
    weighting,
    taxonomy,
    districts,
    needBits: bits,
  });
  const candidates = listCandidates(children, cohortTable, districts);

  // 4. The engine (solver.ts): chains for the seats, repair and pooling for the minimums, then
  // local improvement.
  const solution = solveAssignment(
    {
      n: children.count,
      m: cohortTable.count,
      weight: children.weight,
      candStart: candidates.candidateStart,
      candCohort: candidates.candidateCohort,
      candDist: candidates.candidateDistance,
      lo: cohortTable.seatsToStart,
      hi: cohortTable.seatsLeft,
      usable: cohortTable.usable,
      childZone: children.district,
      cohortZone: cohortTable.district,
      zones: districts.ids.length,
      zoneDist: districts.table,
      travelPenalty: weighting.travelPenalty,
    },
    { improve },
  );

  // 5. Every child's placement or non-placement explained; 6. every cohort's decision.
  const solved: SolvedFormation = {
    cohorts,
    cohortTable,
    children,
    candidates,
    districts,
    taxonomy,
    needBits: bits,
    enrolled,
    assign: solution.assign,
    launched: solution.launched,
    belowMinimum: solution.belowMinimum,
    placedCount: countPlaced(solution.assign, cohortTable.count),
  };
  const explained = explainChildren(solved);
  const cohortOutcomes = explainCohorts(solved, explained.members);

  const launchedCount = cohortOutcomes.filter((c) => c.launched).length;
  return ok({
    date,
    weighting,
    placements: explained.placements,
    unplaced: explained.unplaced,
    cohorts: cohortOutcomes,
    summary: {
      children: children.entries.length,
      placed: explained.placements.length,
      unplaced: explained.unplaced.length,
      ownDistrict: explained.ownDistrict,
      neighbour: explained.neighbour,
      further: explained.further,
      cohortsLaunched: launchedCount,
      cohortsNotLaunched: cohorts.length - launchedCount,
      weightedPlacements: explained.weighted,
      travelSteps: explained.travelSteps,
      objective: explained.weighted - weighting.travelPenalty * explained.travelSteps,
    },
    stats: solution.stats,
  });
}
