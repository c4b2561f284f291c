import type { AgeBand, AgeInference, Service, ServiceKind } from '@lotsen/domain';

/**
 * The one rule for inferring an age band where the report gives none: a word in the service's
 * Swedish name, else its kind. First match wins, so a name that says "tonår" overrides a kind.
 * The bands follow the city's own usage in the reports: "unga 13–20 år" for youth teams, groups for
 * young people 13–18, "tonåring" for 13–19, "vuxna" for 18 and up.
 */
const NAME_RULES: readonly {
  readonly pattern: RegExp;
  readonly word: string;
  readonly band: AgeBand;
}[] = [
  // "Stöd för vuxna anhöriga", "vuxna barn": adults who grew up with a parent's problem.
  { pattern: /\bvuxna\b/iu, word: 'vuxna', band: { min: 18, max: 120 } },
  // "Tonårsgrupp", "ABC tonår", "Älskade förbannade tonåring" (for a parent: the child's age).
  { pattern: /tonår/iu, word: 'tonår', band: { min: 13, max: 19 } },
  // "Ungdomsgrupp", "Ungdomsteamet", "Komet ungdom", "ungdomsstödjare".
  { pattern: /ungdom/iu, word: 'ungdom', band: { min: 13, max: 20 } },
];

// A children's group gets no band from its kind: some take teenagers too (Vågen is for "barn och
// tonåringar"), so an inferred upper limit would shut a young person out. It ranks below a teen
// group for a teenager anyway, as an unknown fit below an inferred one.
const KIND_RULES: Partial<Record<ServiceKind, AgeBand>> = {
  teen_group: { min: 13, max: 19 },
};

/**
 * The age band a service's name or kind implies, marked as an inference with what it follows from;
 * `undefined` when the report states a band (that one holds) or nothing implies one. The catalogue's
 * data records the result in `agesInferred`, and `src/data.test.ts` checks every entry against this.
 *
 * @example
 * ```ts
 * inferAges(service); // { band: { min: 13, max: 19 }, from: 'name', evidence: 'tonår' }
 * ```
 */
export function inferAges(
  service: Pick<Service, 'ages' | 'kind' | 'name'>,
): AgeInference | undefined {
  if (service.ages !== 'unknown') return undefined;
  for (const rule of NAME_RULES) {
    if (rule.pattern.test(service.name.sv)) {
      return { band: { ...rule.band }, from: 'name', evidence: rule.word };
    }
  }
  const band = KIND_RULES[service.kind];
  return band ? { band: { ...band }, from: 'kind', evidence: service.kind } : undefined;
}

/**
 * The band a child's age must be in to take part: the stated one, else the one inferred from the
 * name or kind; `undefined` when nothing is known (then any age passes, with a reason saying so).
 */
export function eligibleAgeBand(
  service: Pick<Service, 'ages' | 'agesInferred'>,
): AgeBand | undefined {
  return service.ages !== 'unknown' ? service.ages : service.agesInferred?.band;
}
