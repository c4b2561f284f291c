import { describe, expect, it } from 'vitest';
import { compilePhrase, editDistance, findPhrase, isTypoOf, normalizeText } from './normalize.js';

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
