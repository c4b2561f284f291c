import { IsoDateSchema, PlainTextSchema } from './text.js';

/**
 * When someone last confirmed a catalogue entry with the provider, and who: exported as HSDS
 * `assured_date` and `assurer_email`. Entries from the reports have neither until someone checks.
 */
export const VerificationFields = {
  /** The day the entry was last confirmed (`YYYY-MM-DD`). */
  verifiedOn: IsoDateSchema.optional(),
  /** Who confirmed it: an e-mail address (exported as HSDS `assurer_email`) or a staff id. */
  verifiedBy: PlainTextSchema.trim().min(1).max(254).optional(),
};

/** How long a verification holds before the entry is listed for the coordination team: 12 months. */
export const VERIFICATION_VALID_MONTHS = 12;

/** How fresh an entry is: verified within 12 months, verified longer ago, or never verified. */
export type Freshness = 'verified' | 'stale' | 'unverified';

/**
 * How fresh an entry is on a day: `unverified` without a `verifiedOn`, `stale` when it is more than
 * {@link VERIFICATION_VALID_MONTHS} months before `today` (`YYYY-MM-DD`), else `verified`.
 */
export function freshnessOf(
  entry: { readonly verifiedOn?: string | undefined },
  today: string,
): Freshness {
  if (entry.verifiedOn === undefined) return 'unverified';
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const limit = new Date(Date.UTC(y, m - 1 - VERIFICATION_VALID_MONTHS, d))
    .toISOString()
    .slice(0, 10);
  return entry.verifiedOn < limit ? 'stale' : 'verified';
}

/** Labels of {@link Freshness} for staff views. */
export const FRESHNESS_LABELS = {
  verified: { sv: 'Bekräftad senaste året', en: 'Confirmed within the last year' },
  stale: { sv: 'Inte bekräftad på över ett år', en: 'Not confirmed for over a year' },
  unverified: {
    sv: 'Aldrig bekräftad: uppgiften kommer från en kartläggning',
    en: 'Never confirmed: the entry comes from a survey',
  },
} as const satisfies Record<Freshness, { sv: string; en: string }>;

/**
 * The year of the survey an entry is known from, when nobody has confirmed it since: `undefined`
 * once it has a `verifiedOn`. The latest year its sources describe, or `null` when they give none.
 * Parent views label such offers ("Uppgiften kommer från en kartläggning 2018 och har inte
 * bekräftats").
 */
export function unconfirmedSurveyYear(entry: {
  readonly verifiedOn?: string | undefined;
  readonly sources: readonly { readonly year?: number | undefined }[];
}): number | null | undefined {
  if (entry.verifiedOn !== undefined) return undefined;
  const years = entry.sources.flatMap((s) => (s.year === undefined ? [] : [s.year]));
  return years.length === 0 ? null : Math.max(...years);
}
