import type { LocalizedText } from '@lotsen/domain';

/** A code a program can act on, with the same reason in Swedish and English for people. */
export interface Explanation<C extends string = string> {
  readonly code: C;
  readonly text: LocalizedText;
}

/**
 * Why a child was placed where it was, or why it was not placed.
 *
 * Placed: `placed_own_district`, `placed_neighbour`, `placed_further`, and
 * `cohort_below_minimum_pooled` (the child's nearer group did not reach its minimum, so the child
 * was pooled into a group elsewhere). Not placed, from the most basic reason to the closest miss:
 * `protection_concern`, `no_cohort_for_need`, `no_cohort_for_age`, `no_cohort_for_language`,
 * `beyond_travel_limit`, `cohort_lacks_leaders`, `cohort_past_cutoff`, `cohort_below_minimum`,
 * `cohort_full`.
 */
export type FormationReasonCode =
  | 'placed_own_district'
  | 'placed_neighbour'
  | 'placed_further'
  | 'cohort_below_minimum_pooled'
  | 'protection_concern'
  | 'no_cohort_for_need'
  | 'no_cohort_for_age'
  | 'no_cohort_for_language'
  | 'beyond_travel_limit'
  | 'cohort_lacks_leaders'
  | 'cohort_past_cutoff'
  | 'cohort_below_minimum'
  | 'cohort_full';

/** Short labels for {@link FormationReasonCode}, e.g. for a filter in a list of proposals. */
export const FORMATION_REASON_LABELS = {
  placed_own_district: { sv: 'Plats i egna stadsdelen', en: 'Placed in own district' },
  placed_neighbour: { sv: 'Plats i grannstadsdel', en: 'Placed in neighbouring district' },
  placed_further: { sv: 'Plats längre bort', en: 'Placed further away' },
  cohort_below_minimum_pooled: {
    sv: 'Samlad med andra stadsdelar (egen grupp startar inte)',
    en: 'Pooled with other districts (own group does not start)',
  },
  protection_concern: {
    sv: 'Skyddsbehov: till socialtjänsten',
    en: 'Protection: to social services',
  },
  no_cohort_for_need: { sv: 'Ingen grupp för behovet', en: 'No group for the need' },
  no_cohort_for_age: { sv: 'Ingen grupp för åldern', en: 'No group for the age' },
  no_cohort_for_language: { sv: 'Ingen grupp på språket', en: 'No group in the language' },
  beyond_travel_limit: { sv: 'För långt att resa', en: 'Beyond travel limit' },
  cohort_lacks_leaders: { sv: 'Gruppen saknar ledare', en: 'Group lacks leaders' },
  cohort_past_cutoff: { sv: 'Sista dag har passerat', en: 'Cut-off date passed' },
  cohort_below_minimum: { sv: 'Gruppen blir för liten', en: 'Group below minimum' },
  cohort_full: { sv: 'Gruppen är full', en: 'Group full' },
} as const satisfies Record<FormationReasonCode, LocalizedText>;

/** What becomes of a cohort in a proposal. */
export type CohortDecisionCode =
  'launch' | 'below_minimum' | 'lacks_leaders' | 'past_cutoff' | 'not_open';

/** Why a cohort may not run with its leaders (see `checkLeaders`). */
export type LeaderIssueCode =
  | 'too_few_leaders'
  | 'no_experienced_leader'
  | 'first_time_without_mentor'
  | 'unknown_leader'
  | 'duplicate_leader';

/** Why a child is offered a seat, or how the own district stands. */
export type OfferReasonCode =
  | 'next_in_line'
  | 'own_district_has_room'
  | 'own_district_queue'
  | 'own_district_no_cohort'
  | 'own_district'
  | 'neighbour'
  | 'further';

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

/** Builds an explanation from a code and its two texts. */
export function explain<C extends string>(code: C, sv: string, en: string): Explanation<C> {
  return { code, text: t(sv, en) };
}

/** "1 ledig plats"/"1 free seat", "3 lediga platser"/"3 free seats". */
export const freeSeats = (n: number): LocalizedText =>
  t(
    `${n} ${n === 1 ? 'ledig plats' : 'lediga platser'}`,
    `${n} free ${n === 1 ? 'seat' : 'seats'}`,
  );
