import { findPersonalIdentityNumbers } from '@lotsen/domain';

/** How much personal data was removed from a text, by kind. Counts only: never the data. */
export interface ScrubCounts {
  readonly identityNumbers: number;
  readonly phoneNumbers: number;
  readonly emailAddresses: number;
}

/** A text with personal data replaced by placeholders. */
export interface ScrubbedText {
  readonly text: string;
  readonly removed: ScrubCounts;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/**
 * A phone number: starts with `+`, `00` or `0` (Swedish numbers always do), then 7–13 digits in all,
 * with spaces, hyphens or brackets between. Short service numbers (112, 1177, 90101, 116 111), years
 * and ages do not start with 0, so they stay.
 */
const PHONE = /(?<![\w+-])(?:\+|0)[\d][\d \-()]{4,18}\d(?![\w-])/g;

/** Placeholders that the understanding tables ignore. */
export const SCRUB_PLACEHOLDERS = {
  identityNumber: '[personnummer]',
  phoneNumber: '[telefon]',
  emailAddress: '[e-post]',
} as const;

/**
 * Removes Swedish personal identity and coordination numbers (only those with a valid check digit,
 * via `@lotsen/domain`), e-mail addresses and phone numbers from a text. Runs before anything else
 * reads a message, so none of them can reach the state, an event or a log.
 *
 * @example
 * ```ts
 * scrubPersonalData('Hon heter Sara, 20160315-1238, ring 070-123 45 67').removed;
 * // { identityNumbers: 1, phoneNumbers: 1, emailAddresses: 0 }
 * ```
 */
export function scrubPersonalData(input: string): ScrubbedText {
  let text = input;
  const ids = findPersonalIdentityNumbers(text);
  // Replace from the end so earlier offsets stay valid.
  for (const match of [...ids].reverse()) {
    text =
      text.slice(0, match.index) +
      SCRUB_PLACEHOLDERS.identityNumber +
      text.slice(match.index + match.length);
  }
  let emails = 0;
  text = text.replace(EMAIL, () => {
    emails++;
    return SCRUB_PLACEHOLDERS.emailAddress;
  });
  let phones = 0;
  text = text.replace(PHONE, (candidate) => {
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < 7 || digits > 13) return candidate;
    phones++;
    return SCRUB_PLACEHOLDERS.phoneNumber;
  });
  return {
    text,
    removed: { identityNumbers: ids.length, phoneNumbers: phones, emailAddresses: emails },
  };
}

/** True when anything was removed. */
export function scrubbedAnything(counts: ScrubCounts): boolean {
  return counts.identityNumbers + counts.phoneNumbers + counts.emailAddresses > 0;
}
