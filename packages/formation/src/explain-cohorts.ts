import { explain, type CohortDecisionCode, type Explanation } from './explain.js';
import { COHORT_TEXTS } from './formation-texts.js';
import type { CohortOutcome } from './formation-types.js';
import { placeOf, seatsLeftAfter, type SolvedFormation } from './solved.js';

/**
 * Phase 6 of group formation: what becomes of each cohort, in input order: it starts, or why not
 * and the nearest running group for the same ages and needs.
 */
export function explainCohorts(
  solved: SolvedFormation,
  members: readonly (readonly string[])[],
): CohortOutcome[] {
  const { cohorts, cohortTable, enrolled, placedCount } = solved;
  return cohorts.map((cohort, c) => {
    const alreadyEnrolled = enrolled[cohort.id] ?? 0;
    const total = alreadyEnrolled + placedCount[c]!;
    const launched = solved.launched[c] === 1;
    const alternative = launched ? -1 : nearestRunningLike(solved, c);
    const leaderIssues = cohortTable.leaderIssues[c];
    return {
      cohortId: cohort.id,
      districtId: cohort.premises.districtId,
      launched,
      decision: launched
        ? decided('launch', COHORT_TEXTS.launch(total, cohort.seats.min, cohort.seats.max))
        : whyNotStarted(solved, c, total, alternative),
      seats: { min: cohort.seats.min, max: cohort.seats.max },
      enrolled: alreadyEnrolled,
      referralIds: members[c]!,
      total,
      ...(leaderIssues ? { leaderIssues } : {}),
      ...(alternative >= 0 ? { alternativeCohortId: cohorts[alternative]!.id } : {}),
    };
  });
}

const decided = (code: CohortDecisionCode, text: { sv: string; en: string }) =>
  explain(code, text.sv, text.en);

/** Why cohort c does not start, with the nearest alternative (-1 for none) at the end. */
function whyNotStarted(
  solved: SolvedFormation,
  c: number,
  total: number,
  alternative: number,
): Explanation<CohortDecisionCode> {
  const cohort = solved.cohorts[c]!;
  const nearest = COHORT_TEXTS.alternative(
    alternative >= 0 ? placeOf(solved, alternative) : undefined,
  );
  const code = solved.cohortTable.decision[c]!;
  if (code === 'launch' || code === 'below_minimum')
    return decided('below_minimum', COHORT_TEXTS.below_minimum(total, cohort.seats.min, nearest));
  if (code === 'lacks_leaders') {
    const issues = (solved.cohortTable.leaderIssues[c] ?? []).map((x) => x.text);
    return decided('lacks_leaders', COHORT_TEXTS.lacks_leaders(issues, nearest));
  }
  if (code === 'past_cutoff')
    return decided(
      'past_cutoff',
      COHORT_TEXTS.past_cutoff(cohort.cutoffDate ?? cohort.startDate, nearest),
    );
  return decided('not_open', COHORT_TEXTS.not_open(cohort.status));
}

/**
 * The nearest running cohort with seats left for the same ages (overlapping age bands) and needs (one
 * of its needs related to one of cohort c's), or -1.
 */
function nearestRunningLike(solved: SolvedFormation, c: number): number {
  const { cohorts, cohortTable, districts } = solved;
  const cohort = cohorts[c]!;
  const words = cohortTable.needWords;
  // Cohort-to-cohort need relation: widen this cohort's needs to their related set.
  const wanted = new Uint32Array(words);
  solved.needBits.relatedMask(cohort.needs, wanted, 0);
  const from = cohortTable.district[c]!;
  let best = -1;
  for (let other = 0; other < cohortTable.count; other++) {
    if (other === c || !solved.launched[other] || seatsLeftAfter(solved, other) <= 0) continue;
    const band = cohorts[other]!.ageBand;
    if (band.max < cohort.ageBand.min || band.min > cohort.ageBand.max) continue;
    let related = false;
    for (let w = 0; w < words; w++)
      if ((wanted[w]! & cohortTable.needs[other * words + w]!) !== 0) related = true;
    if (!related) continue;
    const borders = districts.distanceAt(from, cohortTable.district[other]!);
    if (best === -1 || borders < districts.distanceAt(from, cohortTable.district[best]!))
      best = other;
  }
  return best;
}
