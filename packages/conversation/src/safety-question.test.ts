import { describe, expect, it } from 'vitest';
import { isClearNo } from './safety-question.js';

describe('isClearNo', () => {
  it.each([
    'nej',
    'Nej.',
    'nä',
    'no',
    'Nope',
    'nej, jag undrar bara om grupper för barn',
    'no, I just want to know about groups',
    'ingen är i fara',
    'vi är inte i fara',
    "we're not in danger",
    'det är lugnt',
  ])('"%s" is a clear no', (text) => {
    expect(isClearNo(text)).toBe(true);
  });

  it.each([
    'ja',
    'yes',
    'jo',
    'nej men han kommer snart hem',
    'no but he is coming back',
    'vet inte',
    'inte just nu',
    'not yet',
    'nej typ',
    'kanske',
    '',
    'hej',
    'vad är gruppstöd?',
  ])('"%s" is not a clear no', (text) => {
    expect(isClearNo(text)).toBe(false);
  });
});
