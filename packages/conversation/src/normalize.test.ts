import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidatePhrases,
  compileIndexedPhrase,
  compilePhrase,
  editDistance,
  findPhrase,
  indexWords,
  isTypoOf,
  mayMatch,
  normalizeText,
  phraseTable,
} from './normalize.js';

describe('normalizeText', () => {
  it('folds case and diacritics, expands contractions and keeps clause breaks as ","', () => {
    expect(normalizeText('Pappa dricker inte, men MÅR dåligt!')).toBe(
      'pappa dricker inte , men mar daligt ,',
    );
    expect(normalizeText("He doesn't drink")).toBe('he does not drink');
    expect(normalizeText('10-åring på Söder')).toBe('10 aring pa soder');
  });
});

describe('compilePhrase', () => {
  const hits = (phrase: string, text: string) =>
    findPhrase(compilePhrase(phrase), normalizeText(text)).map((h) => h.text);

  it('matches whole words only', () => {
    expect(hits('super', 'pappa super')).toEqual(['super']);
    expect(hits('super', 'supermarket')).toEqual([]);
  });

  it('supports prefixes, choices for one word, and gaps', () => {
    expect(hits('missbruk*', 'föräldrar med missbruksproblem')).toEqual(['missbruksproblem']);
    expect(hits('slår|slog mamma', 'han slog mamma')).toEqual(['slog mamma']);
    expect(hits('mår ~~ dåligt', 'hon mår väldigt psykiskt dåligt')).toEqual([
      'mar valdigt psykiskt daligt',
    ]);
    expect(hits('mår ~ dåligt', 'hon mår väldigt psykiskt dåligt')).toEqual([]);
  });

  it('never lets a gap cross a clause break', () => {
    expect(hits('mår ~~ dåligt', 'jag mår, dåligt')).toEqual([]);
  });

  it('refuses a phrase that starts or ends with a gap', () => {
    expect(() => compilePhrase('~ dåligt')).toThrow(/start/);
    expect(() => compilePhrase('mår ~')).toThrow(/end/);
  });
});

describe('typos', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('skarholmen', 'skarhlomen', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('forgives one edit from six letters and two from ten, nothing in short words', () => {
    expect(isTypoOf('sjalvmors', 'sjalvmord')).toBe(true);
    expect(isTypoOf('alkholist', 'alkoholist')).toBe(true);
    expect(isTypoOf('dricka', 'dricker')).toBe(false);
    expect(isTypoOf('kniv', 'knif')).toBe(false);
  });
});

describe('candidatePhrases', () => {
  // Words and prefixes that overlap, so that phrases share first words and prefixes of each other.
  const word = fc.constantFrom('mar', 'mamma', 'mammas', 'pappa', 'dricker', 'slar', 'sla', 'hot');
  const alternative = fc.tuple(word, fc.boolean()).map(([w, prefix]) => (prefix ? `${w}*` : w));
  const phrase = fc
    .tuple(fc.array(alternative, { minLength: 1, maxLength: 3 }), fc.array(word, { maxLength: 2 }))
    .map(([first, rest]) => [first.join('|'), ...rest].join(' '));
  const table = fc.array(fc.array(phrase, { maxLength: 5 }), { maxLength: 6 });
  const message = fc
    .array(fc.oneof(word, fc.constantFrom('mammor', 'slagen', 'hotet', ',', 'x')), { maxLength: 8 })
    .map((words) => words.join(' '));

  it('finds, per group and in order, exactly the phrases mayMatch lets through', () => {
    fc.assert(
      fc.property(table, message, (groups, text) => {
        const compiled = groups.map((g) => g.map(compileIndexedPhrase));
        const index = indexWords(normalizeText(text));
        const expected = compiled.map((g) => {
          const positions = g.flatMap((p, i) => (mayMatch(p, index) ? [i] : []));
          return positions.length > 0 ? positions : undefined;
        });
        const found = candidatePhrases(phraseTable(compiled), index);
        expect(Array.from({ length: compiled.length }, (_, i) => found[i])).toEqual(expected);
      }),
    );
  });
});
