/**
 * The one rule for "clinical" at a cutoff, used by every path that decides it: scoring a PCOMS form,
 * classifying a bare total, fixed-threshold change and Jacobson & Truax change.
 *
 * Spec §1.3 [convention] (pcoms-05, pcoms-29): for a higher-is-better scale a total is clinical
 * exactly when it is below the cutoff, so a total at the cutoff is not clinical; for a lower-is-better
 * scale (SCORE-15 as problem load) the rule is mirrored. `atCutoffIsClinical` (the sources that say
 * "at or below") includes the cutoff itself, on every path alike.
 */
export function isClinical(
  score: number,
  cutoff: number,
  higherIsBetter: boolean,
  atCutoffIsClinical: boolean,
): boolean {
  if (score === cutoff) return atCutoffIsClinical;
  return higherIsBetter ? score < cutoff : score > cutoff;
}
