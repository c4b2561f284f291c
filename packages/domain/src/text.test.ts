import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COHORT_INPUT, LEADER_INPUT } from './fixtures.test-support.js';
import { parseGroupCohort, parseLeader } from './parsers.js';
import { isStorableText, LocalizedTextSchema, TextSchema, WebAddressSchema } from './text.js';

/** Any string of any Unicode code points (those above U+FFFF as surrogate pairs) without a NUL: storable. */
const storable = fc.string({ unit: 'binary' }).filter((s) => !s.includes('\u0000'));

/** A lone surrogate: a high one without its low half, or a low one on its own. */
const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

/** A storable string with a NUL or a lone surrogate put somewhere in it. */
const unstorable = fc
  .tuple(storable, fc.oneof(fc.constant('\u0000'), loneSurrogate), storable)
  // A high surrogate just before a low one would make a pair: keep the halves apart.
  .map(([before, bad, after]) => `${before}${bad} ${after}`);

describe('TextSchema: text PostgreSQL can store', () => {
  it('refuses any string with a NUL character or a lone surrogate', () => {
    fc.assert(
      fc.property(unstorable, (text) => {
        expect(isStorableText(text)).toBe(false);
        expect(TextSchema.safeParse(text).success).toBe(false);
      }),
    );
  });

  it('accepts any well-formed string without a NUL, surrogate pairs (emoji) included', () => {
    fc.assert(
      fc.property(storable, (text) => {
        expect(isStorableText(text)).toBe(true);
        expect(TextSchema.safeParse(text)).toEqual({ success: true, data: text });
      }),
    );
    expect(TextSchema.safeParse('Fritidsgården 🏠 Ångström').success).toBe(true);
  });

  it('keeps the narrowing of the schemas built on it, and their messages', () => {
    expect(LocalizedTextSchema.safeParse({ sv: 'Hej\u0000', en: 'Hi' }).error?.issues[0]).toEqual(
      expect.objectContaining({
        path: ['sv'],
        message: 'Text may not contain a NUL character or a lone UTF-16 surrogate',
      }),
    );
    expect(TextSchema.trim().min(1).safeParse('  ').success).toBe(false);
  });

  it('refuses a web address the URL parser lets through with a NUL or a lone surrogate', () => {
    expect(WebAddressSchema.safeParse('https://stockholm.se/\u0000').success).toBe(false);
    expect(WebAddressSchema.safeParse('https://stockholm.se/\ud800').success).toBe(false);
    expect(WebAddressSchema.safeParse('https://stockholm.se/stod').success).toBe(true);
  });

  it('takes only https and http addresses: a link must never run script or carry a document', () => {
    expect(WebAddressSchema.safeParse('http://www.ersta.se/').success).toBe(true);
    for (const address of [
      'javascript:alert(1)',
      'JavaScript://stockholm.se/%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://stockholm.se/',
    ]) {
      expect(WebAddressSchema.safeParse(address).success, address).toBe(false);
    }
  });

  it("refuses the fields that reached PostgreSQL as 500s: a leader's name and training, a cohort's premises", () => {
    const leader = LEADER_INPUT;
    expect(parseLeader(leader).ok).toBe(true);
    const nul = parseLeader({ ...leader, displayName: 'An\u0000na' });
    expect(nul.ok ? [] : nul.error.issues.map((i) => i.path)).toEqual(['displayName']);
    const lone = parseLeader({
      ...leader,
      trainings: [{ programme: '\ud800', completedOn: '2024-05-01' }],
    });
    expect(lone.ok ? [] : lone.error.issues.map((i) => i.path)).toEqual(['trainings.0.programme']);
    const cohort = parseGroupCohort({
      ...COHORT_INPUT,
      premises: { name: 'Fritids\u0000gården', districtId: 'farsta' },
    });
    expect(cohort.ok ? [] : cohort.error.issues.map((i) => i.path)).toEqual(['premises.name']);
  });
});
