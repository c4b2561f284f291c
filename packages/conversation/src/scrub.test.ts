import { findPersonalIdentityNumbers } from '@lotsen/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCRUB_PLACEHOLDERS, scrubPersonalData } from './scrub.js';

/** The Luhn check digit over YYMMDDNNN, as the Tax Agency computes it. */
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

describe('scrubPersonalData', () => {
  it('removes an identity number with a valid check digit, a phone number and an e-mail address', () => {
    const scrubbed = scrubPersonalData(
      'Flickan har pnr 20160315-1232, mamma nås på 070-123 45 67 eller anna.svensson@example.se.',
    );
    expect(scrubbed.text).toBe(
      `Flickan har pnr ${SCRUB_PLACEHOLDERS.identityNumber}, mamma nås på ${SCRUB_PLACEHOLDERS.phoneNumber} eller ${SCRUB_PLACEHOLDERS.emailAddress}.`,
    );
    expect(scrubbed.removed).toEqual({ identityNumbers: 1, phoneNumbers: 1, emailAddresses: 1 });
  });

  it.each([
    '160315-1232',
    '1603151232',
    '201603151232',
    '+46 70 123 45 67',
    '08-508 400 00',
    '0046701234567',
  ])('removes "%s"', (value) => {
    const scrubbed = scrubPersonalData(`nummer: ${value} tack`);
    expect(scrubbed.text).not.toContain(value);
  });

  it.each([
    'ring 112',
    'BRIS 116 111',
    'Självmordslinjen 90101',
    '1177',
    'född 2016',
    '10-åring',
    'remiss 3f2a9c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f',
    'mellan 2015-2016',
    'datumet 2026-03-16',
  ])('keeps "%s": service numbers, years, ages and referral ids are not personal data', (text) => {
    expect(scrubPersonalData(text)).toEqual({
      text,
      removed: { identityNumbers: 0, phoneNumbers: 0, emailAddresses: 0 },
    });
  });

  it('removes every valid identity number, in every written form', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1930, max: 2025 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('short-dash', 'short', 'long', 'long-dash'),
        fc.string({ maxLength: 20 }),
        (year, month, day, serial, form, around) => {
          const date = `${pad(year % 100)}${pad(month)}${pad(day)}`;
          const last4 = `${pad(serial, 3)}${checkDigit(`${date}${pad(serial, 3)}`)}`;
          const century = String(year).slice(0, 2);
          const pnr = {
            'short-dash': `${date}-${last4}`,
            short: `${date}${last4}`,
            long: `${century}${date}${last4}`,
            'long-dash': `${century}${date}-${last4}`,
          }[form];
          const scrubbed = scrubPersonalData(`${around} ${pnr} ${around}`);
          expect(findPersonalIdentityNumbers(scrubbed.text)).toEqual([]);
          expect(scrubbed.removed.identityNumbers).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
