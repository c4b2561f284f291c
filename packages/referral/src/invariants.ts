import { ReferralStatusSchema, createNeedTaxonomy, type NeedTaxonomy } from '@lotsen/domain';
import type { ReferralContext } from './context.js';

const standardTaxonomy = createNeedTaxonomy();
const GROUP_PATH = new Set(['waitlisted', 'offered', 'enrolled']);
const FINAL = new Set([
  'followed_up',
  'declined',
  'withdrawn',
  'referred_on',
  'discontinued',
  'expired',
]);

/**
 * Lists the rules a referral state breaks; empty for every snapshot the machine produces. Storage
 * can run it on a row before trusting it, and the tests run it on every reachable state.
 *
 * The rules: the value is a referral status; `declined` has a reason; a protection concern is always
 * `declined` with `protection_concern` and `routeTo: 'social_services'`, and never on the group path
 * (`waitlisted`, `offered`, `enrolled`); each state has the data it promises (a waitlist place, an
 * offer, an accepted offer before enrolment, a follow-up date after completion, the sessions reached,
 * the new referral's id, a closing time in final states and only there).
 */
export function checkReferralInvariants(
  state: { readonly value: unknown; readonly context: ReferralContext },
  taxonomy: NeedTaxonomy = standardTaxonomy,
): string[] {
  const { value, context: c } = state;
  const broken: string[] = [];
  const rule = (holds: boolean, message: string) => {
    if (!holds) broken.push(message);
  };
  rule(
    ReferralStatusSchema.safeParse(value).success,
    `"${String(value)}" is not a referral status`,
  );

  const protectionCase =
    c.protection !== undefined || c.needs.some((n) => taxonomy.isProtection(n));
  rule(
    !(GROUP_PATH.has(value as string) && protectionCase),
    `a protection case is ${String(value)}`,
  );
  rule(!protectionCase || value === 'declined', 'a protection case is not declined');
  rule(
    !protectionCase ||
      (c.declineReason === 'protection_concern' && c.routeTo === 'social_services'),
    'a protection case is not routed to social services',
  );
  rule(
    (c.declineReason === 'protection_concern') === (c.routeTo === 'social_services'),
    'routeTo and the protection_concern reason disagree',
  );
  rule(value !== 'declined' || c.declineReason !== undefined, 'declined without a reason');
  rule(c.declineReason === undefined || value === 'declined', 'a decline reason outside declined');
  rule(value !== 'needs_info' || c.infoRequest !== undefined, 'needs_info without a request');
  rule(value !== 'waitlisted' || c.waitlist !== undefined, 'waitlisted without a place');
  rule(value !== 'offered' || c.offer !== undefined, 'offered without an offer');
  rule(
    value !== 'enrolled' || (c.offer?.acceptedAt !== undefined && c.enrolledAt !== undefined),
    'enrolled without an accepted offer',
  );
  rule(
    !(value === 'completed' || value === 'followed_up') ||
      (c.completedAt !== undefined && c.followUpDueAt !== undefined),
    `${String(value)} without a completion and a follow-up date`,
  );
  rule(value !== 'followed_up' || c.followedUpAt !== undefined, 'followed_up without a follow-up');
  rule(
    value !== 'discontinued' || c.sessionsReached !== undefined,
    'discontinued without sessions',
  );
  rule(
    value !== 'referred_on' || (c.newReferralId !== undefined && c.newReferralId !== c.referralId),
    'referred_on without another referral',
  );
  rule(
    FINAL.has(value as string) === (c.closedAt !== undefined),
    'closedAt is set exactly in the final states',
  );
  return broken;
}
