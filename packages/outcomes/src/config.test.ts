import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OUTCOMES_CONFIG,
  RELIABLE_CHANGE_NHS_CYP,
  configFrom,
  isOutcomesConfig,
  resolveOptions,
} from './config.js';

describe('DEFAULT_OUTCOMES_CONFIG', () => {
  it('holds the spec’s default for every convention', () => {
    expect(DEFAULT_OUTCOMES_CONFIG).toMatchObject({
      adultFromAge: 18,
      pcomsArithmetic: 'integer-mm',
      atCutoffIsClinical: false,
      atSrsCutoffIsFlagged: false,
      cutoffs: { ORS: { adult: 25, adolescent: 28 }, CORS: { child: 32 }, SRS: 36, CSRS: null },
      srsDropPoints: 1,
      changeDecimals: 1,
      fixedThresholdComparison: 'inclusive',
      rciComparison: 'strict',
      rciCriticalValue: 1.96,
      reliableChange: {
        ORS: { adult: 5, adolescent: 5 },
        CORS: { child: null },
        'SCORE-15': 10,
        'SOC-13': null,
        'SOC-29': null,
      },
      kasamBands: {
        'SOC-13': { low: [13, 60], moderate: [61, 75], high: [76, 91] },
        'SOC-29': { low: [29, 140], moderate: [141, 165], high: [166, 203] },
      },
      score15VeryWellResponse: 1,
      score15MinAge: 12,
      kasamMinAge: 13,
      followUpMonths: 3,
      minCellSize: 5,
    });
    expect(Object.isFrozen(DEFAULT_OUTCOMES_CONFIG)).toBe(true);
    expect(isOutcomesConfig(DEFAULT_OUTCOMES_CONFIG)).toBe(true);
  });
});

describe('resolveOptions', () => {
  it('merges nested tables entry by entry and keeps null as "none"', () => {
    const r = resolveOptions({
      cutoffs: { ORS: { adolescent: 27 }, SRS: null },
      reliableChange: RELIABLE_CHANGE_NHS_CYP,
    });
    if (!r.ok) throw r.error;
    expect(r.value.cutoffs).toEqual({
      ORS: { adult: 25, adolescent: 27 },
      CORS: { child: 32 },
      SRS: null,
      CSRS: null,
    });
    expect(r.value.reliableChange.CORS.child).toBe(10);
    expect(isOutcomesConfig(r.value)).toBe(true);
  });

  it('reports every bad option with its path', () => {
    const r = resolveOptions({
      adultFromAge: 12,
      reliableChange: { ORS: { adult: 0 } },
      kasamBands: { 'SOC-13': { low: [13, 70], moderate: [61, 75], high: [76, 91] } },
      raterPriority: ['child', 'child'],
      pcomsArithmetic: 'decimal' as never,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_CONFIG');
    expect(r.error.issues.map((i) => i.path)).toEqual([
      'adultFromAge',
      'pcomsArithmetic',
      'reliableChange.ORS.adult',
      'kasamBands.SOC-13',
      'raterPriority',
    ]);
    expect(resolveOptions(42 as never).ok).toBe(false);
  });

  it('resolves a given options object once (cached) and passes a resolved config through', () => {
    const options = { minCellSize: 3 };
    const a = configFrom(options);
    expect(configFrom(options)).toBe(a);
    if (!a.ok) throw a.error;
    expect(configFrom(a.value)).toEqual({ ok: true, value: a.value });
  });
});
