import { err, ok, type Result } from '@lotsen/domain';
import {
  CHANGE_RANGES,
  cutoffFor,
  fixedCategory,
  higherIsBetterFor,
  rciCategory,
  thresholdFor,
  rciParameterIssues,
} from './change.js';
import { configFrom, type OutcomesConfig, type OutcomesOptions } from './config.js';
import { errorFromIssues, type OutcomesError, type OutcomesIssue } from './errors.js';
import type { OutcomeObservation } from './schemas.js';
import {
  RATERS,
  type ChangeCategory,
  type ChangeInstrument,
  type Population,
  type Rater,
  isArray,
} from './types.js';

/** The groupings a report can be cut by. */
export const AGGREGATE_DIMENSIONS = ['cohort', 'service', 'provider', 'district'] as const;
/** A grouping a report can be cut by. */
export type AggregateDimension = (typeof AGGREGATE_DIMENSIONS)[number];

/** What to aggregate: `pcoms` is ORS and CORS together (both 0–40, higher better). */
export const AGGREGATE_MEASURES = ['pcoms', 'SCORE-15', 'SOC-13', 'SOC-29'] as const;
/** What to aggregate. */
export type AggregateMeasure = (typeof AGGREGATE_MEASURES)[number];

/** What to report; configuration (thresholds, cell size) comes from the options. */
export interface AggregateRequest {
  /** Default `pcoms`. */
  readonly measure?: AggregateMeasure;
  /** Default all four. */
  readonly dimensions?: readonly AggregateDimension[];
  /** Classify with Jacobson & Truax instead of the fixed thresholds. */
  readonly rci?: { readonly sd: number; readonly reliability: number };
}

/** A count and its share of the completed series; either is `null` when suppressed or unavailable. */
export interface CountShare {
  readonly count: number | null;
  readonly share: number | null;
}

/** One group in a report. Counts below the cell size are `null`, never shown. */
export interface AggregateCell {
  readonly dimension: AggregateDimension;
  readonly key: string;
  /** The whole group is hidden because it has fewer than `minCellSize` cases. */
  readonly suppressed: boolean;
  /** Cases with at least one administration (one series per case). */
  readonly n: number | null;
  /** Cases with a first and a later administration: pre and post. */
  readonly completedBoth: number | null;
  readonly shareCompletedBoth: number | null;
  /** Mean of last − first over completed cases, in the measure's points. */
  readonly meanChange: number | null;
  /** `false` when some completed case has no threshold configured (CORS by default), or none completed. */
  readonly categoriesAvailable: boolean;
  readonly recovered: CountShare;
  /** Reliably improved but not recovered. */
  readonly improved: CountShare;
  readonly unchanged: CountShare;
  readonly deteriorated: CountShare;
  /** recovered + improved. */
  readonly reliablyImproved: CountShare;
}

/** Facts about the input, for checking a run; not meant for publication. */
export interface AggregateDiagnostics {
  readonly observations: number;
  readonly used: number;
  /** Observations of other instruments than the measure. */
  readonly otherInstrument: number;
  readonly cases: number;
  /** Cases whose only raters are missing from `raterPriority`. */
  readonly casesWithoutRater: number;
  /** Series with no category because no threshold is configured for their instrument/population. */
  readonly uncategorised: number;
}

/** A suppressed group report. */
export interface AggregateReport {
  readonly measure: AggregateMeasure;
  readonly method: 'fixed' | 'rci';
  readonly minCellSize: number;
  readonly groups: { readonly [D in AggregateDimension]?: readonly AggregateCell[] };
  readonly diagnostics: AggregateDiagnostics;
}

const CATEGORY_INDEX: { readonly [C in ChangeCategory]: number } = {
  recovered: 0,
  improved: 1,
  unchanged: 2,
  deteriorated: 3,
};
const NO_CATEGORY = -1;

interface SeriesAcc {
  readonly instrument: ChangeInstrument;
  readonly rater: Rater;
  readonly respondentId: string | undefined;
  population: Population | undefined;
  caretakerRated: boolean;
  count: number;
  firstSession: number;
  firstScore: number;
  lastSession: number;
  lastScore: number;
  cohortId: string | undefined;
  serviceId: string | undefined;
  providerId: string | undefined;
  districtId: string | undefined;
}

interface CellAcc {
  n: number;
  completed: number;
  sumChange: number;
  categorised: number;
  cats: [number, number, number, number];
}

/**
 * Aggregates scored administrations per group cohort, service, provider and district: n, share with
 * both a first and a later measure, mean change, and the shares recovered / improved / unchanged /
 * deteriorated, with small-cell suppression (default: hide any count from 1 to 4).
 *
 * Each case counts once per report: the series of the first rater in `raterPriority` (the child's own
 * voice first), and of that rater the series with the most administrations. A case's groups are taken
 * from its earliest administration. Observations are trusted typed data here (use
 * {@link parseObservations} on untrusted input); only cheap checks run, so a million take well under a second.
 *
 * Suppression, with k = `minCellSize`:
 * 1. a group with fewer than k cases shows nothing but its key;
 * 2. any count from 1 to k − 1 is hidden, and so is every share or mean built on a hidden count;
 * 3. while the hidden categories add up to 1 to k − 1 (as one hidden category always does), the
 *    smallest shown non-zero category is hidden too, so that neither a hidden count nor a small sum
 *    of them can be got by subtracting from the completed total; recovered + improved is hidden when
 *    it would reveal a hidden part;
 * 4. if 1 to k − 1 cases did not complete both measures, `n` and the completion share are hidden,
 *    so the difference cannot be read off.
 * Cross-tabulating the same data by another dimension can still allow differencing; publish one cut
 * per audience or check combined tables by hand.
 */
export function aggregateOutcomes(
  observations: readonly OutcomeObservation[],
  request: AggregateRequest = {},
  options?: OutcomesOptions | OutcomesConfig,
): Result<AggregateReport, OutcomesError> {
  const configResult = configFrom(options);
  if (!configResult.ok) return configResult;
  const config = configResult.value;
  const measure = request.measure ?? 'pcoms';
  const dimensions = request.dimensions ?? AGGREGATE_DIMENSIONS;
  const requestIssues = checkRequest(measure, dimensions, request.rci);
  if (requestIssues.length > 0) return err(errorFromIssues('aggregate request', requestIssues));
  if (!isArray(observations)) {
    return err(
      errorFromIssues('observations', [
        { code: 'INVALID_INPUT', path: '', message: 'Expected an array' },
      ]),
    );
  }

  const cases = new Map<string, SeriesAcc | SeriesAcc[]>();
  const issues: OutcomesIssue[] = [];
  let used = 0;
  let otherInstrument = 0;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    const instrument: ChangeInstrument = o?.instrument;
    if (!Object.hasOwn(CHANGE_RANGES, instrument)) {
      if (issues.length < 20)
        issues.push({
          code: 'UNKNOWN_FORM',
          path: `${i}.instrument`,
          message: 'Unknown instrument',
        });
      continue;
    }
    const wanted =
      measure === 'pcoms' ? instrument === 'ORS' || instrument === 'CORS' : instrument === measure;
    if (!wanted) {
      otherInstrument++;
      continue;
    }
    const score = o.score;
    const range = CHANGE_RANGES[instrument];
    if (typeof score !== 'number' || !(score >= range[0] && score <= range[1])) {
      if (issues.length < 20)
        issues.push({
          code: 'OUT_OF_RANGE',
          path: `${i}.score`,
          message: `Expected ${range[0]} to ${range[1]}`,
        });
      continue;
    }
    if (
      typeof o.caseId !== 'string' ||
      typeof o.session !== 'number' ||
      !(RATERS as readonly string[]).includes(o.rater)
    ) {
      if (issues.length < 20)
        issues.push({
          code: 'INVALID_INPUT',
          path: `${i}`,
          message: 'Expected caseId, session and rater',
        });
      continue;
    }
    used++;
    addObservation(cases, o, instrument);
  }
  if (issues.length > 0) return err(errorFromIssues('observations', issues));

  const method = request.rci ? 'rci' : 'fixed';
  const sDiff = request.rci
    ? Math.SQRT2 * request.rci.sd * Math.sqrt(1 - request.rci.reliability)
    : 0;
  const cells = new Map<AggregateDimension, Map<string, CellAcc>>();
  for (const d of dimensions) cells.set(d, new Map());
  const cohortCells = cells.get('cohort');
  const serviceCells = cells.get('service');
  const providerCells = cells.get('provider');
  const districtCells = cells.get('district');

  let casesWithoutRater = 0;
  let uncategorised = 0;
  for (const entry of cases.values()) {
    const s = chooseSeries(entry, config.raterPriority);
    if (s === undefined) {
      casesWithoutRater++;
      continue;
    }
    const completed = s.count >= 2 && s.lastSession > s.firstSession;
    let change = 0;
    let category = NO_CATEGORY;
    if (completed) {
      change = s.lastScore - s.firstScore;
      const higherIsBetter = higherIsBetterFor(s.instrument);
      const cutoff = cutoffFor(s.instrument, s.population ?? null, s.caretakerRated, config);
      if (method === 'rci') {
        category =
          CATEGORY_INDEX[
            rciCategory(s.firstScore, s.lastScore, sDiff, cutoff, higherIsBetter, config)
          ];
      } else {
        const threshold = thresholdFor(s.instrument, s.population ?? null, config);
        if (threshold === null) uncategorised++;
        else
          category =
            CATEGORY_INDEX[
              fixedCategory(s.firstScore, s.lastScore, threshold, cutoff, higherIsBetter, config)
            ];
      }
    }
    if (cohortCells && s.cohortId !== undefined)
      addToCell(cohortCells, s.cohortId, completed, change, category);
    if (serviceCells && s.serviceId !== undefined)
      addToCell(serviceCells, s.serviceId, completed, change, category);
    if (providerCells && s.providerId !== undefined)
      addToCell(providerCells, s.providerId, completed, change, category);
    if (districtCells && s.districtId !== undefined)
      addToCell(districtCells, s.districtId, completed, change, category);
  }

  const groups: { [D in AggregateDimension]?: AggregateCell[] } = {};
  for (const [dimension, map] of cells) {
    const list: AggregateCell[] = [];
    for (const [key, acc] of map) list.push(suppressCell(dimension, key, acc, config.minCellSize));
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    groups[dimension] = list;
  }
  return ok({
    measure,
    method,
    minCellSize: config.minCellSize,
    groups,
    diagnostics: {
      observations: observations.length,
      used,
      otherInstrument,
      cases: cases.size,
      casesWithoutRater,
      uncategorised,
    },
  });
}

function checkRequest(
  measure: unknown,
  dimensions: unknown,
  rci: AggregateRequest['rci'],
): OutcomesIssue[] {
  const issues: OutcomesIssue[] = [];
  if (!(AGGREGATE_MEASURES as readonly unknown[]).includes(measure)) {
    issues.push({
      code: 'UNKNOWN_FORM',
      path: 'measure',
      message: `Expected one of ${AGGREGATE_MEASURES.join(', ')}`,
    });
  }
  if (
    !Array.isArray(dimensions) ||
    dimensions.length === 0 ||
    !dimensions.every((d) => (AGGREGATE_DIMENSIONS as readonly unknown[]).includes(d))
  ) {
    issues.push({
      code: 'INVALID_INPUT',
      path: 'dimensions',
      message: `Expected some of ${AGGREGATE_DIMENSIONS.join(', ')}`,
    });
  }
  if (rci !== undefined) issues.push(...rciParameterIssues(rci.sd, rci.reliability, 'rci.'));
  return issues;
}

// Most cases have one series: store it bare and only build an array for the second one.
function addObservation(
  cases: Map<string, SeriesAcc | SeriesAcc[]>,
  o: OutcomeObservation,
  instrument: ChangeInstrument,
): void {
  const entry = cases.get(o.caseId);
  let s: SeriesAcc | undefined;
  if (entry === undefined) {
    cases.set(o.caseId, newSeries(o, instrument));
    return;
  }
  if (Array.isArray(entry)) {
    for (let j = 0; j < entry.length; j++) {
      const e = entry[j]!;
      if (e.instrument === instrument && e.rater === o.rater && e.respondentId === o.respondentId) {
        s = e;
        break;
      }
    }
    if (s === undefined) {
      entry.push(newSeries(o, instrument));
      return;
    }
  } else if (
    entry.instrument === instrument &&
    entry.rater === o.rater &&
    entry.respondentId === o.respondentId
  ) {
    s = entry;
  } else {
    cases.set(o.caseId, [entry, newSeries(o, instrument)]);
    return;
  }
  s.count++;
  if (o.session < s.firstSession) {
    s.firstSession = o.session;
    s.firstScore = o.score;
    // Groups and norms come from the earliest administration.
    s.population = o.population;
    s.caretakerRated = o.caretakerRated === true;
    s.cohortId = o.cohortId;
    s.serviceId = o.serviceId;
    s.providerId = o.providerId;
    s.districtId = o.districtId;
  }
  if (o.session >= s.lastSession) {
    s.lastSession = o.session;
    s.lastScore = o.score;
  }
}

function newSeries(o: OutcomeObservation, instrument: ChangeInstrument): SeriesAcc {
  return {
    instrument,
    rater: o.rater,
    respondentId: o.respondentId,
    population: o.population,
    caretakerRated: o.caretakerRated === true,
    count: 1,
    firstSession: o.session,
    firstScore: o.score,
    lastSession: o.session,
    lastScore: o.score,
    cohortId: o.cohortId,
    serviceId: o.serviceId,
    providerId: o.providerId,
    districtId: o.districtId,
  };
}

function chooseSeries(
  entry: SeriesAcc | SeriesAcc[],
  priority: readonly Rater[],
): SeriesAcc | undefined {
  if (!Array.isArray(entry)) return priority.includes(entry.rater) ? entry : undefined;
  for (const rater of priority) {
    let best: SeriesAcc | undefined;
    for (const s of entry)
      if (s.rater === rater && (best === undefined || s.count > best.count)) best = s;
    if (best !== undefined) return best;
  }
  return undefined;
}

function addToCell(
  map: Map<string, CellAcc>,
  key: string,
  completed: boolean,
  change: number,
  category: number,
): void {
  let acc = map.get(key);
  if (acc === undefined) {
    acc = { n: 0, completed: 0, sumChange: 0, categorised: 0, cats: [0, 0, 0, 0] };
    map.set(key, acc);
  }
  acc.n++;
  if (completed) {
    acc.completed++;
    acc.sumChange += change;
    if (category !== NO_CATEGORY) {
      acc.categorised++;
      acc.cats[category]!++;
    }
  }
}

const HIDDEN: CountShare = Object.freeze({ count: null, share: null });

/** Applies the suppression rules documented on {@link aggregateOutcomes} to one group. */
function suppressCell(
  dimension: AggregateDimension,
  key: string,
  acc: CellAcc,
  k: number,
): AggregateCell {
  // Categories only when every completed series could be classified: a partial split would mislead.
  const categoriesAvailable = acc.completed > 0 && acc.categorised === acc.completed;
  if (acc.n < k) {
    return {
      dimension,
      key,
      suppressed: true,
      n: null,
      completedBoth: null,
      shareCompletedBoth: null,
      meanChange: null,
      // Even whether anyone completed is information about a tiny group.
      categoriesAvailable: false,
      recovered: HIDDEN,
      improved: HIDDEN,
      unchanged: HIDDEN,
      deteriorated: HIDDEN,
      reliablyImproved: HIDDEN,
    };
  }
  const small = (c: number): boolean => c > 0 && c < k;
  const completedVisible = !small(acc.completed);
  const notCompleted = acc.n - acc.completed;
  const nVisible = !small(notCompleted);
  const n = nVisible ? acc.n : null;
  const completedBoth = completedVisible ? acc.completed : null;
  const shareCompletedBoth =
    nVisible && completedVisible && acc.n > 0 ? acc.completed / acc.n : null;
  const meanChange = completedVisible && acc.completed > 0 ? acc.sumChange / acc.completed : null;

  // Categories are shares of the categorised completed series (all of them, unless a threshold is missing).
  const base = acc.categorised;
  const visible = acc.cats.map((c) => completedVisible && categoriesAvailable && !small(c));
  if (completedVisible && categoriesAvailable) {
    // Complementary suppression: while the hidden categories add up to 1..k−1 (one hidden cell always
    // does), subtraction from the shown total would reveal them, so hide the smallest shown non-zero one.
    for (;;) {
      let hiddenSum = 0;
      let smallest = -1;
      for (let i = 0; i < 4; i++) {
        const c = acc.cats[i]!;
        if (!visible[i]) hiddenSum += c;
        else if (c > 0 && (smallest === -1 || c < acc.cats[smallest]!)) smallest = i;
      }
      if (!small(hiddenSum) || smallest === -1) break;
      visible[smallest] = false;
    }
  }
  const cs = (i: number): CountShare =>
    visible[i] ? { count: acc.cats[i]!, share: base > 0 ? acc.cats[i]! / base : null } : HIDDEN;
  const rec = acc.cats[0];
  const imp = acc.cats[1];
  const sum = rec + imp;
  const sumVisible =
    completedVisible && categoriesAvailable && visible[0] === visible[1] && !small(sum);
  return {
    dimension,
    key,
    suppressed: false,
    n,
    completedBoth,
    shareCompletedBoth,
    meanChange,
    categoriesAvailable,
    recovered: cs(0),
    improved: cs(1),
    unchanged: cs(2),
    deteriorated: cs(3),
    reliablyImproved: sumVisible ? { count: sum, share: base > 0 ? sum / base : null } : HIDDEN,
  };
}
