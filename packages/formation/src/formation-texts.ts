import type { LocalizedText } from '@lotsen/domain';

/*
 * Every sentence group formation says about a child or a cohort, in Swedish and English, in one
 * table beside the codes (explain.ts). The functions only fill in names and numbers; which sentence
 * applies is decided in explain-children.ts and explain-cohorts.ts.
 */

/** A cohort as a sentence names it: its id and its district's name in both languages. */
export interface CohortPlace {
  readonly cohortId: string;
  readonly district: LocalizedText;
}

const at = (p: CohortPlace, lang: 'sv' | 'en') => `${p.cohortId} (${p.district[lang]})`;
const bordersSv = (d: number) => `${d} ${d === 1 ? 'stadsdelsgräns' : 'stadsdelsgränser'}`;
const bordersEn = (d: number) => `${d} district ${d === 1 ? 'border' : 'borders'}`;

/** Why a placed child did not get a group nearer home (the tail of a "placed further" sentence). */
export const NOT_NEARER_TEXTS = {
  /** The group needs the child to reach its minimum; a nearer group had room. */
  neededForMinimum: (cohortId: string, min: number): LocalizedText => ({
    sv: `${cohortId} behöver barnet för att nå sitt minsta antal (${min}) och kunna starta`,
    en: `${cohortId} needs the child to reach its minimum (${min}) and start`,
  }),
  nearerFull: {
    sv: 'grupperna närmare hemmet som passar är fulla',
    en: 'the groups nearer home that fit are full',
  },
  nearerCannotStart: {
    sv: 'grupperna närmare hemmet som passar kan inte starta (ledare, status eller sista dag)',
    en: 'the groups nearer home that fit cannot start (leaders, status or cut-off date)',
  },
  noneNearer: {
    sv: 'ingen grupp närmare hemmet passar barnet',
    en: 'no group nearer home fits the child',
  },
} as const;

/** Why a child was placed where it was, or not placed, by `FormationReasonCode` (explain.ts). */
export const CHILD_TEXTS = {
  protection_concern: {
    sv: 'Oro för att barnet far illa: en grupp är aldrig svaret. Ärendet går till socialtjänsten för en individuell bedömning.',
    en: 'Concern that the child is at risk: a group is never the answer. The case goes to social services for an individual assessment.',
  },
  placed_own_district: (place: CohortPlace): LocalizedText => ({
    sv: `Plats i ${at(place, 'sv')} i den egna stadsdelen.`,
    en: `Placed in ${at(place, 'en')} in the own district.`,
  }),
  placed_neighbour: (place: CohortPlace, why: LocalizedText): LocalizedText => ({
    sv: `Plats i ${at(place, 'sv')} i en grannstadsdel: ${why.sv}.`,
    en: `Placed in ${at(place, 'en')} in a neighbouring district: ${why.en}.`,
  }),
  placed_further: (place: CohortPlace, borders: number, why: LocalizedText): LocalizedText => ({
    sv: `Plats i ${at(place, 'sv')}, ${borders} stadsdelsgränser bort: ${why.sv}.`,
    en: `Placed in ${at(place, 'en')}, ${borders} district borders away: ${why.en}.`,
  }),
  cohort_below_minimum_pooled: (
    closed: CohortPlace,
    place: CohortPlace,
    borders: number,
  ): LocalizedText => ({
    sv: `${at(closed, 'sv')} når inte sitt minsta antal barn och startar inte; barnet samlas i stället med barn från andra stadsdelar i ${at(place, 'sv')}, ${borders} stadsdelsgräns${borders === 1 ? '' : 'er'} bort.`,
    en: `${at(closed, 'en')} does not reach its minimum and will not start; the child is pooled with children from other districts in ${at(place, 'en')}, ${borders} district border${borders === 1 ? '' : 's'} away.`,
  }),
  no_cohort_for_need: (needs: LocalizedText): LocalizedText => ({
    sv: `Ingen planerad grupp arbetar med barnets behov (${needs.sv}).`,
    en: `No planned group works with the child's needs (${needs.en}).`,
  }),
  /** The child's age as the sentence gives it: whole years, or the birth year-month. */
  no_cohort_for_age: (age: { years: number } | { born: string }): LocalizedText => ({
    sv: `Ingen planerad grupp för barnets behov tar emot barn i barnets ålder (${'years' in age ? `${age.years} år` : `född ${age.born}`}).`,
    en: `No planned group for the child's needs takes children of the child's age (${'years' in age ? `aged ${age.years}` : `born ${age.born}`}).`,
  }),
  no_cohort_for_language: (language: string | undefined): LocalizedText => ({
    sv: `Ingen planerad grupp som passar hålls på språket barnet behöver (${language}).`,
    en: `No planned group that fits is held in the language the child needs (${language}).`,
  }),
  beyond_travel_limit: {
    sv: 'Grupper som passar finns bara längre bort än familjen kan resa.',
    en: 'Groups that fit are only further away than the family can travel.',
  },
  cohort_lacks_leaders: (cohortId: string): LocalizedText => ({
    sv: `Gruppen som passar (${cohortId}) saknar ledare: minst två, varav en erfaren, och en mentor för varje ny ledare.`,
    en: `The group that fits (${cohortId}) lacks leaders: at least two, one of them experienced, and a mentor for each first-time leader.`,
  }),
  cohort_past_cutoff: (cohortId: string): LocalizedText => ({
    sv: `Sista dag för att fylla gruppen som passar (${cohortId}) har passerat.`,
    en: `The cut-off date for filling the group that fits (${cohortId}) has passed.`,
  }),
  /** The nearest group that fits takes no more children because of its status. */
  cohort_closed_to_children: (cohortId: string, status: string): LocalizedText => ({
    sv: `Gruppen som passar (${cohortId}) tar inte emot fler barn (${status}).`,
    en: `The group that fits (${cohortId}) takes no more children (${status}).`,
  }),
  cohort_full: {
    sv: 'Alla grupper som passar och som familjen kan resa till är fulla; barn som väntat längre eller saknar andra möjligheter fick platserna. Barnet står kvar i kön.',
    en: 'Every group that fits within the travel limit is full; children who waited longer or had no other option took the seats. The child stays in the queue.',
  },
  cohort_below_minimum: {
    sv: 'Grupperna som passar och som familjen kan resa till når inte sitt minsta antal barn och startar inte.',
    en: 'The groups that fit within the travel limit do not reach their minimum and will not start.',
  },
} as const;

/** The nearest alternative offered to a child who was not placed, by `Alternative.kind`. */
export const ALTERNATIVE_TEXTS = {
  free_seats: (place: CohortPlace, borders: number, seats: LocalizedText): LocalizedText => ({
    sv: `Närmaste alternativ: ${place.cohortId} i ${place.district.sv} (${bordersSv(borders)} bort) har ${seats.sv}, om familjen kan resa dit.`,
    en: `Nearest alternative: ${place.cohortId} in ${place.district.en} (${bordersEn(borders)} away) has ${seats.en}, if the family can travel there.`,
  }),
  needs_children: (place: CohortPlace, missing: number, by: string): LocalizedText => ({
    sv: `Närmaste alternativ: ${place.cohortId} i ${place.district.sv} startar om ${missing} barn till anmäls senast ${by}.`,
    en: `Nearest alternative: ${place.cohortId} in ${place.district.en} starts if ${missing} more ${missing === 1 ? 'child is' : 'children are'} referred by ${by}.`,
  }),
  waitlist: (place: CohortPlace): LocalizedText => ({
    sv: `Närmaste alternativ: kö till ${place.cohortId} i ${place.district.sv}; en plats erbjuds när någon hoppar av.`,
    en: `Nearest alternative: queue for ${place.cohortId} in ${place.district.en}; a seat is offered when someone drops out.`,
  }),
} as const;

/** What becomes of a cohort, by `CohortDecisionCode` (explain.ts); `alternative` ends a "does not start". */
export const COHORT_TEXTS = {
  launch: (total: number, min: number, max: number): LocalizedText => ({
    sv: `Startar med ${total} barn (minst ${min}, högst ${max}).`,
    en: `Starts with ${total} ${total === 1 ? 'child' : 'children'} (at least ${min}, at most ${max}).`,
  }),
  /** The nearest running group for the same ages and needs, or nothing when there is none. */
  alternative: (place: CohortPlace | undefined): LocalizedText =>
    place === undefined
      ? { sv: '', en: '' }
      : {
          sv: ` Närmaste grupp för samma åldrar och behov med plats: ${at(place, 'sv')}.`,
          en: ` Nearest group for the same ages and needs with room: ${at(place, 'en')}.`,
        },
  below_minimum: (total: number, min: number, alternative: LocalizedText): LocalizedText => ({
    sv: `Startar inte: ${total} av minst ${min} barn. Barnen som passar samlas i grupper i andra stadsdelar.${alternative.sv}`,
    en: `Does not start: ${total} of at least ${min} children. The children who fit are pooled into groups in other districts.${alternative.en}`,
  }),
  lacks_leaders: (issues: readonly LocalizedText[], alternative: LocalizedText): LocalizedText => ({
    sv: `Startar inte: ${issues.map((x) => x.sv).join(' ')}${alternative.sv}`,
    en: `Does not start: ${issues.map((x) => x.en).join(' ')}${alternative.en}`,
  }),
  past_cutoff: (cutoff: string, alternative: LocalizedText): LocalizedText => ({
    sv: `Startar inte: sista dag för att nå minsta antal barn (${cutoff}) har passerat.${alternative.sv}`,
    en: `Does not start: the cut-off date for reaching the minimum (${cutoff}) has passed.${alternative.en}`,
  }),
  not_open: (status: string): LocalizedText => ({
    sv: `Tar inte emot barn: gruppen har status ${status}.`,
    en: `Takes no children: the group's status is ${status}.`,
  }),
} as const;
