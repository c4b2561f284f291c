import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidentialityIssues, ServiceScheduleSchema } from './service.js';
import {
  containsMarkup,
  isStorableText,
  PlainLocalizedTextSchema,
  PlainTextSchema,
  PLAIN_TEXT_MAX,
} from './text.js';
import { freshnessOf } from './verification.js';

describe('how fresh a catalogue entry is', () => {
  it('is unverified without a date, verified within 12 months, stale after', () => {
    expect(freshnessOf({}, '2026-12-08')).toBe('unverified');
    expect(freshnessOf({ verifiedOn: '2026-01-10' }, '2026-12-08')).toBe('verified');
    expect(freshnessOf({ verifiedOn: '2025-12-08' }, '2026-12-08')).toBe('verified');
    expect(freshnessOf({ verifiedOn: '2025-12-07' }, '2026-12-08')).toBe('stale');
  });
});

describe('plain text in the catalogue', () => {
  it('refuses tags, comments and script addresses, and keeps prose with a lone "<"', () => {
    for (const bad of [
      '<b>hej</b>',
      'a</p>',
      '<script>alert(1)</script>',
      '<!-- x -->',
      'javascript:alert(1)',
      '<img src=x onerror=1>',
    ]) {
      expect(containsMarkup(bad)).toBe(true);
      expect(PlainTextSchema.safeParse(bad).success).toBe(false);
    }
    expect(PlainTextSchema.safeParse('Barn < 12 år & föräldrar > 1').success).toBe(true);
  });

  it('limits the length', () => {
    expect(PlainTextSchema.safeParse('a'.repeat(PLAIN_TEXT_MAX)).success).toBe(true);
    expect(PlainTextSchema.safeParse('a'.repeat(PLAIN_TEXT_MAX + 1)).success).toBe(false);
  });

  it('accepts any text without a "<" that is storable and short enough', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const clean = text.replace(/</g, '').replace(/javascript:/gi, '');
        const trimmed = clean.trim();
        fc.pre(trimmed.length > 0 && isStorableText(clean));
        expect(PlainLocalizedTextSchema.safeParse({ sv: clean, en: clean }).success).toBe(true);
      }),
    );
  });
});

describe('a confidential venue', () => {
  it('never has an address', () => {
    expect(
      confidentialityIssues({ confidentialLocation: true, contact: { address: 'Gatan 1' } }),
    ).toEqual([expect.objectContaining({ path: 'contact.address' })]);
    expect(
      confidentialityIssues({ confidentialLocation: false, contact: { address: 'Gatan 1' } }),
    ).toEqual([]);
    expect(confidentialityIssues({ confidentialLocation: true, contact: {} })).toEqual([]);
  });

  it('a schedule takes a date and plain words', () => {
    expect(
      ServiceScheduleSchema.safeParse({
        nextStart: '2027-01-12',
        note: { sv: 'Tisdagar 16–18', en: 'Tuesdays 4–6 pm' },
      }).success,
    ).toBe(true);
    expect(ServiceScheduleSchema.safeParse({ nextStart: '12/1' }).success).toBe(false);
  });
});
