import type { StaffRole } from '@lotsen/domain';
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
    case 'district_editor':
    case 'provider_editor':
      return false;
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
  return principal.role === 'coordinator' || principal.role === 'district_social_worker';
}

/** The facts about a service that decide who may edit it. */
export interface ServiceEditFacts {
  readonly providerId: string;
  readonly venueDistrictId?: string | undefined;
  readonly catchment: { readonly kind: string; readonly districtIds?: readonly string[] };
}

/**
 * The district a service belongs to, for its district's editors: where it meets, else the one
 * district its catchment names. A city-wide service with no venue belongs to no district.
 */
export function serviceDistrict(
  service: ServiceEditFacts,
  providerDistrictId: string | undefined,
): string | undefined {
  if (service.venueDistrictId !== undefined) return service.venueDistrictId;
  if (service.catchment.districtIds?.length === 1) return service.catchment.districtIds[0];
  return providerDistrictId;
}

/**
 * Whether the caller may edit a service: the coordination team every service; a district editor
 * the services of their district (see {@link serviceDistrict}; `providerDistrictId` is the
 * district of the service's provider, for a district administration's own offers); a provider
 * editor their own provider's services. Anything else is answered as not found.
 */
export function canEditService(
  principal: Principal,
  service: ServiceEditFacts,
  providerDistrictId: string | undefined,
): boolean {
  if (principal.kind !== 'staff') return false;
  switch (principal.role) {
    case 'coordinator':
      return true;
    case 'district_editor':
      return (
        principal.districtId !== undefined &&
        (serviceDistrict(service, providerDistrictId) === principal.districtId ||
          providerDistrictId === principal.districtId)
      );
    case 'provider_editor':
      return principal.providerId !== undefined && principal.providerId === service.providerId;
    default:
      return false;
  }
}

/**
 * Whether the caller may edit a provider's own record: the coordination team every provider, a
 * provider editor their own, a district editor their district's administration.
 */
export function canEditProvider(
  principal: Principal,
  provider: { readonly id: string; readonly districtId?: string | undefined },
): boolean {
  if (principal.kind !== 'staff') return false;
  if (principal.role === 'coordinator') return true;
  if (principal.role === 'provider_editor') return principal.providerId === provider.id;
  if (principal.role === 'district_editor')
    return provider.districtId !== undefined && provider.districtId === principal.districtId;
  return false;
}

/** Whether the caller may change a district's contact route: the coordination team, its own editors. */
export function canEditDistrict(principal: Principal, districtId: string): boolean {
  if (principal.kind !== 'staff') return false;
  if (principal.role === 'coordinator') return true;
  return principal.role === 'district_editor' && principal.districtId === districtId;
}

/** The actor recorded in the audit log: always the authenticated caller, never the request body. */
export function actorOf(principal: Principal): {
  readonly id: string;
  readonly role: StaffRole;
} {
  if (principal.kind === 'staff') return { id: principal.subject, role: principal.role };
  if (principal.kind === 'system') return { id: `system:${principal.keyId}`, role: 'system' };
  // Routes that write are closed to anonymous callers; reaching this is a wiring mistake.
  throw new Error('An anonymous caller has no actor');
}
