import { describe, expect, it } from 'vitest';
import { OUTCOMES_ERROR_CODES, OutcomesError, errorFromIssues, isOutcomesError } from './errors.js';

describe('OutcomesError', () => {
  it('carries a code, the issues with paths, and a name', () => {
    const e = errorFromIssues('ORS administration', [
      { code: 'MISSING_ITEM', path: 'items.1', message: 'Item is missing' },
      { code: 'OUT_OF_RANGE', path: 'items.2', message: 'Expected 0 to 10 cm' },
    ]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('OutcomesError');
    expect(e.code).toBe('MISSING_ITEM');
    expect(e.message).toBe(
      'Invalid ORS administration: items.1: Item is missing; items.2: Expected 0 to 10 cm',
    );
    expect(e.issues).toHaveLength(2);
  });

  it('gives an error made without issues one issue for the whole value', () => {
    expect(new OutcomesError('NOT_SCORABLE', 'YCORS').issues).toEqual([
      { code: 'NOT_SCORABLE', path: '', message: 'YCORS' },
    ]);
  });

  it('is recognised across copies of the package by its brand, not by instanceof', () => {
    const e = new OutcomesError('INVALID_INPUT', 'x');
    const foreign = Object.assign(Object.create(null), {
      [Symbol.for('@lotsen/outcomes.OutcomesError')]: true,
    });
    expect(isOutcomesError(e)).toBe(true);
    expect(isOutcomesError(foreign)).toBe(true);
    expect(isOutcomesError(new Error('x'))).toBe(false);
    expect(isOutcomesError(null)).toBe(false);
  });

  it('lists a closed set of codes', () => {
    expect(OUTCOMES_ERROR_CODES).toEqual([
      'INVALID_INPUT',
      'WRONG_ITEM_COUNT',
      'MISSING_ITEM',
      'OUT_OF_RANGE',
      'NOT_ON_SCALE',
      'UNKNOWN_FORM',
      'NOT_SCORABLE',
      'AGE_NOT_ELIGIBLE',
      'NO_THRESHOLD',
      'MISSING_NORM',
      'INVALID_CONFIG',
    ]);
    expect(() => errorFromIssues('x', [])).toThrow();
  });
});
