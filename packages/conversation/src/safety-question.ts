import {
  SAFETY_ANSWER_HEDGES,
  SAFETY_ANSWER_NO_FIRST_WORDS,
  SAFETY_ANSWER_NO_PHRASES,
} from './lexicon/safety.js';
import {
  compileIndexedPhrase,
  matchesAnyPhrase,
  indexWords,
  normalizeText,
  type Phrase,
} from './normalize.js';

let noPhrases: Phrase[] | undefined;
let hedges: Phrase[] | undefined;
const FIRST_WORDS = new Set(SAFETY_ANSWER_NO_FIRST_WORDS.map((w) => normalizeText(w)));

/**
 * Whether a message is a clear "no" to the safety question: it starts with a refusal ("nej",
 * "no") or says that no one is in danger, and has no hedge ("nej men…", "inte än", "vet inte",
 * a "ja"). The safety check must also find nothing in it; the caller checks that.
 *
 * @example
 * ```ts
 * isClearNo('Nej, jag undrar bara om grupper'); // true
 * isClearNo('nej men han kommer snart'); // false
 * ```
 */
export function isClearNo(text: string): boolean {
  const normalized = normalizeText(text);
  const index = indexWords(normalized);
  noPhrases ??= SAFETY_ANSWER_NO_PHRASES.map(compileIndexedPhrase);
  hedges ??= SAFETY_ANSWER_HEDGES.map(compileIndexedPhrase);
  const refuses =
    FIRST_WORDS.has(index.list[0] ?? '') || matchesAnyPhrase(noPhrases, normalized, index);
  return refuses && !matchesAnyPhrase(hedges, normalized, index);
}
