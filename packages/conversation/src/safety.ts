import type { SafetyCategory } from './config.js';
import { CHILD_WORDS, CLAUSE_BREAKS, NEGATORS, PARENT_WORDS, SELF_WORDS } from './lexicon/needs.js';
import {
  SAFETY_PRIORITY,
  SAFETY_RULES,
  VIOLENCE_PARTICLES,
  VIOLENCE_PASSIVE_PHRASES,
  VIOLENCE_TYPOS,
  VIOLENCE_VERBS,
  VIOLENCE_VERBS_NEEDING_OBJECT,
} from './lexicon/safety.js';
import type { Role } from './messages.js';
import {
  candidatePhrases,
  compileIndexedPhrase,
  findIndexedPhrase,
  findPhrase,
  indexWords,
  isTypoOf,
  normalizeText,
  phraseTable,
  tokens,
  type Phrase,
  type PhraseTable,
  type WordIndex,
} from './normalize.js';

/** What the safety check found. */
export interface SafetyFinding {
  /** The category the crisis card is for: the most urgent one found. */
  readonly category: SafetyCategory;
  /** Every category found, most urgent first (the card shows the contacts of all of them). */
  readonly categories: readonly SafetyCategory[];
}

/** A token of folded text with its character span. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits folded text into tokens with their offsets. */
export function tokenize(normalized: string): Token[] {
  const out: Token[] = [];
  let start = 0;
  for (const word of tokens(normalized)) {
    out.push({ text: word, start, end: start + word.length });
    start += word.length + 1;
  }
  return out;
}

/** The index of the token that covers a character offset (or the next one). */
export function tokenAt(list: readonly Token[], offset: number): number {
  const i = list.findIndex((t) => t.end > offset);
  return i === -1 ? list.length : i;
}

const set = (words: readonly string[]) => new Set(words);
const NEGATOR_SET = set(NEGATORS);
const BREAK_SET = set(CLAUSE_BREAKS);
const PARENT_SET = set(PARENT_WORDS);
const CHILD_SET = set(CHILD_WORDS);
const SELF_SET = set(SELF_WORDS);

/** A negator among the `window` tokens before `index`, not crossing a clause break. */
export function negatedBefore(list: readonly Token[], index: number, window: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - window; i--) {
    const word = list[i]!.text;
    if (BREAK_SET.has(word)) return false;
    if (NEGATOR_SET.has(word)) return true;
  }
  return false;
}

/** Who a person word points at. */
export type PersonKind = 'parent' | 'child' | 'self' | 'group' | 'ambiguous';

const POSSESSIVES = new Set([
  'min',
  'hans',
  'hennes',
  'barnets',
  'deras',
  'sin',
  'my',
  'his',
  'her',
  'their',
]);

/** Classifies one token as a person word, looking at the token before for "min far". */
export function personKind(list: readonly Token[], i: number): PersonKind | undefined {
  const word = list[i]!.text;
  if (PARENT_SET.has(word)) return 'parent';
  if ((word === 'far' || word === 'mor') && i > 0 && POSSESSIVES.has(list[i - 1]!.text))
    return 'parent';
  if (CHILD_SET.has(word) || /aring|arig/.test(word)) return 'child';
  // "a 16 year old who drinks", "12 yo": an age names the child.
  if (word === 'yo' || (word === 'old' && i > 0 && /^years?$/.test(list[i - 1]!.text)))
    return 'child';
  if (SELF_SET.has(word)) return 'self';
  if (word === 'oss' || word === 'us') return 'group';
  if (['honom', 'henne', 'hen', 'him', 'her', 'them'].includes(word)) return 'ambiguous';
  if (word === 'varandra' || word === 'each') return 'parent';
  return undefined;
}

/** One act of violence found in a message, with whom it is against. */
export interface ViolenceHit {
  readonly start: number;
  readonly end: number;
  readonly victim: PersonKind | 'none';
  readonly negated: boolean;
}

let compiledPassive: Phrase[] | undefined;
const VERB_SET = set(VIOLENCE_VERBS.map((v) => normalizeText(v)));
const NEEDS_OBJECT = set(VIOLENCE_VERBS_NEEDING_OBJECT.map((v) => normalizeText(v)));
const PARTICLE_SET = set(VIOLENCE_PARTICLES);
const VIOLENCE_TYPO_WORDS = VIOLENCE_TYPOS.map((v) => normalizeText(v));

/** Finds violence verbs and who they are against ("slår mamma", "dottern blir slagen"). */
export function findViolence(
  list: readonly Token[],
  normalized: string,
  index: WordIndex = indexWords(normalized),
): ViolenceHit[] {
  const hits: ViolenceHit[] = [];
  list.forEach((token, k) => {
    const isVerb =
      VERB_SET.has(token.text) || VIOLENCE_TYPO_WORDS.some((v) => isTypoOf(token.text, v));
    if (!isVerb) return;
    const next = list[k + 1]?.text;
    if (next !== undefined && PARTICLE_SET.has(next)) return;
    let victim: PersonKind | 'none' = 'none';
    for (let j = k + 1; j < list.length && j <= k + 4; j++) {
      const word = list[j]!.text;
      if (BREAK_SET.has(word) && word !== 'och' && word !== 'and') break;
      const kind = personKind(list, j);
      if (kind) {
        victim = kind;
        break;
      }
    }
    if (victim === 'none' && NEEDS_OBJECT.has(token.text)) return;
    const negated = negatedBefore(list, k, 2) || (next !== undefined && NEGATOR_SET.has(next));
    hits.push({ start: token.start, end: token.end, victim, negated });
  });
  compiledPassive ??= VIOLENCE_PASSIVE_PHRASES.map(compileIndexedPhrase);
  for (const pattern of compiledPassive) {
    for (const hit of findIndexedPhrase(pattern, normalized, index)) {
      const first = tokenAt(list, hit.index);
      let victim: PersonKind | 'none' = 'none';
      for (let j = first - 1; j >= 0 && j >= first - 4; j--) {
        const word = list[j]!.text;
        if (BREAK_SET.has(word)) break;
        const kind = personKind(list, j);
        if (kind) {
          victim = kind;
          break;
        }
      }
      // "blir slagen av sin pappa", "hit by her dad": beaten by a parent, so the victim is a child.
      const last = tokenAt(list, hit.end - 1);
      for (let j = last + 1; victim === 'none' && j < list.length && j <= last + 3; j++) {
        const word = list[j]!.text;
        if (word !== 'av' && word !== 'by') continue;
        for (let k = j + 1; k < list.length && k <= j + 2; k++) {
          if (personKind(list, k) === 'parent') victim = 'child';
        }
      }
      const negated = negatedBefore(list, first, 2) || /\b(inte|not|aldrig|never)\b/.test(hit.text);
      // A passive form can contain an active verb form ("blivit slagen"): keep one hit per place.
      if (!hits.some((h) => h.start < hit.end && hit.index < h.end)) {
        hits.push({ start: hit.index, end: hit.end, victim, negated });
      }
    }
  }
  return hits;
}

/**
 * Whether violence is against a child, given who writes: "slår mig" from a young person is; from a
 * parent it is violence the child witnesses. Unclear objects ("henne") count as a child: the check
 * errs on the side of showing help.
 */
export function isAgainstChild(
  victim: PersonKind | 'none',
  role: Role | null | undefined,
): boolean {
  switch (victim) {
    case 'child':
    case 'group':
    case 'ambiguous':
      return true;
    case 'self':
      return role !== 'parent' && role !== 'staff';
    case 'none':
      return role === 'young';
    case 'parent':
      return false;
  }
}

interface CompiledSafetyRule {
  readonly category: SafetyCategory;
  readonly patterns: readonly Phrase[];
  readonly negatable: boolean;
  readonly wins: boolean;
  readonly typos: readonly string[];
}

let compiledRules: CompiledSafetyRule[] | undefined;
let ruleTable: PhraseTable | undefined;

function rules(): CompiledSafetyRule[] {
  compiledRules ??= SAFETY_RULES.map((r) => ({
    category: r.category,
    patterns: r.phrases.map(compileIndexedPhrase),
    negatable: r.negatable ?? false,
    wins: r.wins ?? false,
    typos: (r.typos ?? []).map((t) => normalizeText(t)),
  }));
  return compiledRules;
}

/** The rules' phrases by first word: a message tries only the phrases its words can start. */
function rulePhrases(): PhraseTable {
  ruleTable ??= phraseTable(rules().map((r) => r.patterns));
  return ruleTable;
}

interface SafetyHit {
  readonly category: SafetyCategory;
  readonly start: number;
  readonly end: number;
  readonly wins: boolean;
}

/**
 * The safety check: finds acute danger, suicide or self-harm, violence or sexual abuse against a
 * child, threats to kill and honour-related threats in Swedish and English, forgiving common typos.
 * Deterministic and cheap; runs on every message before anything else.
 *
 * @param role who is writing, when known: "han slår mig" from a young person is abuse of a child
 *
 * @example
 * ```ts
 * detectSafetyConcern('jag vill inte leva längre')?.category; // "suicide_self_harm"
 * detectSafetyConcern('pappa dricker')?.category; // undefined
 * ```
 */
export function detectSafetyConcern(text: string, role?: Role | null): SafetyFinding | undefined {
  const normalized = normalizeText(text);
  if (normalized.length === 0) return undefined;
  const list = tokenize(normalized);
  const index = indexWords(normalized);
  const hits: SafetyHit[] = [];
  const candidates = candidatePhrases(rulePhrases(), index);
  for (const [r, rule] of rules().entries()) {
    for (const p of candidates[r] ?? []) {
      for (const hit of findPhrase(rule.patterns[p]!.re, normalized)) {
        if (rule.negatable && negatedBefore(list, tokenAt(list, hit.index), 3)) continue;
        hits.push({ category: rule.category, start: hit.index, end: hit.end, wins: rule.wins });
      }
    }
    if (rule.typos.length > 0) {
      list.forEach((token, i) => {
        if (!rule.typos.some((t) => isTypoOf(token.text, t))) return;
        if (rule.negatable && negatedBefore(list, i, 3)) return;
        hits.push({ category: rule.category, start: token.start, end: token.end, wins: rule.wins });
      });
    }
  }
  for (const v of findViolence(list, normalized, index)) {
    if (!v.negated && isAgainstChild(v.victim, role)) {
      hits.push({ category: 'child_abuse', start: v.start, end: v.end, wins: false });
    }
  }
  const kept = hits.filter(
    (h) =>
      !hits.some((w) => w.wins && w.category !== h.category && w.start < h.end && h.start < w.end),
  );
  if (kept.length === 0) return undefined;
  const found = new Set(kept.map((h) => h.category));
  const categories = SAFETY_PRIORITY.filter((c) => found.has(c));
  return { category: categories[0]!, categories };
}
