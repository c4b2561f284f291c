import { z } from 'zod';
import type { AccessRoute } from './service.js';

/**
 * Who consented to a referral:
 * - `guardians`: the child's guardians (both, where there are two).
 * - `one_guardian`: one guardian; allowed for some support when the other refuses (FB 6 kap. 13 a §),
 *   which social services decides.
 * - `young_person`: a young person aged 15 or over, alone (SoL 3 kap. 6 a §).
 * - `parent_self_referral`: a parent contacting a direct-intake service for the family.
 */
export const ConsentGivenBySchema = z.enum([
  'guardians',
  'one_guardian',
  'young_person',
  'parent_self_referral',
]);
/** Who consented. */
export type ConsentGivenBy = z.infer<typeof ConsentGivenBySchema>;

/** A recorded consent to a referral. */
export const ConsentSchema = z.object({
  givenBy: ConsentGivenBySchema,
  recordedOn: z.iso.date(),
  /** What the family agreed to: the referral only, or also sharing information with the provider. */
  scope: z.enum(['referral', 'referral_and_information_sharing']),
  withdrawnOn: z.iso.date().optional(),
});
/** A recorded consent. */
export type Consent = z.infer<typeof ConsentSchema>;

/** The age from which a young person may consent to support alone (SoL 3 kap. 6 a §). */
export const AGE_OF_INDEPENDENT_CONSENT = 15;

/** Why a consent does or does not cover a referral. */
export type ConsentCheck =
  | {
      readonly ok: true;
      readonly reason: 'guardians' | 'young_person_15' | 'self_referral' | 'one_guardian';
    }
  | {
      readonly ok: false;
      readonly reason: 'withdrawn' | 'young_person_under_15' | 'self_referral_needs_direct_intake';
    };

/**
 * Checks whether a consent covers a referral of a child of `age` to a service reached by `route`.
 * Guardians' consent always does; a young person 15+ may consent alone; a parent may self-refer only
 * to a service with direct intake or self-referral.
 */
export function checkConsent(
  consent: Consent,
  age: number,
  routes: readonly AccessRoute[],
): ConsentCheck {
  if (consent.withdrawnOn) return { ok: false, reason: 'withdrawn' };
  switch (consent.givenBy) {
    case 'guardians':
      return { ok: true, reason: 'guardians' };
    case 'one_guardian':
      return { ok: true, reason: 'one_guardian' };
    case 'young_person':
      return age >= AGE_OF_INDEPENDENT_CONSENT
        ? { ok: true, reason: 'young_person_15' }
        : { ok: false, reason: 'young_person_under_15' };
    case 'parent_self_referral':
      return routes.includes('direct_intake') || routes.includes('self_referral')
        ? { ok: true, reason: 'self_referral' }
        : { ok: false, reason: 'self_referral_needs_direct_intake' };
  }
}
