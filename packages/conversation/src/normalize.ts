/**
 * Text normalisation shared by the safety check and the understanding tables. Everything is matched on
 * folded text: lower case, no diacritics (people type "mar daligt" on foreign keyboards), English
 * contractions expanded, and clause punctuation kept as a "," token so that patterns and negation
 * never reach across a sentence.
 */

const WORD = '[a-z0-9]';

/** Folds text for matching: `"Pappa dricker inte, men mår dåligt!"` → `"pappa dricker inte , men mar daligt ,"`. */
export function normalizeText(input: string): string {
  return input
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u02bc`´]/g, "'")
    .replace(/n't\b/g, ' not')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[.!?;:,]+/g, ' , ')
    .replace(/[^a-z0-9,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The tokens of folded text. */
export function tokens(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternativeSource(alternative: string): string {
  const prefix = alternative.endsWith('*');
  const word = normalizeText(prefix ? alternative.slice(0, -1) : alternative);
  if (word.length === 0) throw new Error(`Empty alternative in phrase "${alternative}"`);
  return escapeRegExp(word) + (prefix ? `${WORD}*` : '');
}

/**
 * Compiles a phrase of the pattern tables into a regular expression over folded text.
 *
 * - words are written naturally, with diacritics: `mår dåligt`;
 * - `word*` matches any word starting with `word`: `missbruk*`;
 * - `a|b` is a choice for one word: `slår|slog`;
 * - `~` skips up to one word, `~~` up to two, `~~~` up to three: `mår ~~ dåligt`.
 */
export function compilePhrase(phrase: string): RegExp {
  const parts = phrase.trim().split(/\s+/);
  let source = '';
  let gap = 0;
  for (const part of parts) {
    if (/^~+$/.test(part)) {
      if (source === '') throw new Error(`A phrase may not start with a gap: "${phrase}"`);
      gap += part.length;
      continue;
    }
    const word = part
      .split('|')
      .map((a) => alternativeSource(a))
      .join('|');
    if (source !== '') source += `(?: ${WORD}+){0,${gap}} `;
    source += `(?:${word})`;
    gap = 0;
  }
  if (gap > 0) throw new Error(`A phrase may not end with a gap: "${phrase}"`);
  return new RegExp(`(?<!${WORD})${source}(?!${WORD})`, 'g');
}

/**
 * A compiled phrase with the words it can start with, so that a message is only scanned by the
 * phrases whose first word it contains: hundreds of phrases cost a handful of regular expressions.
 */
export interface Phrase {
  readonly re: RegExp;
  readonly firstWords: ReadonlySet<string>;
  readonly firstPrefixes: readonly string[];
}

/** Compiles a phrase together with its first words. */
export function compileIndexedPhrase(phrase: string): Phrase {
  const first = phrase.trim().split(/\s+/)[0]!;
  const firstWords = new Set<string>();
  const firstPrefixes: string[] = [];
  for (const alternative of first.split('|')) {
    const prefix = alternative.endsWith('*');
    const word = normalizeText(prefix ? alternative.slice(0, -1) : alternative).split(' ')[0]!;
    if (prefix && !normalizeText(alternative.slice(0, -1)).includes(' ')) firstPrefixes.push(word);
    else firstWords.add(word);
  }
  return { re: compilePhrase(phrase), firstWords, firstPrefixes };
}

/** The words of a message, for {@link mayMatch}. */
export interface WordIndex {
  readonly words: ReadonlySet<string>;
  readonly list: readonly string[];
}

/** Indexes the words of folded text. */
export function indexWords(normalized: string): WordIndex {
  const list = tokens(normalized);
  return { words: new Set(list), list };
}

/** Whether a phrase can match at all: the message contains one of its first words. */
export function mayMatch(phrase: Phrase, index: WordIndex): boolean {
  for (const w of phrase.firstWords) if (index.words.has(w)) return true;
  for (const p of phrase.firstPrefixes) if (index.list.some((w) => w.startsWith(p))) return true;
  return false;
}

/**
 * Groups of phrases (the phrases of each rule of a table), indexed by the words they can start with.
 * Looking a message's words up in it finds the phrases {@link mayMatch} would let through without
 * asking each of hundreds of phrases in turn: a message costs its own words, not the table's size.
 */
export interface PhraseTable {
  /** Phrase positions (group, phrase) by a first word. */
  readonly byWord: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  /** Phrase positions by a first-word prefix (`missbruk*`). */
  readonly byPrefix: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  /** The lengths of the prefixes in `byPrefix`, shortest first. */
  readonly prefixLengths: readonly number[];
  readonly groups: number;
}

/** Indexes groups of phrases by their first words (see {@link PhraseTable}). */
export function phraseTable(groups: readonly (readonly Phrase[])[]): PhraseTable {
  const byWord = new Map<string, [number, number][]>();
  const byPrefix = new Map<string, [number, number][]>();
  const add = (map: Map<string, [number, number][]>, key: string, at: [number, number]) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  groups.forEach((phrases, g) =>
    phrases.forEach((phrase, p) => {
      for (const word of phrase.firstWords) add(byWord, word, [g, p]);
      for (const prefix of phrase.firstPrefixes) add(byPrefix, prefix, [g, p]);
    }),
  );
  const prefixLengths = [...new Set([...byPrefix.keys()].map((k) => k.length))].sort(
    (a, b) => a - b,
  );
  return { byWord, byPrefix, prefixLengths, groups: groups.length };
}

/**
 * For each group of a table, the positions of its phrases that may match the message (exactly those
 * {@link mayMatch} accepts), in ascending order; `undefined` for a group with none. Scanning these
 * in order gives the same hits, in the same order, as scanning every phrase.
 */
export function candidatePhrases(
  table: PhraseTable,
  index: WordIndex,
): (readonly number[] | undefined)[] {
  const found: (number[] | undefined)[] = new Array<number[] | undefined>(table.groups);
  const take = (positions: readonly (readonly [number, number])[] | undefined) => {
    if (!positions) return;
    for (const [g, p] of positions) {
      const list = found[g];
      if (!list) found[g] = [p];
      else if (!list.includes(p)) list.push(p);
    }
  };
  for (const word of index.words) {
    take(table.byWord.get(word));
    for (const length of table.prefixLengths) {
      if (length > word.length) break;
      take(table.byPrefix.get(word.slice(0, length)));
    }
  }
  for (const list of found) list?.sort((a, b) => a - b);
  return found;
}

/** Whether any of the phrases matches, scanning only those whose first word the message has. */
export function matchesAnyPhrase(
  patterns: readonly Phrase[],
  normalized: string,
  index: WordIndex,
): boolean {
  return patterns.some((p) => {
    if (!mayMatch(p, index)) return false;
    p.re.lastIndex = 0;
    return p.re.test(normalized);
  });
}

/** Every match of an indexed phrase, or none without scanning when its first word is absent. */
export function findIndexedPhrase(
  phrase: Phrase,
  normalized: string,
  index: WordIndex,
): PhraseHit[] {
  return mayMatch(phrase, index) ? findPhrase(phrase.re, normalized) : [];
}

/** One place a phrase matched, in character offsets of the folded text. */
export interface PhraseHit {
  readonly index: number;
  readonly end: number;
  readonly text: string;
}

/** Every match of a compiled phrase in folded text. */
export function findPhrase(pattern: RegExp, normalized: string): PhraseHit[] {
  pattern.lastIndex = 0;
  const hits: PhraseHit[] = [];
  for (const m of normalized.matchAll(pattern)) {
    hits.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits;
}

/** Damerau–Levenshtein (optimal string alignment) distance, giving up once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * True when a typed word is a likely typo of a keyword: one edit from six letters, two from ten.
 * Shorter keywords must be spelled right, because short words collide with everyday words.
 */
export function isTypoOf(typed: string, keyword: string): boolean {
  const limit = keyword.length >= 10 ? 2 : keyword.length >= 6 ? 1 : 0;
  if (limit === 0 || typed === keyword) return typed === keyword;
  if (typed.length < 5 || Math.abs(typed.length - keyword.length) > limit) return false;
  // People rarely mistype the start of a word; checking it first skips most comparisons.
  if (typed[0] !== keyword[0] && typed[1] !== keyword[1]) return false;
  return editDistance(typed, keyword, limit) <= limit;
}
