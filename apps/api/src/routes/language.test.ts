import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inLanguage, preferredLanguage } from './language.js';

describe('preferredLanguage, for what a client says it reads', () => {
  it('answers in the language the client weighs higher, and in both without a preference', () => {
    const cases: [string | undefined, 'sv' | 'en' | undefined][] = [
      [undefined, undefined],
      ['', undefined],
      ['sv', 'sv'],
      ['en', 'en'],
      ['SV', 'sv'],
      ['sv-SE', 'sv'],
      ['sv-FI', 'sv'],
      ['en-GB,en;q=0.9,sv;q=0.8', 'en'],
      ['sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7', 'sv'],
      ['en-US,en;q=0.9', 'en'],
      ['sv;q=0.5, en;q=0.6', 'en'],
      ['en ; q=0.4 , sv ; q=0.3', 'en'],
      ['fi, sv;q=0.5', 'sv'],
      ['sv, *;q=0.5', 'sv'],
      ['*;q=0.5, en', 'en'],
      ['sv, *', 'sv'],
      ['en;q=0, *', 'sv'],
      // No preference between the two: both.
      ['*', undefined],
      ['sv, en', undefined],
      ['en;q=0.8, sv;q=0.8', undefined],
      // Neither acceptable: both, rather than a 406.
      ['fr', undefined],
      ['de-DE, fr;q=0.5', undefined],
      ['en;q=0', undefined],
      ['sv;q=0, en;q=0', undefined],
      ['*;q=0', undefined],
      // Not a longer range of ours.
      ['svx', undefined],
      ['english', undefined],
      // Malformed weights are skipped, not read as 1 or 0.
      ['sv;q=2, en;q=0.1', 'en'],
      ['sv;q=nonsense, en;q=0.1', 'en'],
      ['sv;q=0.1234, en;q=0.1', 'en'],
      ['sv;q=1.000, en;q=0.999', 'sv'],
      [',,sv,,', 'sv'],
    ];
    for (const [header, language] of cases) {
      expect(preferredLanguage(header), String(header)).toBe(language);
    }
  });

  it('never picks a language the client refused or ranked lower, whatever the order, never throws', () => {
    const entry = fc.record({
      range: fc.constantFrom('sv', 'en', 'sv-SE', 'en-GB', 'fi', 'ar', '*'),
      q: fc.option(fc.constantFrom('0', '0.1', '0.5', '0.9', '1', '1.0'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.range, maxLength: 7 }), (entries) => {
        const write = (list: typeof entries) =>
          list.map((e) => (e.q === undefined ? e.range : `${e.range};q=${e.q}`)).join(', ');
        const language = preferredLanguage(write(entries));
        expect(preferredLanguage(write([...entries].reverse()))).toBe(language);
        if (language === undefined) return;
        // The weight of a language: its own entry, else its longer range's, else `*`'s.
        const weight = (l: string) => {
          const q = (e: (typeof entries)[number]) => Number(e.q ?? '1');
          const own = entries.find((e) => e.range === l);
          if (own) return q(own);
          const longer = entries.filter((e) => e.range.startsWith(`${l}-`));
          if (longer.length > 0) return Math.max(...longer.map(q));
          const star = entries.find((e) => e.range === '*');
          return star ? q(star) : 0;
        };
        const other = language === 'sv' ? 'en' : 'sv';
        expect(weight(language)).toBeGreaterThan(0);
        expect(weight(language)).toBeGreaterThanOrEqual(weight(other));
      }),
    );
    fc.assert(
      fc.property(fc.string(), (header) => {
        expect([undefined, 'sv', 'en']).toContain(preferredLanguage(header));
      }),
    );
  });

  it('reads a header the same way every time, also once many others have been read', () => {
    const cases = ['sv-SE,sv;q=0.9,en;q=0.8', 'en-GB', '*', 'fr', `sv, ${'x'.repeat(300)}`];
    const first = cases.map((h) => preferredLanguage(h));
    expect(first).toEqual(['sv', 'en', undefined, undefined, 'sv']);
    // More distinct headers than are kept: the answers do not change.
    for (let i = 0; i < 2500; i++) preferredLanguage(`x${i}, en;q=0.${i % 10}`);
    expect(cases.map((h) => preferredLanguage(h))).toEqual(first);
    fc.assert(
      fc.property(fc.string(), (header) => {
        expect(preferredLanguage(header)).toBe(preferredLanguage(header));
      }),
    );
  });
});

describe('inLanguage', () => {
  it('keeps only the language asked for, or both', () => {
    const text = { sv: 'Föräldrastöd', en: 'Parenting support' };
    expect(inLanguage(text, 'sv')).toEqual({ sv: 'Föräldrastöd' });
    expect(inLanguage(text, 'en')).toEqual({ en: 'Parenting support' });
    expect(inLanguage(text, undefined)).toBe(text);
  });
});
