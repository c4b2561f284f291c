/*
 * The users of the development identity provider, apart from the provider itself so that the web
 * server can list them on its login page without loading oidc-provider.
 */

import type { DeskRole } from './roles.js';

/** A development user: the login, and the Lotsen claims of their tokens. */
export interface DevUser {
  readonly login: string;
  readonly name: string;
  readonly role: DeskRole;
  readonly district_id?: string;
  readonly provider_id?: string;
  readonly cohort_ids?: readonly string[];
}

/** One user per role; the leader leads two of the example cohorts. */
export const DEV_USERS: readonly DevUser[] = [
  { login: 'koordinator', name: 'Kim Koordinator (exempel)', role: 'coordinator' },
  {
    login: 'socialsekreterare',
    name: 'Sara Socialsekreterare (exempel)',
    role: 'district_social_worker',
    district_id: 'farsta',
  },
  {
    login: 'gruppledare',
    name: 'Aino Gruppledare (exempel)',
    role: 'group_leader',
    cohort_ids: ['exempel-farsta-humlan', 'exempel-ersta-tonarsgrupp'],
  },
  {
    login: 'stadsdelsredaktor',
    name: 'Dani Stadsdelsredaktör (exempel)',
    role: 'district_editor',
    district_id: 'farsta',
  },
  {
    login: 'utforarredaktor',
    name: 'Uma Utförarredaktör (exempel)',
    role: 'provider_editor',
    provider_id: 'ersta-vandpunkten',
  },
];
