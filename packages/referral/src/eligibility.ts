import {
  ageOn,
  checkConsent,
  createNeedTaxonomy,
  type AgeBand,
  type Catchment,
  type ConsentCheck,
  type NeedId,
  type NeedTaxonomy,
} from '@lotsen/domain';
import type { ReferralContext } from './context.js';

/** The parts of a referral that eligibility is judged on. */
export type EligibilitySubject = Pick<
  ReferralContext,
  'child' | 'needs' | 'consent' | 'service' | 'protection'
>;

/**
 * How the catchment is judged:
 * - `ignore`: not at all (accepting and waitlisting: a cross-district offer may still follow);
 * - `own_district`: the child's district must be in the service's catchment;
 * - `cross_district`: any district, because the offer is flagged as a cross-district offer.
 */
export type CatchmentRule = 'ignore' | 'own_district' | 'cross_district';

/** One reason a referral is not eligible for the group path now. */
export type EligibilityProblem =
  | { readonly kind: 'protection' }
  | { readonly kind: 'consent'; readonly reason: Extract<ConsentCheck, { ok: false }>['reason'] }
  | { readonly kind: 'age'; readonly age: number; readonly band: AgeBand }
  | {
      readonly kind: 'need';
      readonly needs: readonly NeedId[];
      readonly serviceNeeds: readonly NeedId[];
    }
  | { readonly kind: 'catchment'; readonly districtId: string };

/** The answer of {@link checkEligibility}: eligible, or every reason why not. */
export interface EligibilityCheck {
  readonly ok: boolean;
  readonly problems: readonly EligibilityProblem[];
}

/** Options for {@link checkEligibility}. */
export interface EligibilityOptions {
  /** When: an ISO date or date-time. The child's age is taken on this date. */
  readonly on: string;
  /** The need taxonomy; defaults to the standard one. */
  readonly taxonomy?: NeedTaxonomy;
  /** How the catchment is judged; defaults to `ignore`. */
  readonly catchment?: CatchmentRule;
}

const standardTaxonomy = createNeedTaxonomy();

/** The calendar date of an ISO date or date-time, as written (`YYYY-MM-DD`). */
export function dateOf(isoDateOrDateTime: string): string {
  return isoDateOrDateTime.slice(0, 10);
}

/** True when the child's district is in the catchment (a city- or county-wide service takes everyone). */
export function inCatchment(catchment: Catchment, districtId: string): boolean {
  return catchment.kind !== 'districts' || catchment.districtIds.includes(districtId);
}

/**
 * Checks the consent of a referral on a date with the domain's `checkConsent`: guardians always,
 * a young person alone from 15, a parent's self-referral only to a service with direct intake or
 * self-referral.
 */
export function consentCheckOn(subject: EligibilitySubject, on: string): ConsentCheck {
  return checkConsent(
    subject.consent,
    ageOn(subject.child, dateOf(on)),
    subject.service.accessRoutes,
  );
}

/**
 * Judges whether a referral may go down the group path now, and lists every reason it may not:
 * a protection concern (never matched), consent, age (on the date, with the domain's `ageOn`; a
 * service whose ages are `unknown` is not refused on age), need (one of the referral's needs is
 * related in the taxonomy to one the service meets) and, if asked, catchment.
 *
 * @example
 * ```ts
 * const check = checkEligibility(snapshot.context, { on: '2026-03-02', catchment: 'own_district' });
 * if (!check.ok) console.log(check.problems); // [{ kind: 'age', age: 16, band: { min: 7, max: 12 } }]
 * ```
 */
export function checkEligibility(
  subject: EligibilitySubject,
  options: EligibilityOptions,
): EligibilityCheck {
  const taxonomy = options.taxonomy ?? standardTaxonomy;
  const problems: EligibilityProblem[] = [];

  const isProtection =
    subject.protection !== undefined || subject.needs.some((n) => taxonomy.isProtection(n));
  if (isProtection) problems.push({ kind: 'protection' });

  const consent = consentCheckOn(subject, options.on);
  if (!consent.ok) problems.push({ kind: 'consent', reason: consent.reason });

  const { ages } = subject.service;
  if (ages !== 'unknown') {
    const age = ageOn(subject.child, dateOf(options.on));
    if (age < ages.min || age > ages.max) problems.push({ kind: 'age', age, band: ages });
  }

  // A protection need is never a match, even if a service listed it.
  const supportNeeds = subject.needs.filter((n) => !taxonomy.isProtection(n));
  const needMatches = supportNeeds.some((n) =>
    subject.service.needs.some((s) => taxonomy.related(n, s)),
  );
  if (!needMatches) {
    problems.push({ kind: 'need', needs: subject.needs, serviceNeeds: subject.service.needs });
  }

  const rule = options.catchment ?? 'ignore';
  if (
    rule === 'own_district' &&
    !inCatchment(subject.service.catchment, subject.child.districtId)
  ) {
    problems.push({ kind: 'catchment', districtId: subject.child.districtId });
  }

  return { ok: problems.length === 0, problems };
}
