import type { LocalizedText } from '@lotsen/domain';

/**
 * Words of the reports' and the social services' own trade that a worried parent or a teenager
 * should not meet (issue 14): legal references, the reports' categories (bistånd, serviceinsats,
 * öppenvård, målgrupp), talk about "the report" or "the source", and the labels a card once used
 * ("Väg in", "Anges inte"). The one list: `plainSummary` texts are checked against it
 * (`src/plain-language.test.ts`), and so are the chat's parent and youth cards. Each entry is matched
 * case-insensitively; a Swedish stem matches inside compounds ("biståndsbedömd").
 */
export const FAMILY_JARGON: Readonly<Record<'sv' | 'en', readonly RegExp[]>> = {
  sv: [
    /\bSoL\b/,
    /\bLVU\b/,
    /\bkap\./i,
    /§/,
    /bistånd/i,
    /serviceinsats/i,
    /\binsats(en|er|erna)?\b/i,
    /direktintag/i,
    /skriftligt uppdrag/i,
    /öppenvård/i,
    /målgrupp/i,
    /\brapporten\b/i,
    // "The source" (not the organisation Källan): "i källan", "källan anger", "enligt källan".
    /\b(i|enligt) källan\b|\bkällan (anger|säger|beskriver|nämner)\b/i,
    /\bBBIC\b/,
    /manualbaserad/i,
    /evidensbaserad/i,
    /handläggare/i,
    /vårdnadshavare/i,
    /behandlingskedja/i,
    /\bväg in\b/i,
    /\banges inte\b/i,
    /kontaktuppgifter finns inte/i,
    /ingen planerad grupp registrerad/i,
  ],
  en: [
    /\bSoL\b/,
    /Social Services Act/i,
    /\bchapter \d/i,
    /§/,
    /\baid\b/i,
    /direct intake/i,
    /written assignment/i,
    /open care/i,
    /target group/i,
    /\bthe report\b/i,
    /\bthe source\b/i,
    /\bguardians?\b/i,
    /\bway in\b/i,
    /\bnot given\b/i,
    /no contact details/i,
    /no planned group registered/i,
  ],
};

/** The jargon in a text, as the entries of {@link FAMILY_JARGON} that match it; empty when plain. */
export function findJargon(text: string, language: 'sv' | 'en'): string[] {
  return FAMILY_JARGON[language].filter((word) => word.test(text)).map((word) => word.source);
}

/**
 * What a parent or young person is told a service is: its `plainSummary`, written for them, else its
 * description where that is already in plain words. Staff views keep the description and its sources.
 */
export function familySummary(
  service: {
    readonly description: LocalizedText;
    readonly plainSummary?: LocalizedText | undefined;
  },
  language: 'sv' | 'en',
): string {
  return service.plainSummary?.[language] ?? service.description[language];
}
