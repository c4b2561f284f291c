import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPersonalIdentityNumber, findPersonalIdentityNumbers } from './personal-data.js';

/** Computes the Luhn check digit for the nine digits YYMMDDNNN, as the Tax Agency does. */
function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const identityNumbers = fc
  .record({
    year: fc.integer({ min: 1930, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    serial: fc.integer({ min: 0, max: 999 }),
    coordination: fc.boolean(),
    form: fc.constantFrom('short-dash', 'short', 'long', 'long-dash'),
  })
  .map(({ year, month, day, serial, coordination, form }) => {
    const yy = pad(year % 100);
    const dd = pad(day + (coordination ? 60 : 0));
    const nine = `${yy}${pad(month)}${dd}${pad(serial, 3)}`;
    const c = checkDigit(nine);
    const last4 = `${pad(serial, 3)}${c}`;
    const date = `${yy}${pad(month)}${dd}`;
    const century = String(year).slice(0, 2);
    return {
      'short-dash': `${date}-${last4}`,
      short: `${date}${last4}`,
      long: `${century}${date}${last4}`,
      'long-dash': `${century}${date}-${last4}`,
    }[form];
  });

describe('findPersonalIdentityNumbers', () => {
  it('finds a personal identity number in every common way of writing it', () => {
    fc.assert(
      fc.property(identityNumbers, fc.string(), fc.string(), (pnr, before, after) => {
        const text = `${before.replace(/\d/g, '')} ${pnr} ${after.replace(/\d/g, '')}`;
        expect(containsPersonalIdentityNumber(text)).toBe(true);
      }),
    );
  });

  it('does not take a number with a wrong check digit for one', () => {
    fc.assert(
      fc.property(identityNumbers, fc.integer({ min: 1, max: 9 }), (pnr, delta) => {
        const last = Number(pnr.at(-1));
        const wrong = pnr.slice(0, -1) + String((last + delta) % 10);
        expect(containsPersonalIdentityNumber(wrong)).toBe(false);
      }),
    );
  });

  it('leaves dates, phone numbers and ages alone', () => {
    for (const text of [
      'född 2016-03-01',
      'ring 08-508 00 000',
      'han är 10 år',
      'ärende 2018/1234',
      '0701234567',
    ]) {
      expect(findPersonalIdentityNumbers(text)).toEqual([]);
    }
  });

  it('reports where the number stands, so a chat can scrub it', () => {
    const text = 'Mitt barn har personnummer 121212-1212 och bor i Rinkeby';
    const [match] = findPersonalIdentityNumbers(text);
    expect(text.slice(match!.index, match!.index + match!.length)).toBe('121212-1212');
  });
});
