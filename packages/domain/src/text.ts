import { z } from 'zod';

/** The languages Lotsen's users read: Swedish first, English always. */
export const UI_LANGUAGES = ['sv', 'en'] as const;
/** A language Lotsen shows text in. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Text shown to a user, in Swedish and English. Both are required: no user gets an empty label. */
export const LocalizedTextSchema = z.object({
  sv: z.string().trim().min(1, 'Swedish text is required'),
  en: z.string().trim().min(1, 'English text is required'),
});
/** Text in Swedish and English. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A lowercase, hyphenated id (`rinkeby-kista`, `mini-maria`): stable, readable, safe in URLs. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lowercase id of letters, digits and hyphens');

/** A calendar date as `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

/** Picks the text for a language. */
export function localize(text: LocalizedText, language: UiLanguage): string {
  return text[language];
}
