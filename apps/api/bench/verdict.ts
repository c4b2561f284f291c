// The HTTP benchmark's targets and how a row is judged against them, apart from the measuring so
// that the judging can be unit-tested without loading the machine.

/**
 * The targets of an API route (decided in issue 19 §7; the earlier 0.5 of the bare `GET` charged a
 * POST route for HTTP's method and for work the route cannot skip):
 * - `sameMethod`: at least 0.5 of a bare fastify route of the same method taking the same body;
 * - `ownWork`: at least 0.85 of the route's own work (validation, the work, writing the answer) on a
 *   bare fastify without the app's hooks, i.e. the app adds at most 15 %.
 */
export const TARGETS = { sameMethod: 0.5, ownWork: 0.85 } as const;

/** The ratios of one measured route, as the benchmark reports them (medians of paired slices). */
export interface RouteRatios {
  readonly name: string;
  /** Throughput over the bare route of the same method with the same body. */
  readonly ratioToSameMethod: number;
  /** Throughput over the route's own work on a bare fastify; absent where there is no such route. */
  readonly ratioToOwnWork?: number | undefined;
}

/** One target's outcome for a route. */
export interface TargetOutcome {
  readonly ratio: number;
  readonly target: number;
  readonly met: boolean;
}

/** A route judged against both targets; `ownWork` is `null` where it was not measured. */
export interface Verdict {
  readonly name: string;
  readonly sameMethod: TargetOutcome;
  readonly ownWork: TargetOutcome | null;
  /** Every measured target met. A route without an own-work row is judged on the first alone. */
  readonly met: boolean;
}

/** Judges one route: each ratio meets its target when it is at least the target. */
export function verdictOf(row: RouteRatios): Verdict {
  const judge = (ratio: number, target: number): TargetOutcome => ({
    ratio,
    target,
    // A ratio that is not a number (a failed measurement) never meets a target.
    met: ratio >= target,
  });
  const sameMethod = judge(row.ratioToSameMethod, TARGETS.sameMethod);
  const ownWork =
    row.ratioToOwnWork === undefined ? null : judge(row.ratioToOwnWork, TARGETS.ownWork);
  return { name: row.name, sameMethod, ownWork, met: sameMethod.met && (ownWork?.met ?? true) };
}

/** The printed verdict line of a route. */
export function verdictLine(v: Verdict): string {
  const said = (o: TargetOutcome) =>
    `${o.ratio.toFixed(2)} (target ≥ ${o.target}): ${o.met ? 'met' : 'NOT met'}`;
  const own =
    v.ownWork === null
      ? 'against its own work on a bare fastify: not measured (no such route in this benchmark)'
      : `against its own work on a bare fastify ${said(v.ownWork)}`;
  return `- ${v.name}: against the bare route of its method with the same body ${said(v.sameMethod)}; ${own}`;
}
