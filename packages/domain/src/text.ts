import { z } from 'zod';

/*
 * A lone surrogate, read code point by code point (the `u` flag): a surrogate pair is one code
 * point outside the class, a surrogate on its own is inside it.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** What is wrong with text that {@link isStorableText} refuses. */
export const UNSTORABLE_TEXT_MESSAGE =
  'Text may not contain a NUL character or a lone UTF-16 surrogate';

/**
 * Whether text can be stored and sent on as it is: PostgreSQL's `text` and `jsonb` cannot hold a NUL
 * character (22P05), and a lone UTF-16 surrogate (`\ud800`) has no UTF-8 encoding (22P02). Every other
 * string, whatever its script or emoji, is storable.
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/**
 * Text Lotsen takes in: any string but one with a NUL character or a lone surrogate, which no
 * database or client downstream can hold (see {@link isStorableText}). The base of every text field
 * of every schema; narrow it as usual (`TextSchema.trim().min(1)`, `TextSchema.regex(...)`).
 */
export const TextSchema = z.string().refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/**
 * A web address, as the WHATWG URL parser reads it, on `https:` or `http:` only, that is storable
 * text too: the URL parser alone lets a NUL or a lone surrogate through, and editors now write these
 * addresses, which pages, cards and the HSDS feed put in links (`javascript:` or `data:` there would
 * run in a reader's browser).
 */
export const WebAddressSchema = z
  .url({ protocol: /^https?$/, error: 'Expected a web address starting with https:// or http://' })
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/**
 * An ISO 639 language code as Lotsen writes it: two lower-case letters (639-1, `sv`, `ar`) or three
 * where a language has no two-letter code (639-3, `ckb`). The one pattern for every language field:
 * a family's, a service's, a leader's, a group's.
 */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;

/** What is wrong with a language that {@link LanguageCodeSchema} refuses. */
export const LANGUAGE_CODE_MESSAGE = 'Expected an ISO 639 language code';

/** A language code ({@link LANGUAGE_CODE_PATTERN}); narrow or extend it as usual (`.optional()`). */
export const LanguageCodeSchema = TextSchema.regex(LANGUAGE_CODE_PATTERN, LANGUAGE_CODE_MESSAGE);

/** The languages Lotsen's users read: Swedish first, English always. */
export const UI_LANGUAGES = ['sv', 'en'] as const;
/** A language Lotsen shows text in. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Text shown to a user, in Swedish and English. Both are required: no user gets an empty label. */
export const LocalizedTextSchema = z.object({
  sv: TextSchema.trim().min(1, 'Swedish text is required'),
  en: TextSchema.trim().min(1, 'English text is required'),
});
/** Text in Swedish and English. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A lowercase, hyphenated id (`rinkeby-kista`, `mini-maria`): stable, readable, safe in URLs. */
export const SlugSchema = TextSchema.regex(
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'Expected a lowercase id of letters, digits and hyphens',
);

/** A calendar date as `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

/** Picks the text for a language. */
export function localize(text: LocalizedText, language: UiLanguage): string {
  return text[language];
}

/** What is wrong with text that {@link PlainTextSchema} refuses as markup. */
export const MARKUP_MESSAGE = 'Plain text only: no HTML tags, comments or script';

/*
 * Markup is a `<` that opens a tag, a comment or a processing instruction (`<b`, `</`, `<!`, `<?`),
 * or a `javascript:` address. A lone `<` in prose ("barn < 12 år") is text and stays allowed.
 */
const MARKUP = /<[a-zA-Z!/?]|javascript:/i;

/** Whether text holds markup that {@link PlainTextSchema} refuses. */
export function containsMarkup(value: string): boolean {
  return MARKUP.test(value);
}

/** The longest text field of a catalogue entry (the longest written so far is about 600 characters). */
export const PLAIN_TEXT_MAX = 2000;

/**
 * Text an editor writes into the catalogue: storable, plain (no HTML or script, since it is shown on
 * pages, cards and feeds that are not ours), and at most {@link PLAIN_TEXT_MAX} characters.
 */
export const PlainTextSchema = TextSchema.max(PLAIN_TEXT_MAX).refine(
  (v) => !containsMarkup(v),
  MARKUP_MESSAGE,
);

/** Plain text in Swedish and English, both required (see {@link PlainTextSchema}). */
export const PlainLocalizedTextSchema = z.object({
  sv: PlainTextSchema.trim().min(1, 'Swedish text is required'),
  en: PlainTextSchema.trim().min(1, 'English text is required'),
});
