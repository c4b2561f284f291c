import type { Catalogue } from '@lotsen/catalogue';
import { isDistrictValidOn, isGroupKind, type ReferralStatus } from '@lotsen/domain';
import { aggregateOutcomes, type OutcomeObservation } from '@lotsen/outcomes';
import { restoreReferralSnapshot } from '@lotsen/referral';
import type { OutcomeAdministration, StoredReferral } from '@lotsen/storage';

/*
 * The equity report: per district and need, what the city's reports asked to see side by side.
 * It is read-only arithmetic over what storage holds; the outcome figures come from
 * @lotsen/outcomes' aggregate, with its small-cell rules.
 */

/** What the report is computed from. */
export interface EquityInput {
  readonly catalogue: Catalogue;
  readonly referrals: readonly StoredReferral[];
  /** Outcome administrations per referral id. */
  readonly outcomes: ReadonlyMap<string, readonly OutcomeAdministration[]>;
  /** The day the report is for (`YYYY-MM-DD`): waits still running are counted to it. */
  readonly asOf: string;
  /** Counts from 1 to this minus one are hidden. Default 5. */
  readonly minCellSize?: number;
}

/** One district and need. Every figure is `null` when hidden (see `suppressed`) or when there is nothing to measure. */
export interface EquityRow {
  readonly districtId: string;
  readonly districtName: string;
  readonly needId: string;
  readonly needLabel: string;
  /** A group service for the need whose catchment is the district itself. */
  readonly localGroupSupport: boolean;
  /** Submitted referrals of children in the district with the need. */
  readonly referrals: number | null;
  /** Residents aged 0–20 (seed 004), and the year counted. */
  readonly population0to20: number | null;
  readonly populationYear: number | null;
  /** Referrals per 1,000 residents aged 0–20. */
  readonly referralsPer1000: number | null;
  /** Days from submission to the start in a group; still waiting: to the report's date. */
  readonly waitingDaysMedian: number | null;
  readonly waitingDaysP90: number | null;
  /** Of referrals submitted at least 30 days ago (or started), the share started within 30 days. */
  readonly startedWithin30DaysShare: number | null;
  /** Of children who started and ended, the share who completed. */
  readonly completionShare: number | null;
  /** Children with an outcome series (ORS/CORS), and the shares reliably improved (recovered
   * included), recovered, and deteriorated, from @lotsen/outcomes. */
  readonly outcomeCases: number | null;
  readonly improvedShare: number | null;
  readonly recoveredShare: number | null;
  readonly deterioratedShare: number | null;
  /** Share of referrals whose referrer knows how it ended: started, or closed with a reason. */
  readonly closedLoopRate: number | null;
  /** Figures hidden because a count behind them is between 1 and `minCellSize` − 1. */
  readonly suppressed: readonly string[];
}

/** The report. */
export interface EquityReport {
  readonly asOf: string;
  readonly minCellSize: number;
  readonly rows: readonly EquityRow[];
}

const STARTED: ReadonlySet<ReferralStatus> = new Set([
  'enrolled',
  'completed',
  'followed_up',
  'discontinued',
]);
const STILL_WAITING: ReadonlySet<ReferralStatus> = new Set([
  'submitted',
  'needs_info',
  'accepted',
  'waitlisted',
  'offered',
]);
// The loop is closed when the referrer has been told how it went: the child started, or the
// referral ended with a recorded reason.
const LOOP_CLOSED: ReadonlySet<ReferralStatus> = new Set([
  ...STARTED,
  'declined',
  'withdrawn',
  'referred_on',
  'expired',
]);

const DAY_MS = 86_400_000;

function days(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The median (mean of the middle two for an even count). */
export function median(sorted: readonly number[]): number {
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile (`p` in 0–100) of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

interface Facts {
  readonly referral: StoredReferral;
  readonly submittedAt: string;
  /** When the child started in a group, if it did. */
  readonly startedAt: string | undefined;
}

function factsOf(referral: StoredReferral): Facts | undefined {
  if (referral.submittedAt === undefined) return undefined;
  const restored = restoreReferralSnapshot(referral.snapshot);
  const enrolledAt = restored.ok ? restored.value.context.enrolledAt : undefined;
  return {
    referral,
    submittedAt: referral.submittedAt,
    startedAt: STARTED.has(referral.status) ? (enrolledAt ?? referral.updatedAt) : undefined,
  };
}

/**
 * Computes the equity report. Small cells are suppressed: a count from 1 to `minCellSize` − 1 is
 * hidden, and so is a share whose numerator or remainder is such a count, or the count could be
 * read back from it. Zero is shown.
 */
export function equityReport(input: EquityInput): EquityReport {
  const k = input.minCellSize ?? 5;
  const { catalogue, asOf } = input;
  const small = (n: number) => n > 0 && n < k;
  const asOfEnd = `${asOf}T23:59:59.999Z`;

  const facts = input.referrals.map(factsOf).filter((f): f is Facts => f !== undefined);
  const districts = catalogue.districts.filter((d) => isDistrictValidOn(d, asOf));
  const needs = catalogue.needs.needs;
  const groupServices = catalogue.services.filter(
    (s) => s.status === 'active' && isGroupKind(s.kind) && s.catchment.kind === 'districts',
  );

  const rows: EquityRow[] = [];
  for (const district of districts) {
    const inDistrict = facts.filter((f) => f.referral.child.districtId === district.id);
    const population = district.population0to20?.count ?? null;
    for (const need of needs) {
      const suppressed: string[] = [];
      const cell = inDistrict.filter((f) => f.referral.needs.includes(need.id));
      const n = cell.length;
      const count = (field: string, value: number): number | null => {
        if (!small(value)) return value;
        suppressed.push(field);
        return null;
      };
      const share = (field: string, num: number, den: number): number | null => {
        if (den === 0) return null;
        if (small(den) || small(num) || small(den - num)) {
          suppressed.push(field);
          return null;
        }
        return round(num / den, 3);
      };

      const waits: number[] = [];
      let eligible30 = 0;
      let within30 = 0;
      let ended = 0;
      let completed = 0;
      let closed = 0;
      for (const f of cell) {
        const status = f.referral.status;
        if (f.startedAt !== undefined) waits.push(days(f.submittedAt, f.startedAt));
        else if (STILL_WAITING.has(status)) waits.push(days(f.submittedAt, asOfEnd));
        const wait = f.startedAt === undefined ? undefined : days(f.submittedAt, f.startedAt);
        if (wait !== undefined || days(f.submittedAt, asOfEnd) >= 30) {
          eligible30++;
          if (wait !== undefined && wait <= 30) within30++;
        }
        if (status === 'completed' || status === 'followed_up' || status === 'discontinued') {
          ended++;
          if (status !== 'discontinued') completed++;
        }
        if (LOOP_CLOSED.has(status)) closed++;
      }
      waits.sort((a, b) => a - b);
      const waitsShown = waits.length >= k;
      if (small(waits.length)) suppressed.push('waitingDaysMedian', 'waitingDaysP90');

      const outcome = outcomeShares(cell, input.outcomes, district.id, k);
      if (outcome.suppressed) suppressed.push('outcomeCases', 'improvedShare');

      const referrals = count('referrals', n);
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
        referralsPer1000:
          referrals === null || population === null || population === 0
            ? null
            : round((referrals / population) * 1000, 2),
        waitingDaysMedian: waitsShown ? round(median(waits), 1) : null,
        waitingDaysP90: waitsShown ? percentile(waits, 90) : null,
        startedWithin30DaysShare: share('startedWithin30DaysShare', within30, eligible30),
        completionShare: share('completionShare', completed, ended),
        outcomeCases: outcome.cases,
        improvedShare: outcome.improved,
        recoveredShare: outcome.recovered,
        deterioratedShare: outcome.deteriorated,
        closedLoopRate: share('closedLoopRate', closed, n),
        suppressed,
      });
    }
  }
  return { asOf, minCellSize: k, rows };
}

/** Outcome shares of a cell's children, by @lotsen/outcomes' aggregate and its suppression. */
function outcomeShares(
  cell: readonly Facts[],
  outcomes: ReadonlyMap<string, readonly OutcomeAdministration[]>,
  districtId: string,
  minCellSize: number,
): {
  cases: number | null;
  improved: number | null;
  recovered: number | null;
  deteriorated: number | null;
  suppressed: boolean;
} {
  const observations: OutcomeObservation[] = [];
  for (const f of cell) {
    for (const a of outcomes.get(f.referral.id) ?? []) {
      if (a.instrument !== 'ORS' && a.instrument !== 'CORS') continue;
      const score = a.score as
        { total?: unknown; population?: unknown; caretakerRated?: unknown } | undefined;
      if (typeof score?.total !== 'number') continue;
      observations.push({
        caseId: f.referral.id,
        instrument: a.instrument,
        session: a.session,
        rater: a.rater,
        ...(a.respondentId === undefined ? {} : { respondentId: a.respondentId }),
        ...(score.population === 'adult' ||
        score.population === 'adolescent' ||
        score.population === 'child'
          ? { population: score.population }
          : {}),
        caretakerRated: score.caretakerRated === true,
        score: score.total,
        districtId,
      });
    }
  }
  const none = { cases: null, improved: null, recovered: null, deteriorated: null };
  if (observations.length === 0) return { ...none, suppressed: false };
  const report = aggregateOutcomes(observations, { dimensions: ['district'] }, { minCellSize });
  const group = report.ok ? report.value.groups.district?.[0] : undefined;
  if (!group) return { ...none, suppressed: false };
  // The package also hides shares that would give a hidden count away by subtraction.
  const hiddenShare =
    !group.suppressed && group.categoriesAvailable && group.reliablyImproved.share === null;
  return {
    cases: group.n,
    improved: group.reliablyImproved.share,
    recovered: group.recovered.share,
    deteriorated: group.deteriorated.share,
    suppressed: group.suppressed || hiddenShare,
  };
}

const CSV_COLUMNS: readonly (keyof EquityRow)[] = [
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
  'suppressed',
];

function csvCell(value: EquityRow[keyof EquityRow]): string {
  if (value === null) return '';
  if (typeof value === 'object') return csvCell(value.join(';'));
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  let text = value;
  // A cell starting with = + - @ runs as a formula in a spreadsheet; keep it text.
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The report as CSV (RFC 4180, comma-separated, a header row; hidden and missing figures empty). */
export function equityCsv(report: EquityReport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of report.rows) lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
