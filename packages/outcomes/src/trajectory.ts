import { addMonths, err, ok, roundHalfAwayFromZero, type Result } from '@lotsen/domain';
import { fixedChange, thresholdFor, cutoffFor, type ChangeResult } from './change.js';
import { configFrom, type OutcomesConfig, type OutcomesOptions } from './config.js';
import { OutcomesError, type OutcomesIssue } from './errors.js';
import { scoreKasam, type KasamScore } from './kasam.js';
import {
  scorePcoms,
  srsDropAlert,
  type PcomsOutcomeScore,
  type PcomsSessionScore,
} from './pcoms.js';
import { parseCaseRecord, type Administration, type CaseRecord, type Phase } from './schemas.js';
import { scoreScore15, type Score15Extra, type Score15Score } from './score15.js';
import type { ChangeCategory, Instrument, KasamForm, Rater } from './types.js';

/** Fields every point of a series carries. */
export interface PointBase {
  /** Index of the administration in the input, to link back to the stored record. */
  readonly index: number;
  readonly session: number;
  readonly date: string;
}

/** One scored ORS/CORS in a series. */
export interface OutcomePoint extends PointBase {
  readonly score: PcomsOutcomeScore;
}

/** One scored SRS/CSRS in a series. */
export interface SessionPoint extends PointBase {
  readonly score: PcomsSessionScore;
}

/** One scored KASAM in a series. */
export interface KasamPoint extends PointBase {
  readonly score: KasamScore;
}

/** One scored SCORE-15, with the phase it was placed in. */
export interface Score15Point extends PointBase {
  readonly phase: Phase;
  readonly score: Score15Score;
}

/** Identifies whose ratings a series holds. */
export interface SeriesKey {
  readonly rater: Rater;
  /** Set when several respondents share a rater role (two parents). */
  readonly respondentId: string | null;
}

/** ORS or CORS over time for one rater. */
export interface OutcomeSeries extends SeriesKey {
  readonly form: 'ORS' | 'CORS';
  /** Population and caretaker flag of the first administration; norms do not switch mid-series. */
  readonly population: 'adult' | 'adolescent' | 'child';
  readonly caretakerRated: boolean;
  readonly cutoff: number | null;
  /** Fixed reliable-change threshold, or `null` when none is configured (CORS by default). */
  readonly threshold: number | null;
  readonly points: readonly OutcomePoint[];
  /** Latest − first total, rounded to `changeDecimals`; `null` with fewer than two points. */
  readonly changeSinceFirst: number | null;
  /** First → latest classification; `null` with fewer than two points or no threshold. */
  readonly change: ChangeResult | null;
  readonly latestCategory: ChangeCategory | null;
}

/** SRS or CSRS over time for one rater. */
export interface SessionSeries extends SeriesKey {
  readonly form: 'SRS' | 'CSRS';
  readonly points: readonly SessionPoint[];
  /** Latest SRS below the alliance cutoff; `null` for CSRS or an empty series. */
  readonly latestAllianceFlag: boolean | null;
  /** Latest total ≤ previous − `srsDropPoints`. */
  readonly falling: boolean;
}

/** KASAM at the first and the second-to-last session (Lotsen practice), for one respondent. */
export interface KasamSummary extends SeriesKey {
  readonly form: KasamForm;
  readonly points: readonly KasamPoint[];
  readonly first: KasamPoint | null;
  /** The latest KASAM after the first one; by protocol given at the second-to-last session. */
  readonly secondToLast: KasamPoint | null;
  /** Session the second KASAM is due at: last session − 1 once closed, else planned sessions − 1. */
  readonly dueAtSession: number | null;
  /** Both KASAMs were given at the protocol sessions; `null` until that can be told. */
  readonly onProtocol: boolean | null;
  /** secondToLast − first total; `null` without both. */
  readonly difference: number | null;
  /** Classified change when a KASAM threshold is configured (none by default). */
  readonly change: ChangeResult | null;
}

/** SCORE-15 before, during and at closure for one family member (scored separately, never pooled). */
export interface Score15Summary extends SeriesKey {
  readonly points: readonly Score15Point[];
  readonly before: Score15Point | null;
  readonly during: readonly Score15Point[];
  readonly closure: Score15Point | null;
  readonly followUp: readonly Score15Point[];
  /** before → closure on the sum, improvement meaning a decrease. */
  readonly change: ChangeResult | null;
  /** before → latest administration, for cases still open. */
  readonly changeToLatest: ChangeResult | null;
  /** Supplementary answers of the latest administration, stored raw. */
  readonly latestExtra: Score15Extra | null;
}

/** MOS follow-up about `followUpMonths` after closure. */
export interface FollowUp {
  readonly closedOn: string;
  readonly dueOn: string;
  readonly done: boolean;
  readonly doneOn: string | null;
  /** Due and not done as of `asOf`; `null` when no `asOf` was given. */
  readonly overdue: boolean | null;
}

/** Codes of trajectory alerts. */
export type TrajectoryAlertCode =
  | 'NO_RELIABLE_IMPROVEMENT'
  | 'RELIABLE_DETERIORATION'
  | 'SRS_FALLING'
  | 'SRS_BELOW_CUTOFF'
  | 'FOLLOW_UP_DUE';

/** Something a practitioner should look at. */
export interface TrajectoryAlert {
  readonly code: TrajectoryAlertCode;
  readonly instrument: Instrument | null;
  readonly rater: Rater | null;
  readonly respondentId: string | null;
  readonly session: number | null;
  readonly message: string;
}

/** An administration that could not be scored, with why. */
export interface InvalidAdministration {
  readonly index: number;
  readonly instrument: Instrument;
  readonly error: OutcomesError;
}

/** An administration recorded but never scored (YCORS). */
export interface UnscoredAdministration extends PointBase {
  readonly instrument: 'YCORS';
  readonly rater: Rater;
}

/** Everything known about one case's outcome measurement. */
export interface Trajectory {
  readonly caseId: string;
  /** Lowest session number from 1 (session 0 is intake, before treatment). */
  readonly firstSession: number | null;
  /** `closedAtSession`, or the highest session number recorded. */
  readonly lastSession: number | null;
  readonly closed: boolean;
  readonly outcome: readonly OutcomeSeries[];
  readonly session: readonly SessionSeries[];
  readonly kasam: readonly KasamSummary[];
  readonly score15: readonly Score15Summary[];
  readonly unscored: readonly UnscoredAdministration[];
  readonly invalid: readonly InvalidAdministration[];
  readonly followUp: FollowUp | null;
  readonly alerts: readonly TrajectoryAlert[];
}

/** Call context that is not configuration. */
export interface TrajectoryContext {
  /** Today's date (`YYYY-MM-DD`) for the follow-up-due alert; the library never reads a clock. */
  readonly asOf?: string;
}

/**
 * Builds one case's trajectory from its administrations: scores each one (invalid ones are listed in
 * `invalid` with their error and left out), groups them into series per instrument and rater, and
 * derives change since first, the latest category, alerts, the KASAM pair, the SCORE-15 phases and
 * the follow-up date. Returns an error only when the case record itself is malformed.
 *
 * @example
 * const t = buildTrajectory({ caseId: 'c-1', administrations: [
 *   { instrument: 'ORS', session: 1, date: '2025-01-08', rater: 'young-person', age: 15, items: [3, 4, 5, 4] },
 *   { instrument: 'ORS', session: 4, date: '2025-02-05', rater: 'young-person', age: 15, items: [7, 7, 8, 7.5] },
 * ] });
 * // t.ok && t.value.outcome[0].latestCategory === 'recovered'
 */
export function buildTrajectory(
  input: unknown,
  options?: OutcomesOptions | OutcomesConfig,
  context: TrajectoryContext = {},
): Result<Trajectory, OutcomesError> {
  const configResult = configFrom(options);
  if (!configResult.ok) return configResult;
  const config = configResult.value;
  const parsed = parseCaseRecord(input);
  if (!parsed.ok) return parsed;
  if (context.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(context.asOf)) {
    return err(
      new OutcomesError('INVALID_INPUT', 'Invalid context: asOf must be YYYY-MM-DD', [
        { code: 'INVALID_INPUT', path: 'asOf', message: 'Expected YYYY-MM-DD' },
      ]),
    );
  }
  const record = parsed.value;
  const admins = record.administrations;

  let firstSession: number | null = null;
  let maxSession: number | null = null;
  for (const a of admins) {
    // Session 0 is intake (before treatment), so the first *session* is the lowest number from 1.
    if (a.session >= 1)
      firstSession = firstSession === null ? a.session : Math.min(firstSession, a.session);
    maxSession = maxSession === null ? a.session : Math.max(maxSession, a.session);
  }
  const lastSession = record.closedAtSession ?? maxSession;
  const closed = record.closedOn !== undefined || record.closedAtSession !== undefined;

  // Chronological order inside every series, whatever order the records arrived in.
  const order = admins
    .map((_, i) => i)
    .sort((i, j) => compareAdmins(admins[i]!, admins[j]!) || i - j);

  const outcome = new Map<
    string,
    { form: 'ORS' | 'CORS'; key: SeriesKey; points: OutcomePoint[] }
  >();
  const session = new Map<
    string,
    { form: 'SRS' | 'CSRS'; key: SeriesKey; points: SessionPoint[] }
  >();
  const kasam = new Map<string, { form: KasamForm; key: SeriesKey; points: KasamPoint[] }>();
  const score15 = new Map<
    string,
    { key: SeriesKey; points: { index: number; a: Administration; score: Score15Score }[] }
  >();
  const unscored: UnscoredAdministration[] = [];
  const invalid: InvalidAdministration[] = [];

  for (const index of order) {
    const a = admins[index]!;
    const key: SeriesKey = { rater: a.rater, respondentId: a.respondentId ?? null };
    const keyString = `${a.instrument}|${a.rater}|${a.respondentId ?? ''}`;
    const base = { index, session: a.session, date: a.date };
    const fail = (error: OutcomesError): void => {
      invalid.push({
        index,
        instrument: a.instrument,
        error: prefixError(error, `administrations.${index}.`),
      });
    };
    switch (a.instrument) {
      case 'YCORS':
        unscored.push({ ...base, instrument: 'YCORS', rater: a.rater });
        break;
      case 'ORS':
      case 'CORS':
      case 'SRS':
      case 'CSRS': {
        const r = scorePcoms(
          {
            form: a.instrument,
            items: a.items as (number | null)[],
            rater: a.rater,
            ...(a.unit !== undefined && { unit: a.unit }),
            ...(a.population !== undefined && { population: a.population }),
            ...(a.age !== undefined && { age: a.age }),
          },
          config,
        );
        if (!r.ok) fail(r.error);
        else if (r.value.kind === 'outcome') {
          const s = getSeries(outcome, keyString, () => ({
            form: r.value.form as 'ORS' | 'CORS',
            key,
            points: [],
          }));
          s.points.push({ ...base, score: r.value });
        } else {
          const s = getSeries(session, keyString, () => ({
            form: r.value.form as 'SRS' | 'CSRS',
            key,
            points: [],
          }));
          s.points.push({ ...base, score: r.value });
        }
        break;
      }
      case 'SOC-13':
      case 'SOC-29': {
        const form = a.instrument;
        const r = scoreKasam(
          { form, items: a.items as (number | null)[], ...(a.age !== undefined && { age: a.age }) },
          config,
        );
        if (!r.ok) fail(r.error);
        else
          getSeries(kasam, keyString, () => ({ form, key, points: [] })).points.push({
            ...base,
            score: r.value,
          });
        break;
      }
      case 'SCORE-15': {
        const r = scoreScore15(
          {
            items: a.items as (number | null)[],
            ...(a.age !== undefined && { age: a.age }),
            ...(a.describesUsVeryWell !== undefined && {
              describesUsVeryWell: a.describesUsVeryWell,
            }),
            ...(a.extra !== undefined && { extra: a.extra }),
          },
          config,
        );
        if (!r.ok) fail(r.error);
        else
          getSeries(score15, keyString, () => ({ key, points: [] })).points.push({
            index,
            a,
            score: r.value,
          });
        break;
      }
    }
  }

  const alerts: TrajectoryAlert[] = [];
  const outcomeSeries = [...outcome.values()].map((s) =>
    summariseOutcome(s.form, s.key, s.points, config, alerts),
  );
  const sessionSeries = [...session.values()].map((s) =>
    summariseSession(s.form, s.key, s.points, config, alerts),
  );
  const dueAtSession =
    closed && lastSession !== null
      ? lastSession - 1
      : record.plannedSessions !== undefined
        ? record.plannedSessions - 1
        : null;
  const kasamSummaries = [...kasam.values()].map((s) =>
    summariseKasam(s.form, s.key, s.points, firstSession, dueAtSession, config),
  );
  const phaseContext = { closed, closedOn: record.closedOn ?? null, lastSession };
  const score15Summaries = [...score15.values()].map((s) =>
    summariseScore15(s.key, s.points, phaseContext, config),
  );

  const followUp = followUpOf(record, admins, config, context.asOf);
  if (followUp?.overdue) {
    alerts.push({
      code: 'FOLLOW_UP_DUE',
      instrument: null,
      rater: null,
      respondentId: null,
      session: null,
      message: `Follow-up was due on ${followUp.dueOn} (${config.followUpMonths} months after closure) and is not recorded`,
    });
  }

  return ok({
    caseId: record.caseId,
    firstSession,
    lastSession,
    closed,
    outcome: outcomeSeries,
    session: sessionSeries,
    kasam: kasamSummaries,
    score15: score15Summaries,
    unscored,
    invalid,
    followUp,
    alerts,
  });
}

function compareAdmins(a: Administration, b: Administration): number {
  return a.session - b.session || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}

function getSeries<V>(map: Map<string, V>, key: string, create: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = create();
    map.set(key, v);
  }
  return v;
}

function prefixError(error: OutcomesError, prefix: string): OutcomesError {
  const issues: OutcomesIssue[] = error.issues.map((i) => ({
    ...i,
    path: i.path ? prefix + i.path : prefix.slice(0, -1),
  }));
  return new OutcomesError(error.code, error.message, issues, { cause: error });
}

function alertBase(instrument: Instrument, key: SeriesKey, session: number | null) {
  return { instrument, rater: key.rater, respondentId: key.respondentId, session };
}

function summariseOutcome(
  form: 'ORS' | 'CORS',
  key: SeriesKey,
  points: OutcomePoint[],
  config: OutcomesConfig,
  alerts: TrajectoryAlert[],
): OutcomeSeries {
  const first = points[0]!.score;
  const latestPoint = points[points.length - 1]!;
  const threshold = thresholdFor(form, first.population, config);
  const cutoff = cutoffFor(form, first.population, first.caretakerRated, config);
  const two = points.length >= 2;
  const changeSinceFirst = two
    ? roundHalfAwayFromZero(latestPoint.score.total - first.total, config.changeDecimals)
    : null;
  const change =
    two && threshold !== null
      ? fixedChange(first.total, latestPoint.score.total, threshold, cutoff, true, config)
      : null;
  const latestCategory = change?.category ?? null;
  if (
    change &&
    latestPoint.session >= config.noImprovementBySession &&
    latestCategory !== 'improved' &&
    latestCategory !== 'recovered'
  ) {
    alerts.push({
      code: 'NO_RELIABLE_IMPROVEMENT',
      ...alertBase(form, key, latestPoint.session),
      message: `${form} shows no reliable improvement by session ${latestPoint.session} (threshold ${threshold} points; alert from session ${config.noImprovementBySession})`,
    });
  }
  if (latestCategory === 'deteriorated') {
    alerts.push({
      code: 'RELIABLE_DETERIORATION',
      ...alertBase(form, key, latestPoint.session),
      message: `${form} has fallen by ${Math.abs(changeSinceFirst ?? 0)} points since the first session, a reliable deterioration`,
    });
  }
  return {
    form,
    ...key,
    population: first.population,
    caretakerRated: first.caretakerRated,
    cutoff,
    threshold,
    points,
    changeSinceFirst,
    change,
    latestCategory,
  };
}

function summariseSession(
  form: 'SRS' | 'CSRS',
  key: SeriesKey,
  points: SessionPoint[],
  config: OutcomesConfig,
  alerts: TrajectoryAlert[],
): SessionSeries {
  const latest = points[points.length - 1]!;
  const previous = points.length >= 2 ? points[points.length - 2]! : null;
  const drop = previous ? srsDropAlert(previous.score, latest.score, config) : null;
  const falling = drop?.ok === true && drop.value;
  const latestAllianceFlag = latest.score.allianceFlag;
  if (falling) {
    alerts.push({
      code: 'SRS_FALLING',
      ...alertBase(form, key, latest.session),
      message: `${form} fell from ${previous!.score.total} to ${latest.score.total} since the last session`,
    });
  }
  if (latestAllianceFlag === true) {
    alerts.push({
      code: 'SRS_BELOW_CUTOFF',
      ...alertBase(form, key, latest.session),
      message: `${form} ${latest.score.total} is below the alliance cutoff ${latest.score.cutoff}: talk about what to change`,
    });
  }
  return { form, ...key, points, latestAllianceFlag, falling };
}

function summariseKasam(
  form: KasamForm,
  key: SeriesKey,
  points: KasamPoint[],
  firstSession: number | null,
  dueAtSession: number | null,
  config: OutcomesConfig,
): KasamSummary {
  const first = points[0] ?? null;
  const secondToLast = points.length >= 2 ? points[points.length - 1]! : null;
  const onProtocol =
    first !== null && secondToLast !== null && dueAtSession !== null
      ? first.session === firstSession && secondToLast.session === dueAtSession
      : null;
  const difference = first && secondToLast ? secondToLast.score.total - first.score.total : null;
  const threshold = thresholdFor(form, null, config);
  const change =
    first && secondToLast && threshold !== null
      ? fixedChange(
          first.score.total,
          secondToLast.score.total,
          threshold,
          config.otherCutoffs[form],
          true,
          config,
        )
      : null;
  return {
    form,
    ...key,
    points,
    first,
    secondToLast,
    dueAtSession,
    onProtocol,
    difference,
    change,
  };
}

interface PhaseContext {
  readonly closed: boolean;
  readonly closedOn: string | null;
  readonly lastSession: number | null;
}

/**
 * The phase of a SCORE-15 when the record does not say: after the closure date is follow-up; at the
 * last session of a closed case is closure; the first one at session 0 or 1 is before; the rest during.
 */
function derivePhase(a: Administration, isFirst: boolean, ctx: PhaseContext): Phase {
  if (a.phase !== undefined) return a.phase;
  if (ctx.closedOn !== null && a.date > ctx.closedOn) return 'follow-up';
  if (
    ctx.closed &&
    (a.session === ctx.lastSession || (ctx.closedOn !== null && a.date === ctx.closedOn))
  )
    return 'closure';
  if (isFirst && a.session <= 1) return 'before';
  return 'during';
}

function summariseScore15(
  key: SeriesKey,
  raw: { index: number; a: Administration; score: Score15Score }[],
  ctx: PhaseContext,
  config: OutcomesConfig,
): Score15Summary {
  const points: Score15Point[] = raw.map((p, i) => ({
    index: p.index,
    session: p.a.session,
    date: p.a.date,
    phase: derivePhase(p.a, i === 0, ctx),
    score: p.score,
  }));
  const before = points.find((p) => p.phase === 'before') ?? null;
  const closure = points.findLast((p) => p.phase === 'closure') ?? null;
  // Extra "before"/"closure" forms beyond the chosen pair still count as measurements during.
  const during = points.filter(
    (p) =>
      p.phase === 'during' ||
      ((p.phase === 'before' || p.phase === 'closure') && p !== before && p !== closure),
  );
  const followUp = points.filter((p) => p.phase === 'follow-up');
  const threshold = config.reliableChange['SCORE-15'];
  const cutoff = config.otherCutoffs['SCORE-15'];
  const classify = (to: Score15Point | null | undefined): ChangeResult | null =>
    before && to && to !== before && threshold !== null
      ? fixedChange(before.score.total.sum, to.score.total.sum, threshold, cutoff, false, config)
      : null;
  const latest = points.filter((p) => p.phase !== 'follow-up').at(-1);
  return {
    ...key,
    points,
    before,
    during,
    closure,
    followUp,
    change: classify(closure),
    changeToLatest: classify(latest),
    latestExtra: points.at(-1)?.score.extra ?? null,
  };
}

function followUpOf(
  record: CaseRecord,
  admins: readonly Administration[],
  config: OutcomesConfig,
  asOf: string | undefined,
): FollowUp | null {
  if (record.closedOn === undefined) return null;
  const closedOn = record.closedOn;
  const dueOn = addMonths(closedOn, config.followUpMonths);
  let doneOn: string | null = record.followUpOn ?? null;
  if (doneOn === null) {
    for (const a of admins) {
      if (
        (a.phase === 'follow-up' || (a.phase === undefined && a.date > closedOn)) &&
        (doneOn === null || a.date < doneOn)
      ) {
        doneOn = a.date;
      }
    }
  }
  const done = doneOn !== null;
  return {
    closedOn,
    dueOn,
    done,
    doneOn,
    overdue: asOf === undefined ? null : !done && asOf >= dueOn,
  };
}
