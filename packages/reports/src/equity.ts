import { countsAsGroupSupport, type Catalogue } from '@lotsen/catalogue';
import { err, isDistrictValidOn, MS_PER_DAY, ok, type District, type Result } from '@lotsen/domain';
import {
  POPULATIONS,
  RATERS,
  aggregateOutcomes,
  resolveOptions,
  type OutcomeObservation,
  type OutcomesConfig,
  type OutcomesOptions,
} from '@lotsen/outcomes';
import { renderCsv } from './csv.js';
import { reportsError, type ReportsError } from './errors.js';
import { parseFacts, type ParsedFacts, type ReferralFacts } from './facts.js';
import { median, percentile, round } from './stats.js';
import { isSmallCount, suppressCount, suppressShare } from './suppress.js';

/*
 * The equity report: per district and need, what the city's reports asked to see side by side.
 * Arithmetic over plain rows; the outcome figures come from @lotsen/outcomes' aggregate, with its
 * own small-cell rules.
 */

/** What the equity report is computed from. */
export interface EquityInput {
  /** Districts (with their population aged 0–20), needs and services. */
  readonly catalogue: Catalogue;
  /** Every referral, e.g. from `db.reports.referralFacts()`. Drafts are left out. */
  readonly referrals: readonly ReferralFacts[];
  /**
   * The day the report is for (`YYYY-MM-DD`, UTC). Everything is counted as it stood at the end of
   * that day: later submissions, starts, endings and administrations are ignored, and waits still
   * running are counted to it.
   */
  readonly asOf: string;
  /** Counts from 1 to this minus one are hidden (default 5). */
  readonly minCellSize?: number;
  /**
   * Options for `@lotsen/outcomes` (thresholds, rater priority). CORS has no default
   * reliable-change threshold, so children's series show no categories unless one is set here.
   * Its `minCellSize` is replaced by the report's.
   */
  readonly outcomeOptions?: OutcomesOptions;
}

/**
 * One district and need. A figure is `null` when it is hidden (then its name is in `suppressed`) or
 * when there is nothing to measure.
 */
export interface EquityRow {
  readonly districtId: string;
  /** The district's Swedish name. */
  readonly districtName: string;
  readonly needId: string;
  /** The need's Swedish label. */
  readonly needLabel: string;
  /**
   * An active group service for the need (or a related one) whose catchment names the district, and
   * whose need the source states (a group whose need is an estimate does not count).
   */
  readonly localGroupSupport: boolean;
  /** Referrals submitted for children in the district with the need. */
  readonly referrals: number | null;
  /** Residents aged 0–20 (seed 004), and the year counted. */
  readonly population0to20: number | null;
  readonly populationYear: number | null;
  /** Referrals per 1,000 residents aged 0–20, to two decimals. */
  readonly referralsPer1000: number | null;
  /**
   * Days from submission to the start in a group; for a child still waiting, to the report's date.
   * Referrals that closed without a start have no wait. Median to one decimal; the 90th percentile
   * is nearest-rank, a whole number of days.
   */
  readonly waitingDaysMedian: number | null;
  readonly waitingDaysP90: number | null;
  /**
   * The share started within 30 days (Framtid Stockholm's target), of the referrals that started, or
   * that waited 30 days or more without starting (still waiting, or closed after day 30). A referral
   * that closed sooner without a start (declined, say) was never a 30-day case.
   */
  readonly startedWithin30DaysShare: number | null;
  /** Of the children who started and ended, the share who completed (their target: 80%). */
  readonly completionShare: number | null;
  /**
   * Children with an ORS/CORS series, and the shares reliably improved (recovered included),
   * recovered, and deteriorated, from `@lotsen/outcomes`' aggregate.
   */
  readonly outcomeCases: number | null;
  readonly improvedShare: number | null;
  readonly recoveredShare: number | null;
  readonly deterioratedShare: number | null;
  /** The share of referrals whose referrer knows how it went: the child started, or it was closed. */
  readonly closedLoopRate: number | null;
  /** Referrals made from Teams, where the referrer hears back from Lotsen. */
  readonly teamsReferrals: number | null;
  /**
   * The closed-loop rate from the queue: of the referrals made from Teams, the share whose referrer
   * a status message (accepted, waitlisted, offered, enrolled, declined with the reason, completed)
   * reached by the report's date.
   */
  readonly referrerToldRate: number | null;
  /** Children on a waiting list at the report's date. */
  readonly onWaitingList: number | null;
  /**
   * Days waited by the children on a waiting list, counted from submission as the waiting order
   * counts them: the median to one decimal, and how many have waited up to 30 days, 31 to 90, and
   * more than 90. The distribution is hidden whole when any of its counts is small (one hidden
   * count could be read back from the others and the total).
   */
  readonly listWaitDaysMedian: number | null;
  readonly listWaitUpTo30Days: number | null;
  readonly listWait31To90Days: number | null;
  readonly listWaitOver90Days: number | null;
  /** The names of the figures hidden because a count behind them is from 1 to `minCellSize` − 1. */
  readonly suppressed: readonly string[];
}

/** The equity report: one row per district in force on `asOf` and need, in catalogue order. */
export interface EquityReport {
  readonly asOf: string;
  readonly minCellSize: number;
  readonly rows: readonly EquityRow[];
}

const DEFAULT_MIN_CELL_SIZE = 5;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PCOMS = new Set(['ORS', 'CORS']);
const RATER_SET: ReadonlySet<string> = new Set(RATERS);
const POPULATION_SET: ReadonlySet<string> = new Set(POPULATIONS);

/** Whole days from `from` to `to`, never negative (a start stamped before its submission is day 0). */
function days(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / MS_PER_DAY));
}

/** The earliest of the times at or before `end`. */
function firstBy(end: number, ...times: (number | undefined)[]): number | undefined {
  let first: number | undefined;
  for (const t of times)
    if (t !== undefined && t <= end && (first === undefined || t < first)) first = t;
  return first;
}

/** One referral's standing at the end of the report's day. */
interface Standing {
  /** Days from submission to start, or to the report's date while waiting; none when closed unstarted. */
  readonly wait: number | undefined;
  readonly eligible30: boolean;
  readonly within30: boolean;
  readonly ended: boolean;
  readonly completed: boolean;
  readonly loopClosed: boolean;
  /** Days waited on a list at the report's date; none when not on one. */
  readonly listWait: number | undefined;
}

function standingOf(f: ParsedFacts, end: number): Standing {
  const started = firstBy(end, f.enrolled, f.completed, f.followedUp, f.discontinued);
  const completed = firstBy(end, f.completed, f.followedUp) !== undefined;
  const discontinued = f.discontinued !== undefined && f.discontinued <= end;
  const closed = started === undefined && f.closed !== undefined && f.closed <= end;
  const wait =
    started !== undefined
      ? days(f.submitted, started)
      : closed
        ? undefined
        : days(f.submitted, end);
  // A referral closed without a start counts against the 30-day target only if it waited that long.
  const waited = started !== undefined ? wait! : days(f.submitted, closed ? f.closed : end);
  return {
    wait,
    eligible30: started !== undefined || waited >= 30,
    within30: started !== undefined && wait! <= 30,
    ended: completed || discontinued,
    completed,
    loopClosed: started !== undefined || closed,
    listWait: f.source.onWaitingList === true ? days(f.submitted, end) : undefined,
  };
}

/** Running totals of one district and need. */
interface Cell {
  n: number;
  waits: number[];
  eligible30: number;
  within30: number;
  ended: number;
  completed: number;
  loopClosed: number;
  teams: number;
  told: number;
  listWaits: number[];
  observations: OutcomeObservation[];
}

function newCell(): Cell {
  return {
    n: 0,
    waits: [],
    eligible30: 0,
    within30: 0,
    ended: 0,
    completed: 0,
    loopClosed: 0,
    teams: 0,
    told: 0,
    listWaits: [],
    observations: [],
  };
}

/** The scored ORS/CORS administrations of a referral up to the report's date, as observations. */
function observationsOf(f: ParsedFacts, asOf: string): OutcomeObservation[] {
  const list: OutcomeObservation[] = [];
  const outcomes = f.source.outcomes;
  if (!outcomes) return list;
  for (const a of outcomes) {
    if (typeof a !== 'object' || a === null) continue;
    if (!PCOMS.has(a.instrument) || typeof a.total !== 'number' || !Number.isFinite(a.total))
      continue;
    if (!RATER_SET.has(a.rater) || typeof a.date !== 'string' || a.date.slice(0, 10) > asOf)
      continue;
    if (!Number.isInteger(a.session) || a.session < 0) continue;
    const o: Mutable<OutcomeObservation> = {
      caseId: f.source.id,
      instrument: a.instrument as 'ORS' | 'CORS',
      session: a.session,
      rater: a.rater as OutcomeObservation['rater'],
      caretakerRated: a.caretakerRated === true,
      score: a.total,
      // The aggregate groups by a dimension; each cell is aggregated on its own, as one group.
      districtId: 'cell',
    };
    if (typeof a.respondentId === 'string' && a.respondentId !== '')
      o.respondentId = a.respondentId;
    if (typeof a.population === 'string' && POPULATION_SET.has(a.population)) {
      o.population = a.population as NonNullable<OutcomeObservation['population']>;
    }
    list.push(o);
  }
  return list;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The district a referral is counted in on `asOf`: its own, or, when that has been replaced, its one
 * successor in force then (following a chain of merges). A district split in several cannot be
 * followed, and its referrals are left out.
 */
function districtResolver(
  catalogue: Catalogue,
  asOf: string,
): (districtId: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  const resolve = (id: string, seen: Set<string>): string | undefined => {
    const district: District | undefined = catalogue.district(id);
    if (!district || seen.has(id)) return undefined;
    if (isDistrictValidOn(district, asOf)) return id;
    seen.add(id);
    const [only, ...more] = district.successorIds;
    return only !== undefined && more.length === 0 ? resolve(only, seen) : undefined;
  };
  return (id) => {
    if (!cache.has(id)) cache.set(id, resolve(id, new Set()));
    return cache.get(id);
  };
}

function checkOptions(input: EquityInput): Result<OutcomesConfig, ReportsError> {
  const issues: { path: string; message: string }[] = [];
  const { asOf } = input;
  if (typeof asOf !== 'string' || !ISO_DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    issues.push({ path: 'asOf', message: 'Expected a date as YYYY-MM-DD' });
  }
  const k = input.minCellSize ?? DEFAULT_MIN_CELL_SIZE;
  const validK = Number.isInteger(k) && k >= 1 && k <= 1000;
  if (!validK) {
    issues.push({ path: 'minCellSize', message: 'Expected a whole number from 1 to 1000' });
  }
  // The report's cell size replaces the outcome options' own, so that every figure hides alike.
  const config = resolveOptions({
    ...input.outcomeOptions,
    minCellSize: validK ? k : DEFAULT_MIN_CELL_SIZE,
  });
  if (!config.ok) {
    for (const i of config.error.issues) {
      issues.push({
        path: i.path ? `outcomeOptions.${i.path}` : 'outcomeOptions',
        message: i.message,
      });
    }
  }
  if (issues.length > 0 || !config.ok) {
    return err(reportsError('INVALID_INPUT', 'equity report options', issues));
  }
  return ok(config.value);
}

/** Outcome figures of a cell from @lotsen/outcomes, and the names of those it hid. */
function outcomeFigures(
  observations: readonly OutcomeObservation[],
  config: OutcomesConfig,
): {
  cases: number | null;
  improved: number | null;
  recovered: number | null;
  deteriorated: number | null;
  hidden: string[];
} {
  const none = { cases: null, improved: null, recovered: null, deteriorated: null, hidden: [] };
  if (observations.length === 0) return none;
  const report = aggregateOutcomes(observations, { dimensions: ['district'] }, config);
  // The observations were built from checked values above, so the aggregate cannot refuse them.
  const group = report.ok ? report.value.groups.district?.[0] : undefined;
  if (!group) return none;
  if (group.suppressed) {
    return {
      ...none,
      hidden: ['outcomeCases', 'improvedShare', 'recoveredShare', 'deterioratedShare'],
    };
  }
  const hidden: string[] = [];
  if (group.n === null) hidden.push('outcomeCases');
  // With categories available every share is measured, so a null share was hidden by the package.
  if (group.categoriesAvailable) {
    if (group.reliablyImproved.share === null) hidden.push('improvedShare');
    if (group.recovered.share === null) hidden.push('recoveredShare');
    if (group.deteriorated.share === null) hidden.push('deterioratedShare');
  }
  return {
    cases: group.n,
    improved: group.reliablyImproved.share,
    recovered: group.recovered.share,
    deteriorated: group.deteriorated.share,
    hidden,
  };
}

/** The waiting-list figures of a cell, with small cells hidden, and the names of those hidden. */
function listWaitFigures(waits: number[], k: number) {
  const count = suppressCount(waits.length, k);
  const sorted = waits.sort((a, b) => a - b);
  const upTo30 = sorted.filter((d) => d <= 30).length;
  const over90 = sorted.filter((d) => d > 90).length;
  const buckets = [upTo30, sorted.length - upTo30 - over90, over90];
  const hidden: string[] = [];
  if (count === null) hidden.push('onWaitingList', 'listWaitDaysMedian');
  const showBuckets = count !== null && !buckets.some((b) => isSmallCount(b, k));
  if (sorted.length > 0 && !showBuckets)
    hidden.push('listWaitUpTo30Days', 'listWait31To90Days', 'listWaitOver90Days');
  return {
    count,
    median: count === null || sorted.length === 0 ? null : round(median(sorted), 1),
    upTo30: showBuckets ? buckets[0]! : null,
    from31To90: showBuckets ? buckets[1]! : null,
    over90: showBuckets ? buckets[2]! : null,
    hidden,
  };
}

/**
 * Computes the equity report: per district in force on `asOf` and per need, whether there is local
 * group support, referrals, waiting days (median and 90th percentile), the share started within 30
 * days, the completion share, outcome improvement shares, the closed-loop rate and referrals per
 * 1,000 residents aged 0–20; from the queue, the share of Teams referrals whose referrer was told
 * how it went, and the days waited by the children on a waiting list (median and distribution).
 *
 * Small cells are suppressed, with k = `minCellSize`: a count from 1 to k − 1 is hidden; so is a
 * share whose numerator, denominator or remainder is such a count (or the count could be read back
 * by subtraction), the rate per 1,000 of a hidden count (the population is shown), and the waiting
 * days of fewer than k waits. Zero is shown. Outcome figures follow `aggregateOutcomes`' rules.
 * Each hidden figure is named in the row's `suppressed`.
 *
 * A referral counts once in every cell of its needs; needs the catalogue does not know, and districts
 * that cannot be placed on `asOf`, are left out.
 *
 * @returns `INVALID_INPUT` for a bad `asOf`, `minCellSize` or outcome option; `INVALID_ROW` for a
 * malformed referral row.
 *
 * @example
 * ```ts
 * const report = equityReport({ catalogue, referrals, asOf: '2026-06-30' });
 * if (report.ok) console.log(report.value.rows.filter((r) => !r.localGroupSupport));
 * ```
 */
export function equityReport(input: EquityInput): Result<EquityReport, ReportsError> {
  const config = checkOptions(input);
  if (!config.ok) return config;
  const facts = parseFacts(input.referrals);
  if (!facts.ok) return facts;
  const { catalogue, asOf } = input;
  const k = config.value.minCellSize;
  const end = Date.parse(`${asOf}T23:59:59.999Z`);

  const districts = catalogue.districts.filter((d) => isDistrictValidOn(d, asOf));
  const needs = catalogue.needs.needs;
  // Cells in a flat array, district-major, found by index: no key strings built per referral.
  const districtIndex = new Map(districts.map((d, i) => [d.id, i]));
  const needIndex = new Map(needs.map((n, i) => [n.id, i]));
  const cells = Array.from({ length: districts.length * needs.length }, newCell);

  const place = districtResolver(catalogue, asOf);
  for (const f of facts.value) {
    if (f.submitted > end) continue;
    const districtId = place(f.source.districtId);
    const d = districtId === undefined ? undefined : districtIndex.get(districtId);
    if (d === undefined) continue;
    const standing = standingOf(f, end);
    const fromTeams = f.source.fromTeams === true;
    const told = fromTeams && f.told !== undefined && f.told <= end;
    let observations: OutcomeObservation[] | undefined;
    const referralNeeds = f.source.needs;
    for (let j = 0; j < referralNeeds.length; j++) {
      const needId = referralNeeds[j]!;
      const n = needIndex.get(needId);
      // A need named twice counts once.
      if (n === undefined || referralNeeds.indexOf(needId) < j) continue;
      const cell = cells[d * needs.length + n]!;
      cell.n++;
      if (standing.wait !== undefined) cell.waits.push(standing.wait);
      if (standing.eligible30) cell.eligible30++;
      if (standing.within30) cell.within30++;
      if (standing.ended) cell.ended++;
      if (standing.completed) cell.completed++;
      if (standing.loopClosed) cell.loopClosed++;
      if (fromTeams) cell.teams++;
      if (told) cell.told++;
      if (standing.listWait !== undefined) cell.listWaits.push(standing.listWait);
      observations ??= observationsOf(f, asOf);
      for (const o of observations) cell.observations.push(o);
    }
  }

  // A group whose needs are only an estimate is no local group support (issue 14).
  const groupServices = catalogue.services.filter(
    (s) => countsAsGroupSupport(s) && s.catchment.kind === 'districts',
  );
  const rows: EquityRow[] = [];
  for (const [d, district] of districts.entries()) {
    const population = district.population0to20?.count ?? null;
    for (const [n, need] of needs.entries()) {
      const cell = cells[d * needs.length + n]!;
      const suppressed: string[] = [];
      const share = (field: string, num: number, den: number): number | null => {
        const value = suppressShare(num, den, k);
        if (value === null && den > 0) suppressed.push(field);
        return value;
      };
      const referrals = suppressCount(cell.n, k);
      if (referrals === null) suppressed.push('referrals');
      const perThousand =
        population === null || population === 0 || referrals === null
          ? null
          : round((referrals / population) * 1000, 2);
      if (referrals === null && population !== null && population > 0) {
        suppressed.push('referralsPer1000');
      }
      const waits = cell.waits.sort((a, b) => a - b);
      const waitsShown = waits.length > 0 && !isSmallCount(waits.length, k);
      if (isSmallCount(waits.length, k)) suppressed.push('waitingDaysMedian', 'waitingDaysP90');
      const within30 = share('startedWithin30DaysShare', cell.within30, cell.eligible30);
      const completion = share('completionShare', cell.completed, cell.ended);
      const outcome = outcomeFigures(cell.observations, config.value);
      suppressed.push(...outcome.hidden);
      const closedLoop = share('closedLoopRate', cell.loopClosed, cell.n);
      const teams = suppressCount(cell.teams, k);
      if (teams === null) suppressed.push('teamsReferrals');
      const told = share('referrerToldRate', cell.told, cell.teams);
      const list = listWaitFigures(cell.listWaits, k);
      suppressed.push(...list.hidden);
      rows.push({
        districtId: district.id,
        districtName: district.name.sv,
        needId: need.id,
        needLabel: need.label.sv,
        localGroupSupport: groupServices.some(
          (s) =>
            s.catchment.kind === 'districts' &&
            s.catchment.districtIds.includes(district.id) &&
            s.needs.some((x) => catalogue.needs.related(x, need.id)),
        ),
        referrals,
        population0to20: population,
        populationYear: district.population0to20?.year ?? null,
        referralsPer1000: perThousand,
        waitingDaysMedian: waitsShown ? round(median(waits), 1) : null,
        waitingDaysP90: waitsShown ? percentile(waits, 90) : null,
        startedWithin30DaysShare: within30,
        completionShare: completion,
        outcomeCases: outcome.cases,
        improvedShare: outcome.improved,
        recoveredShare: outcome.recovered,
        deterioratedShare: outcome.deteriorated,
        closedLoopRate: closedLoop,
        teamsReferrals: teams,
        referrerToldRate: told,
        onWaitingList: list.count,
        listWaitDaysMedian: list.median,
        listWaitUpTo30Days: list.upTo30,
        listWait31To90Days: list.from31To90,
        listWaitOver90Days: list.over90,
        suppressed,
      });
    }
  }
  return ok({ asOf, minCellSize: k, rows });
}

/** The CSV columns of {@link equityCsv}, in order: every field of {@link EquityRow}. */
export const EQUITY_CSV_COLUMNS: readonly (keyof EquityRow)[] = [
  'districtId',
  'districtName',
  'needId',
  'needLabel',
  'localGroupSupport',
  'referrals',
  'population0to20',
  'populationYear',
  'referralsPer1000',
  'waitingDaysMedian',
  'waitingDaysP90',
  'startedWithin30DaysShare',
  'completionShare',
  'outcomeCases',
  'improvedShare',
  'recoveredShare',
  'deterioratedShare',
  'closedLoopRate',
  'teamsReferrals',
  'referrerToldRate',
  'onWaitingList',
  'listWaitDaysMedian',
  'listWaitUpTo30Days',
  'listWait31To90Days',
  'listWaitOver90Days',
  'suppressed',
];

/**
 * The report as CSV (RFC 4180): a header row of {@link EQUITY_CSV_COLUMNS}, then one line per row.
 * Hidden and missing figures are empty, `localGroupSupport` is `yes`/`no`, `suppressed` is a
 * `;`-separated list, and text that a spreadsheet would run as a formula is kept as text.
 */
export function equityCsv(report: EquityReport): string {
  return renderCsv(
    EQUITY_CSV_COLUMNS,
    report.rows.map((row) => EQUITY_CSV_COLUMNS.map((c) => row[c])),
  );
}
