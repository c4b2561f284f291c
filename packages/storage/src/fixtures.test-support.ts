// Test data shared by the storage tests: small, valid records built from the domain schemas.
import { randomUUID } from 'node:crypto';
import type { GroupCohort, Leader, ReferralRequest, ReferralStatus } from '@lotsen/domain';
import type { CatalogueDataInput, EventInput, NewReferral } from './index.js';

const source = { seed: '004', section: 'Test section', lines: [1, 2] as [number, number] };

/** A two-district catalogue with one provider and two services. */
export function sampleCatalogue(): CatalogueDataInput {
  return {
    districts: [
      {
        id: 'rinkeby-kista',
        name: { sv: 'Rinkeby-Kista', en: 'Rinkeby-Kista' },
        aliases: ['Järva'],
        neighbours: ['spanga-tensta'],
        validFrom: '2007-01-01',
        sources: [source],
      },
      {
        id: 'spanga-tensta',
        name: { sv: 'Spånga-Tensta', en: 'Spånga-Tensta' },
        aliases: [],
        neighbours: ['rinkeby-kista'],
        validFrom: '2007-01-01',
        sources: [source],
      },
    ],
    providers: [
      {
        id: 'sdf-rinkeby-kista',
        kind: 'district_administration',
        name: { sv: 'Rinkeby-Kista sdf', en: 'Rinkeby-Kista district administration' },
        description: { sv: 'Stadsdelsförvaltning', en: 'District administration' },
        districtId: 'rinkeby-kista',
        sources: [source],
      },
    ],
    services: [
      {
        id: 'rk-barngrupp',
        providerId: 'sdf-rinkeby-kista',
        name: { sv: 'Barngrupp', en: "Children's group" },
        description: { sv: 'Grupp för barn', en: 'A group for children' },
        kind: 'children_group',
        needs: ['parental-substance-abuse'],
        ages: { min: 7, max: 12 },
        participants: ['child'],
        accessRoutes: ['direct_intake'],
        catchment: { kind: 'districts', districtIds: ['rinkeby-kista'] },
        languages: ['sv'],
        cost: { kind: 'free' },
        sources: [source],
      },
      {
        id: 'rk-foraldragrupp',
        providerId: 'sdf-rinkeby-kista',
        name: { sv: 'Föräldragrupp', en: 'Parent group' },
        description: { sv: 'Grupp för föräldrar', en: 'A group for parents' },
        kind: 'parent_group',
        needs: ['parental-substance-abuse'],
        ages: 'unknown',
        participants: ['parent'],
        accessRoutes: ['self_referral'],
        catchment: { kind: 'city' },
        languages: [],
        cost: { kind: 'free' },
        sources: [source],
      },
    ],
  };
}

/** A valid group leader. */
export function leader(id: string, overrides: Partial<Leader> = {}): Leader {
  return {
    id,
    displayName: `Leader ${id}`,
    homeDistrictId: 'rinkeby-kista',
    trainings: [{ programme: 'CAP', completedOn: '2024-05-01' }],
    experience: 'experienced',
    groupsLed: 3,
    languages: ['sv'],
    ...overrides,
  };
}

/** A valid cohort with `max` seats and no leaders. */
export function cohort(id: string, max: number, overrides: Partial<GroupCohort> = {}): GroupCohort {
  return {
    id,
    serviceId: 'rk-barngrupp',
    ageBand: { min: 7, max: 12 },
    needs: ['parental-substance-abuse'],
    startDate: '2026-09-01',
    meetings: { count: 10, weekday: 'tue', startTime: '15:30', durationMinutes: 90 },
    seats: { min: Math.min(3, max), max },
    leaderIds: [],
    premises: { name: 'Husby träff', districtId: 'rinkeby-kista', confidential: true },
    language: 'sv',
    status: 'open',
    ...overrides,
  };
}

/** A valid referral request for a child in `districtId`. */
export function referralRequest(
  districtId = 'rinkeby-kista',
  pseudonym = 'RK-0001',
): ReferralRequest {
  return {
    child: { pseudonym, age: 9, districtId, languages: ['sv'] },
    needs: ['parental-substance-abuse'],
    serviceId: 'rk-barngrupp',
    consent: { givenBy: 'guardians', recordedOn: '2026-03-01', scope: 'referral' },
  };
}

/** An event by a coordinator at `at`. */
export function event(at = '2026-03-02T09:00:00.000Z', reason?: string): EventInput {
  return { actorId: 'coordinator-1', role: 'coordinator', at, ...(reason ? { reason } : {}) };
}

/** A new referral in `status` with a small stand-in for an xstate snapshot. */
export function newReferral(
  overrides: Partial<NewReferral> & { status?: ReferralStatus } = {},
): NewReferral {
  const status = overrides.status ?? 'submitted';
  return {
    id: randomUUID(),
    request: referralRequest(),
    status,
    snapshot: { value: status, context: { n: 0 }, status: 'active' },
    event: event(),
    ...overrides,
  };
}

/** Unwraps a result in a test, failing with the error's code and message. */
export function must<T>(
  result: { ok: true; value: T } | { ok: false; error: Error & { code?: string } },
): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}
