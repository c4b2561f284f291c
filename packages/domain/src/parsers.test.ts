import { describe, expect, it } from 'vitest';
import { isDomainError } from './errors.js';
import { ageOn } from './child.js';
import { checkConsent, type Consent } from './consent.js';
import {
  parseChild,
  parseDistrict,
  parseGroupCohort,
  parseReferralRequest,
  parseService,
} from './parsers.js';

const validChild = {
  pseudonym: 'BK-2026-0042',
  age: 10,
  districtId: 'skarholmen',
  languages: ['sv', 'ar'],
};

describe('parseChild', () => {
  it('accepts the minimum a referral needs: a reference, an age, a district', () => {
    const result = parseChild(validChild);
    expect(result).toEqual({ ok: true, value: validChild });
  });

  it('accepts a birth year-month instead of an age', () => {
    const result = parseChild({
      pseudonym: 'abc123',
      birthYearMonth: '2016-04',
      districtId: 'bromma',
    });
    expect(result.ok).toBe(true);
  });

  it('asks for an age or a birth year-month when both are missing', () => {
    const result = parseChild({ pseudonym: 'abc123', districtId: 'bromma' });
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path: 'age', message: 'Give the age or the birth year and month' },
    ]);
  });

  it('refuses a name, and says that personal data is refused rather than just unknown', () => {
    const result = parseChild({ ...validChild, name: 'Alva' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('PERSONAL_DATA_REFUSED');
    expect(result.error.issues.map((i) => i.path)).toEqual(['name']);
    // The refused value itself never appears in the error.
    expect(JSON.stringify(result.error.issues)).not.toContain('Alva');
  });

  it('refuses a personal identity number used as the reference', () => {
    const result = parseChild({ ...validChild, pseudonym: '121212-1212' });
    expect(result.ok ? null : result.error.code).toBe('PERSONAL_DATA_REFUSED');
    expect(JSON.stringify(result)).not.toContain('121212-1212');
  });

  it('gives every invalid field with its path', () => {
    const result = parseChild({ pseudonym: 'x', age: 40, districtId: 'Not A Slug' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(isDomainError(result.error)).toBe(true);
    expect(result.error.issues.map((i) => i.path).sort()).toEqual([
      'age',
      'districtId',
      'pseudonym',
    ]);
    expect(result.error.message).toContain('age:');
  });
});

describe('ageOn', () => {
  it('counts whole years from a birth year-month', () => {
    expect(ageOn({ birthYearMonth: '2016-04' }, '2026-03-31')).toBe(9);
    expect(ageOn({ birthYearMonth: '2016-04' }, '2026-04-01')).toBe(10);
    expect(ageOn({ age: 7 }, '2026-01-01')).toBe(7);
  });
});

describe('checkConsent', () => {
  const consent = (givenBy: Consent['givenBy'], withdrawnOn?: string): Consent => ({
    givenBy,
    recordedOn: '2026-11-01',
    scope: 'referral',
    ...(withdrawnOn ? { withdrawnOn } : {}),
  });

  it('lets a young person of 15 or more consent alone, but not a 14-year-old (SoL 3 kap. 6 a §)', () => {
    expect(checkConsent(consent('young_person'), 15, ['staff_referral'])).toEqual({
      ok: true,
      reason: 'young_person_15',
    });
    expect(checkConsent(consent('young_person'), 14, ['staff_referral'])).toEqual({
      ok: false,
      reason: 'young_person_under_15',
    });
  });

  it('lets a parent self-refer only to a service with direct intake or self-referral', () => {
    expect(checkConsent(consent('parent_self_referral'), 8, ['direct_intake']).ok).toBe(true);
    expect(checkConsent(consent('parent_self_referral'), 8, ['aid_decision'])).toEqual({
      ok: false,
      reason: 'self_referral_needs_direct_intake',
    });
  });

  it('never counts a withdrawn consent', () => {
    expect(checkConsent(consent('guardians', '2026-11-10'), 8, ['direct_intake'])).toEqual({
      ok: false,
      reason: 'withdrawn',
    });
  });
});

describe('parseReferralRequest', () => {
  const request = {
    child: validChild,
    needs: ['parental-substance-abuse'],
    serviceId: 'hagersten-liljeholmen-vagen',
    consent: { givenBy: 'guardians', recordedOn: '2026-11-20', scope: 'referral' },
  };

  it('accepts a minimal referral', () => {
    expect(parseReferralRequest(request).ok).toBe(true);
  });

  it('refuses an identity number anywhere, even in a field meant for something else', () => {
    const result = parseReferralRequest({ ...request, serviceId: '20121212-1212' });
    expect(result.ok ? null : result.error.issues.map((i) => i.path)).toEqual(['serviceId']);
  });

  it('refuses free-text fields, which would invite case details', () => {
    const result = parseReferralRequest({ ...request, notes: 'Pappa dricker varje kväll' });
    expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
  });
});

describe('parseDistrict, parseService and parseGroupCohort', () => {
  const source = { seed: '004', section: 'Test', lines: [1, 2] };

  it('refuses a district that ends before it starts, or is its own neighbour', () => {
    const result = parseDistrict({
      id: 'x',
      name: { sv: 'X', en: 'X' },
      aliases: [],
      neighbours: ['x'],
      validFrom: '2020-01-01',
      validTo: '2019-12-31',
      sources: [source],
    });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path).sort()).toEqual([
      'neighbours',
      'validTo',
    ]);
  });

  it('models a merger: the old district ends and names its successor', () => {
    const result = parseDistrict({
      id: 'old',
      name: { sv: 'Gamla', en: 'Old' },
      aliases: [],
      neighbours: [],
      validFrom: '2007-01-01',
      validTo: '2019-12-31',
      successorIds: ['new'],
      sources: [source],
    });
    expect(result.ok && result.value.successorIds).toEqual(['new']);
  });

  it('refuses a service whose age band is upside down or which cites nothing', () => {
    const result = parseService({
      id: 's',
      providerId: 'p',
      name: { sv: 'S', en: 'S' },
      description: { sv: 'D', en: 'D' },
      kind: 'children_group',
      needs: ['adoption'],
      ages: { min: 12, max: 7 },
      participants: ['child'],
      accessRoutes: ['direct_intake'],
      catchment: { kind: 'city' },
      languages: [],
      cost: { kind: 'unknown' },
      sources: [],
    });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path).sort()).toEqual([
      'ages.max',
      'sources',
    ]);
  });

  it('accepts "unknown" as an age band rather than an invented one', () => {
    const result = parseService({
      id: 's',
      providerId: 'p',
      name: { sv: 'S', en: 'S' },
      description: { sv: 'D', en: 'D' },
      kind: 'advice_support_talks',
      needs: ['parenting-support'],
      ages: 'unknown',
      participants: ['parent'],
      accessRoutes: ['direct_intake'],
      catchment: { kind: 'districts', districtIds: ['bromma'] },
      languages: [],
      cost: { kind: 'unknown' },
      sessions: { cap: 5 },
      sources: [source],
    });
    expect(result.ok && result.value.ages).toBe('unknown');
  });

  it('refuses a cohort with more minimum than maximum seats', () => {
    const result = parseGroupCohort({
      id: 'c',
      serviceId: 's',
      ageBand: { min: 7, max: 12 },
      needs: ['parental-substance-abuse'],
      startDate: '2027-01-15',
      cutoffDate: '2027-01-20',
      meetings: { count: 15, weekday: 'tue', startTime: '16:30' },
      seats: { min: 8, max: 6 },
      leaderIds: [],
      premises: { name: 'Lokal', districtId: 'farsta' },
      status: 'planned',
    });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path).sort()).toEqual([
      'cutoffDate',
      'seats.max',
    ]);
  });
});
