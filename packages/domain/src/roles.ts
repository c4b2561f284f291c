import { z } from 'zod';

/**
 * The roles of people and systems that use Lotsen:
 * - `district_social_worker`: referrals of their own district.
 * - `coordinator`: the central coordination team; everything.
 * - `group_leader`: attendance and outcomes of their own cohorts.
 * - `system`: another city system; catalogue and exports.
 */
export const StaffRoleSchema = z.enum([
  'district_social_worker',
  'coordinator',
  'group_leader',
  'system',
]);
/** A staff or system role. */
export type StaffRole = z.infer<typeof StaffRoleSchema>;

/** Labels for {@link StaffRole}. */
export const STAFF_ROLE_LABELS = {
  district_social_worker: { sv: 'Socialsekreterare i stadsdel', en: 'District social worker' },
  coordinator: { sv: 'Samordnare', en: 'Coordinator' },
  group_leader: { sv: 'Gruppledare', en: 'Group leader' },
  system: { sv: 'System', en: 'System' },
} as const satisfies Record<StaffRole, { sv: string; en: string }>;
