import { describe, expect, it } from 'vitest';
import { FormationError, isFormationError } from './errors.js';
import { parseWaitingChild } from './waiting-child.js';
import { daysBetween, effectiveWaitDays, placementWeight, resolveWeighting } from './weighting.js';

describe('parseWaitingChild', () => {
  const valid = {
    referralId: 'anm-2026-0042',
    birthYearMonth: '2016-04',
    districtId: 'farsta',
    needs: ['parental-mental-illness'],
    waitingSince: '2026-08-01',
    mayTravel: 'neighbours',
  };

  it('accepts a pseudonymous child and fills in normal priority', () => {
    const result = parseWaitingChild(valid);
    expect(result).toEqual({ ok: true, value: { ...valid, priority: 0 } });
  });

  it('refuses a personal identity number as a reference', () => {
    const result = parseWaitingChild({ ...valid, referralId: '19811218-9876' });
    expect(!result.ok && result.error.issues).toEqual([
      { path: 'referralId', message: 'A personal identity number may not be used as a reference' },
    ]);
  });

  it('refuses unknown fields (no names), a missing age and bad values, with paths', () => {
    const named = parseWaitingChild({ ...valid, name: 'Kalle', mayTravel: 'by-boat' });
    expect(named.ok).toBe(false);
    if (named.ok) return;
    expect(named.error.code).toBe('INVALID_INPUT');
    expect(named.error.issues.map((i) => i.path).sort()).toEqual(['mayTravel', 'name']);
    expect(named.error.message).toMatch(/^Invalid waiting child: /);
    const ageless = parseWaitingChild({ ...valid, birthYearMonth: undefined });
    expect(!ageless.ok && ageless.error.issues.map((i) => i.path)).toEqual(['age']);
  });
});

describe('FormationError', () => {
  it('is recognised by its brand, also across copies of the package', () => {
    const e = new FormationError('DUPLICATE_ID', 'twice', [{ path: 'children.1', message: 'x' }]);
    expect(isFormationError(e)).toBe(true);
    expect(e.name).toBe('FormationError');
    expect(isFormationError(new Error('x'))).toBe(false);
    expect(isFormationError({ [Symbol.for('@lotsen/formation.FormationError')]: true })).toBe(true);
  });
});

describe('weighting', () => {
  it('counts days across months and years in UTC', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2025-11-23', '2026-11-23')).toBe(365);
    expect(daysBetween('2026-11-23', '2026-11-01')).toBe(-22);
  });

  it('weighs a child 1 plus up to half a child for a year of waiting, priority as a head start', () => {
    const c = { waitingSince: '2026-05-27', priority: 0 }; // 180 days before 2026-11-23
    expect(effectiveWaitDays(c, '2026-11-23')).toBe(180);
    expect(placementWeight(c, '2026-11-23')).toBeCloseTo(1 + (0.5 * 180) / 365, 12);
    expect(placementWeight({ ...c, priority: 3 }, '2026-11-23')).toBe(1.5);
    expect(placementWeight(c, '2026-11-23', { waitBonus: 0 })).toBe(1);
    expect(resolveWeighting({ travelPenalty: 0 })).toEqual({
      priorityDays: 90,
      waitBonus: 0.5,
      waitCapDays: 365,
      travelPenalty: 0,
    });
  });
});
