import type { LocalizedText, UiLanguage } from '@lotsen/domain';

/**
 * The language an answer's texts are in: one of Lotsen's, or `undefined` for both (what a client
 * that states no preference has always been sent).
 */
export type AnswerLanguage = UiLanguage | undefined;

/*
 * How well a language range matches one of ours; a more specific match decides over a looser one.
 * NONE: no match. ANY: `*`, any language the header does not name. LONGER: a longer range of ours
 * (`sv-SE`, `en-GB`): our `en` text serves an `en-GB` reader. EXACT: the language itself.
 */
const NONE = 0;
const ANY = 1;
const LONGER = 2;
const EXACT = 3;
type Match = typeof NONE | typeof ANY | typeof LONGER | typeof EXACT;

function matchOf(range: string, language: UiLanguage): Match {
  if (range === language) return EXACT;
  if (range === '*') return ANY;
  if (
    range.length > language.length &&
    range.startsWith(language) &&
    range[language.length] === '-'
  )
    return LONGER;
  return NONE;
}

// A quality value (RFC 9110 §12.4.2): 0 to 1 with at most three decimals.
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * The language to answer in for an `Accept-Language` header (RFC 9110 §12.5.4, ranges as in
 * RFC 4647): the one of Swedish and English the client weighs higher. `undefined` (both
 * languages) when there is no header, when the client weighs both the same (`sv, en`, or `*`), and
 * when it accepts neither (`fr`, `en;q=0`): answering in both keeps every client able to read the
 * answer, rather than refusing it with 406. A language named by the header, exactly or by a
 * longer range (`en-GB`), counts over `*`, and is preferred to one only `*` covers at the same
 * weight. Malformed entries are skipped.
 *
 * @example
 * ```ts
 * preferredLanguage('en-GB,en;q=0.9,sv;q=0.8'); // 'en'
 * preferredLanguage('sv-SE'); // 'sv'
 * preferredLanguage('*'); // undefined: both
 * ```
 */
export function preferredLanguage(acceptLanguage: string | undefined): AnswerLanguage {
  if (!acceptLanguage) return undefined;
  // A browser sends the same header with every request, and people use few settings: each header
  // is read once. The cache is bounded (the header is the caller's), and starts over when full.
  const known = answerLanguages.get(acceptLanguage);
  if (known !== undefined) return known === BOTH ? undefined : known;
  const language = readAcceptLanguage(acceptLanguage);
  if (acceptLanguage.length <= MAX_CACHED_HEADER_LENGTH) {
    if (answerLanguages.size >= MAX_CACHED_HEADERS) answerLanguages.clear();
    answerLanguages.set(acceptLanguage, language ?? BOTH);
  }
  return language;
}

const BOTH = 'both';
const MAX_CACHED_HEADERS = 1000;
const MAX_CACHED_HEADER_LENGTH = 200;
/** `Accept-Language` headers read so far, and their answer (BOTH for `undefined`). */
const answerLanguages = new Map<string, UiLanguage | typeof BOTH>();

/** {@link preferredLanguage}, worked out. */
function readAcceptLanguage(acceptLanguage: string): AnswerLanguage {
  // For each of our languages: its weight, and how specific the range that gave it was.
  let svQ = 0;
  let svMatch: Match = NONE;
  let enQ = 0;
  let enMatch: Match = NONE;
  for (const entry of acceptLanguage.split(',')) {
    const [rawRange, ...params] = entry.split(';');
    const range = rawRange!.trim().toLowerCase();
    if (range === '') continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key?.trim().toLowerCase() !== 'q') continue;
      const text = value?.trim() ?? '';
      if (QVALUE.test(text)) q = Number(text);
      else valid = false;
    }
    if (!valid) continue;
    const sv = matchOf(range, 'sv');
    // The most specific range decides; among ranges as specific, the highest weight.
    if (sv > svMatch || (sv === svMatch && sv !== NONE && q > svQ)) {
      svMatch = sv;
      svQ = q;
    }
    const en = matchOf(range, 'en');
    if (en > enMatch || (en === enMatch && en !== NONE && q > enQ)) {
      enMatch = en;
      enQ = q;
    }
  }
  if (svQ > enQ) return 'sv';
  if (enQ > svQ) return 'en';
  // The same weight: a named language over one only `*` covers; otherwise both.
  if (svQ > 0 && (svMatch === ANY) !== (enMatch === ANY)) {
    return svMatch === ANY ? 'en' : 'sv';
  }
  return undefined;
}

/** `text` in `language` only, or whole when the answer is in both. */
export function inLanguage(
  text: LocalizedText,
  language: AnswerLanguage,
): Partial<LocalizedText> & object {
  if (language === undefined) return text;
  return language === 'sv' ? { sv: text.sv } : { en: text.en };
}
