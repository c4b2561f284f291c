import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero } from './numbers.js';

const decimalsArb = fc.integer({ min: 0, max: 4 });
const valueArb = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('roundHalfAwayFromZero', () => {
  it('rounds the cases the outcome scales meet as the spec does', () => {
    expect(roundHalfAwayFromZero(17.4 - 12.4, 1)).toBe(5); // 4.999999999999998 (pcoms-23)
    expect(roundHalfAwayFromZero(6.55, 1)).toBe(6.6); // NHS England's ROUND(6.55,1)
    expect(roundHalfAwayFromZero(10.2, 0)).toBe(10); // NHS England's ROUND(10.2,0)
    expect(roundHalfAwayFromZero(0.0625, 3)).toBe(0.063);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
  });

  it('never returns -0, however small the negative value', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0, 2), 0)).toBe(true);
    fc.assert(
      fc.property(valueArb, decimalsArb, (value, decimals) => {
        expect(Object.is(roundHalfAwayFromZero(value, decimals), -0)).toBe(false);
      }),
    );
  });

  it('is symmetric: a negative value rounds to the mirror of its positive twin', () => {
    fc.assert(
      fc.property(valueArb, decimalsArb, (value, decimals) => {
        const up = roundHalfAwayFromZero(Math.abs(value), decimals);
        const down = roundHalfAwayFromZero(-Math.abs(value), decimals);
        expect(down === -up || (down === 0 && up === 0)).toBe(true);
      }),
    );
  });

  it('rounds a decimal with a 5 in the next place away from zero, in either sign', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        decimalsArb,
        fc.boolean(),
        (units, decimals, negative) => {
          // units.5 in the place after the last kept, written as a decimal: "12.345" for 1234, 2.
          const text = `${units}5e-${decimals + 1}`;
          const sign = negative ? -1 : 1;
          const expected = Number(`${units + 1}e-${decimals}`);
          expect(roundHalfAwayFromZero(sign * Number(text), decimals)).toBe(sign * expected);
        },
      ),
    );
  });

  it('lands on the nearest multiple of the last place, and rounding again changes nothing', () => {
    fc.assert(
      fc.property(valueArb, decimalsArb, (value, decimals) => {
        const rounded = roundHalfAwayFromZero(value, decimals);
        const unit = 10 ** -decimals;
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(unit / 2 + 1e-9 * unit + 1e-9);
        expect(roundHalfAwayFromZero(rounded, decimals)).toBe(rounded);
      }),
    );
  });
});
