import { z } from 'zod';

/**
 * The roles of people and systems that use Lotsen:
 * - `district_social_worker`: referrals of their own district.
 * - `coordinator`: the central coordination team; everything.
 * - `group_leader`: attendance and outcomes of their own cohorts.
 * - `system`: another city system; catalogue and exports.
 * - `district_editor`: keeps the catalogue entries of their own district (its services, its contact
 *   route).
 * - `provider_editor`: keeps the services of their own provider (a voluntary organisation, say).
 */
export const StaffRoleSchema = z.enum([
  'district_social_worker',
  'coordinator',
  'group_leader',
  'system',
  'district_editor',
  'provider_editor',
]);
/** A staff or system role. */
export type StaffRole = z.infer<typeof StaffRoleSchema>;

/** Labels for {@link StaffRole}. */
export const STAFF_ROLE_LABELS = {
  district_social_worker: { sv: 'Socialsekreterare i stadsdel', en: 'District social worker' },
  coordinator: { sv: 'Samordnare', en: 'Coordinator' },
  group_leader: { sv: 'Gruppledare', en: 'Group leader' },
  system: { sv: 'System', en: 'System' },
  district_editor: { sv: 'Katalogredaktör i stadsdel', en: 'District catalogue editor' },
  provider_editor: { sv: 'Katalogredaktör hos utförare', en: 'Provider catalogue editor' },
} as const satisfies Record<StaffRole, { sv: string; en: string }>;
