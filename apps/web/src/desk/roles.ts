import { StaffRoleSchema, type StaffRole } from '@lotsen/domain';

/*
 * Which Lotsen role a signed-in member of staff has, from the claims of their token: Lotsen's own
 * `role` claim (the development provider, or a city provider that maps to it), or the app roles an
 * Entra ID app registration puts in `roles` (named below). System access is never a desk login.
 */

/** A role that may use the desk. */
export type DeskRole = Exclude<StaffRole, 'system'>;

/** Entra ID app role values (the app registration's `value`s) and the Lotsen role of each. */
export const ENTRA_APP_ROLES: Readonly<Record<string, DeskRole>> = {
  'Lotsen.Coordinator': 'coordinator',
  'Lotsen.DistrictSocialWorker': 'district_social_worker',
  'Lotsen.GroupLeader': 'group_leader',
  'Lotsen.DistrictEditor': 'district_editor',
  'Lotsen.ProviderEditor': 'provider_editor',
};

/** The desk role of a token's claims, or undefined when it carries none (the desk says so). */
export function deskRoleOf(claims: Readonly<Record<string, unknown>>): DeskRole | undefined {
  const own = StaffRoleSchema.safeParse(claims.role);
  if (own.success && own.data !== 'system') return own.data;
  const roles = Array.isArray(claims.roles) ? claims.roles : [];
  // The strongest role wins when someone holds several: a coordinator who also leads a group.
  const mapped = roles.flatMap((r) =>
    typeof r === 'string' && ENTRA_APP_ROLES[r] ? [ENTRA_APP_ROLES[r]] : [],
  );
  const strongestFirst = [
    'coordinator',
    'district_social_worker',
    'group_leader',
    'district_editor',
    'provider_editor',
  ] as const;
  for (const role of strongestFirst) if (mapped.includes(role)) return role;
  return undefined;
}
