/*
 * The users of the development identity provider, apart from the provider itself so that the web
 * server can list them on its login page without loading oidc-provider.
 */

/** A development user: the login, and the Lotsen claims of their tokens. */
export interface DevUser {
  readonly login: string;
  readonly name: string;
  readonly role: 'coordinator' | 'district_social_worker' | 'group_leader';
  readonly district_id?: string;
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
];
