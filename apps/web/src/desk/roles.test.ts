import { describe, expect, it } from 'vitest';
import { deskRoleOf } from './roles.js';

describe('the desk role of a token', () => {
  it("is Lotsen's own role claim", () => {
    expect(deskRoleOf({ role: 'group_leader' })).toBe('group_leader');
  });
  it('maps Entra ID app roles, the strongest first', () => {
    expect(deskRoleOf({ roles: ['Lotsen.GroupLeader', 'Lotsen.Coordinator'] })).toBe('coordinator');
    expect(deskRoleOf({ roles: ['Lotsen.DistrictSocialWorker'] })).toBe('district_social_worker');
    expect(deskRoleOf({ roles: ['Lotsen.ProviderEditor'] })).toBe('provider_editor');
    expect(deskRoleOf({ roles: ['Lotsen.ProviderEditor', 'Lotsen.DistrictEditor'] })).toBe(
      'district_editor',
    );
  });
  it('is none for system access, unknown roles or no claim', () => {
    expect(deskRoleOf({ role: 'system' })).toBeUndefined();
    expect(deskRoleOf({ roles: ['Admin', 7] })).toBeUndefined();
    expect(deskRoleOf({})).toBeUndefined();
  });
});
