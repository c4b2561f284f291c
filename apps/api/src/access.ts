import type { Principal } from './auth.js';

/*
 * Who may see which record. Routes first let roles through (their `config.roles`, see auth.ts); these rules then
 * narrow a role to its own records. A record outside the caller's scope is answered as if it did
 * not exist (404), so that its existence does not leak.
 */

/** The facts about a referral that decide who may see it. */
export interface ReferralScopeFacts {
  readonly child: { readonly districtId: string };
  readonly cohortId?: string | undefined;
}

/**
 * Whether the caller may see a referral: a coordinator sees every referral, a district social
 * worker those of their own district, a group leader those placed in one of their cohorts (for
 * attendance and outcomes). Systems and anonymous callers see none.
 */
export function canSeeReferral(principal: Principal, referral: ReferralScopeFacts): boolean {
  if (principal.kind !== 'staff') return false;
  switch (principal.role) {
    case 'coordinator':
      return true;
    case 'district_social_worker':
      return principal.districtId === referral.child.districtId;
    case 'group_leader':
      return referral.cohortId !== undefined && principal.cohortIds.includes(referral.cohortId);
  }
}

/** The district a caller's referral lists are limited to; `undefined` when not limited. */
export function referralDistrictScope(principal: Principal): string | undefined {
  return principal.kind === 'staff' && principal.role === 'district_social_worker'
    ? principal.districtId
    : undefined;
}

/**
 * Whether the caller may see a cohort's staff view (seats, attendance): coordinators and district
 * social workers see every cohort, a group leader only their own.
 */
export function canSeeCohort(principal: Principal, cohortId: string): boolean {
  if (principal.kind !== 'staff') return false;
  if (principal.role === 'group_leader') return principal.cohortIds.includes(cohortId);
  return true;
}

/** The actor recorded in the audit log: always the authenticated caller, never the request body. */
export function actorOf(principal: Principal): {
  readonly id: string;
  readonly role: 'district_social_worker' | 'coordinator' | 'group_leader' | 'system';
} {
  if (principal.kind === 'staff') return { id: principal.subject, role: principal.role };
  if (principal.kind === 'system') return { id: `system:${principal.keyId}`, role: 'system' };
  // Routes that write are closed to anonymous callers; reaching this is a wiring mistake.
  throw new Error('An anonymous caller has no actor');
}
