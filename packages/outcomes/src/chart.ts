import { err, ok, type Result } from '@lotsen/domain';
import type { AggregateCell, AggregateDimension, AggregateReport } from './aggregate.js';
import { errorFromIssues, type OutcomesError, type OutcomesIssue } from './errors.js';
import type { OutcomeSeries, SessionSeries, Trajectory } from './trajectory.js';
import { isArray, type ChangeCategory, type Rater } from './types.js';

/** Chart language: Swedish first, English always (as the rest of Lotsen). */
export type ChartLanguage = 'sv' | 'en';

/** Options for both charts. */
export interface ChartOptions {
  /** Default `sv`. */
  readonly lang?: ChartLanguage;
  /** Prefix for the element ids `aria-labelledby` points at; must be unique on the page. */
  readonly id?: string;
  /** Default 640. */
  readonly width?: number;
}

/** Which series of a trajectory to draw; default the first outcome series and the session series of the same rater. */
export interface TrajectoryChartOptions extends ChartOptions {
  readonly form?: 'ORS' | 'CORS';
  readonly rater?: Rater;
  readonly respondentId?: string;
}

/**
 * A chart and its accessible alternatives: the SVG carries `role="img"`, `<title>` and `<desc>`
 * (the same text as `summary`); `table` is an HTML table with every number in the chart, to place
 * beside it or behind a "show as table" toggle.
 */
export interface ChartOutput {
  readonly svg: string;
  readonly summary: string;
  readonly table: string;
}

/**
 * Colours, all checked in tests against white: text ≥ 4.5:1, lines and marks ≥ 3:1 (WCAG 2.2 1.4.3
 * and 1.4.11). Meaning never rests on colour alone: cutoffs are dashed and labelled, flagged points
 * have their own shape, and every bar segment has a text label.
 */
export const CHART_COLORS = Object.freeze({
  text: '#1a1a1a',
  mutedText: '#4d4d4d',
  axis: '#595959',
  grid: '#dddddd',
  outcome: '#1f4e79',
  session: '#5b2a86',
  cutoff: '#a4262c',
  band: '#d6e6f5',
  bandText: '#1f4e79',
  recovered: '#1b5e20',
  improved: '#1565c0',
  unchanged: '#616161',
  deteriorated: '#a4262c',
  hidden: '#757575',
  background: '#ffffff',
});

const TEXT = {
  sv: {
    outcomeTitle: (form: string, rater: string, caseId: string) =>
      `${form}-förlopp, ${rater}, ärende ${caseId}`,
    session: 'Samtal',
    date: 'Datum',
    cutoff: 'Klinisk gräns',
    band: (t: string) => `Ingen tillförlitlig förändring (±${t} från första)`,
    srs: 'SRS',
    csrs: 'CSRS',
    allianceCutoff: 'Gräns',
    clinical: 'Klinisk nivå',
    yes: 'ja',
    no: 'nej',
    noData: 'Inga skattningar att visa.',
    flagged: 'under gränsen',
    rater: {
      child: 'barn',
      'young-person': 'ungdom',
      parent: 'förälder',
      staff: 'personal',
    } as Record<Rater, string>,
    category: {
      recovered: 'återhämtad',
      improved: 'förbättrad',
      unchanged: 'oförändrad',
      deteriorated: 'försämrad',
    } as Record<ChangeCategory, string>,
    hidden: 'dolt (färre än',
    suppressed: (k: number) => `Dolt: färre än ${k} ärenden`,
    noCategories: 'Ingen tröskel för tillförlitlig förändring',
    restHidden: 'övriga dolda',
    aggregateTitle: (d: string, m: string) => `${m}: förändring per ${d}`,
    dimension: {
      cohort: 'gruppomgång',
      service: 'insats',
      provider: 'utförare',
      district: 'stadsdel',
    } as Record<AggregateDimension, string>,
    group: 'Grupp',
    n: 'Antal',
    completed: 'Före och efter',
    meanChange: 'Medelförändring',
    hiddenNote: (k: number) => `– = dolt för att inte peka ut enskilda (färre än ${k}).`,
    measurements: (n: number) => `${n} ${n === 1 ? 'skattning' : 'skattningar'}`,
    fromTo: (a: number, b: number) => `samtal ${a} till ${b}`,
    first: 'första',
    latest: 'senaste',
    change: 'förändring',
    threshold: (t: string) => `tillförlitlig förändring ${t} poäng`,
    noThreshold: 'ingen tröskel för tillförlitlig förändring',
    latestSrs: 'senaste',
    caretaker: 'skattat av omsorgsperson',
  },
  en: {
    outcomeTitle: (form: string, rater: string, caseId: string) =>
      `${form} trajectory, ${rater}, case ${caseId}`,
    session: 'Session',
    date: 'Date',
    cutoff: 'Clinical cutoff',
    band: (t: string) => `No reliable change (±${t} from first)`,
    srs: 'SRS',
    csrs: 'CSRS',
    allianceCutoff: 'Cutoff',
    clinical: 'Clinical range',
    yes: 'yes',
    no: 'no',
    noData: 'No ratings to show.',
    flagged: 'below cutoff',
    rater: {
      child: 'child',
      'young-person': 'young person',
      parent: 'parent',
      staff: 'staff',
    } as Record<Rater, string>,
    category: {
      recovered: 'recovered',
      improved: 'improved',
      unchanged: 'unchanged',
      deteriorated: 'deteriorated',
    } as Record<ChangeCategory, string>,
    hidden: 'hidden (fewer than',
    suppressed: (k: number) => `Hidden: fewer than ${k} cases`,
    noCategories: 'No reliable-change threshold',
    restHidden: 'others hidden',
    aggregateTitle: (d: string, m: string) => `${m}: change by ${d}`,
    dimension: {
      cohort: 'group cohort',
      service: 'service',
      provider: 'provider',
      district: 'district',
    } as Record<AggregateDimension, string>,
    group: 'Group',
    n: 'Cases',
    completed: 'Pre and post',
    meanChange: 'Mean change',
    hiddenNote: (k: number) => `– = hidden so as not to single anyone out (fewer than ${k}).`,
    measurements: (n: number) => `${n} ${n === 1 ? 'rating' : 'ratings'}`,
    fromTo: (a: number, b: number) => `sessions ${a} to ${b}`,
    first: 'first',
    latest: 'latest',
    change: 'change',
    threshold: (t: string) => `reliable change ${t} points`,
    noThreshold: 'no reliable-change threshold',
    latestSrs: 'latest',
    caretaker: 'rated by a caretaker',
  },
} as const;

/** Escapes text for XML/HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

function fmt(n: number, lang: ChartLanguage, decimals = 1): string {
  const s = (Math.round(n * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
  // Swedish writes decimal commas and a real minus sign.
  return lang === 'sv' ? s.replace('.', ',').replace('-', '−') : s;
}

/** Cutoffs and thresholds: as few decimals as they have (28, 6,6), so they read as the published values. */
function fmtMin(n: number, lang: ChartLanguage): string {
  return fmt(n, lang, Number.isInteger(n) ? 0 : 1);
}

function signed(n: number, lang: ChartLanguage): string {
  return n > 0 ? `+${fmt(n, lang)}` : fmt(n, lang);
}

function pct(share: number | null, lang: ChartLanguage): string {
  return share === null ? '–' : `${fmt(share * 100, lang, 0)} %`;
}

function safeId(raw: string): string {
  const cleaned = raw.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

function checkChartOptions(options: ChartOptions): OutcomesIssue[] {
  const issues: OutcomesIssue[] = [];
  if (options.lang !== undefined && options.lang !== 'sv' && options.lang !== 'en') {
    issues.push({ code: 'INVALID_INPUT', path: 'lang', message: "Expected 'sv' or 'en'" });
  }
  if (
    options.width !== undefined &&
    !(Number.isInteger(options.width) && options.width >= 320 && options.width <= 2000)
  ) {
    issues.push({
      code: 'INVALID_INPUT',
      path: 'width',
      message: 'Expected an integer width from 320 to 2000',
    });
  }
  if (options.id !== undefined && (typeof options.id !== 'string' || options.id.length === 0)) {
    issues.push({ code: 'INVALID_INPUT', path: 'id', message: 'Expected a non-empty id' });
  }
  return issues;
}

/** Picks the series a trajectory chart shows. */
function pickSeries(
  t: Trajectory,
  o: TrajectoryChartOptions,
): { outcome: OutcomeSeries | null; session: SessionSeries | null } {
  const matches = (s: { rater: Rater; respondentId: string | null }) =>
    (o.rater === undefined || s.rater === o.rater) &&
    (o.respondentId === undefined || s.respondentId === o.respondentId);
  const outcome =
    t.outcome.find((s) => matches(s) && (o.form === undefined || s.form === o.form)) ?? null;
  const sessionForm = outcome ? (outcome.form === 'ORS' ? 'SRS' : 'CSRS') : undefined;
  const session =
    t.session.find(
      (s) =>
        (outcome
          ? s.rater === outcome.rater && s.respondentId === outcome.respondentId
          : matches(s)) &&
        (sessionForm === undefined || s.form === sessionForm),
    ) ??
    t.session.find((s) => (outcome ? s.rater === outcome.rater : matches(s))) ??
    null;
  return { outcome, session };
}

/**
 * Draws one case's ORS or CORS trajectory as an accessible SVG string: sessions on the x axis, the
 * clinical cutoff as a dashed labelled line, the reliable-change band (first score ± threshold) as a
 * shaded band, and the SRS/CSRS beneath with its cutoff. No DOM needed; renders in any browser.
 *
 * @example
 * const chart = renderTrajectoryChart(trajectory, { lang: 'en' });
 * // chart.ok && chart.value.svg.startsWith('<svg')
 */
export function renderTrajectoryChart(
  trajectory: Trajectory,
  options: TrajectoryChartOptions = {},
): Result<ChartOutput, OutcomesError> {
  const issues = checkChartOptions(options);
  if (typeof trajectory !== 'object' || trajectory === null || !Array.isArray(trajectory.outcome)) {
    issues.push({
      code: 'INVALID_INPUT',
      path: 'trajectory',
      message: 'Expected a trajectory from buildTrajectory',
    });
  }
  if (issues.length > 0) return err(errorFromIssues('chart', issues));
  const lang = options.lang ?? 'sv';
  const T = TEXT[lang];
  const C = CHART_COLORS;
  const id = safeId(options.id ?? `outcomes-${trajectory.caseId}`);
  const W = options.width ?? 640;
  const { outcome, session } = pickSeries(trajectory, options);

  const left = 52;
  const right = W - 20;
  const top = 56;
  const topBottom = 276;
  const srsTop = 350;
  const srsBottom = 436;
  const H = 500;

  const sessions = [...(outcome?.points ?? []), ...(session?.points ?? [])].map((p) => p.session);
  const minS = sessions.length ? Math.min(...sessions) : 1;
  const maxS = sessions.length ? Math.max(...sessions) : 1;
  const lo = minS;
  const hi = maxS;
  // Half a session of padding each side keeps the first and last points off the axes.
  const x = (s: number): number => left + ((s - lo + 0.5) / (hi - lo + 1)) * (right - left);
  const y = (v: number): number => topBottom - (v / 40) * (topBottom - top);
  const srsValues = session?.points.map((p) => p.score.total) ?? [];
  const srsMin = srsValues.length && Math.min(...srsValues) < 20 ? 0 : 20;
  const ys = (v: number): number =>
    srsBottom - ((v - srsMin) / (40 - srsMin)) * (srsBottom - srsTop);

  const raterLabel = outcome ? T.rater[outcome.rater] : session ? T.rater[session.rater] : '';
  const formLabel = outcome?.form ?? session?.form ?? 'ORS';
  const title = T.outcomeTitle(formLabel, raterLabel, trajectory.caseId);
  const summary = trajectorySummary(outcome, session, lang);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(summary)}</desc>`,
    `<rect x="0" y="0" width="${W}" height="${H}" fill="${C.background}"/>`,
    `<text x="${left}" y="24" font-size="16" font-weight="600" fill="${C.text}">${escapeXml(title)}</text>`,
  );

  // Outcome panel: grid, band, cutoff, series.
  parts.push(`<g class="outcome-panel">`);
  for (const v of [0, 10, 20, 30, 40]) {
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${r(y(v))}" y2="${r(y(v))}" stroke="${C.grid}" stroke-width="1"/>`,
      `<text x="${left - 8}" y="${r(y(v) + 4)}" text-anchor="end" fill="${C.mutedText}">${v}</text>`,
    );
  }
  const first = outcome?.points[0]?.score.total;
  if (outcome && first !== undefined && outcome.threshold !== null) {
    const hiBand = Math.min(40, first + outcome.threshold);
    const loBand = Math.max(0, first - outcome.threshold);
    parts.push(
      `<rect class="reliable-change-band" x="${left}" y="${r(y(hiBand))}" width="${right - left}" height="${r(y(loBand) - y(hiBand))}" fill="${C.band}" fill-opacity="0.85"/>`,
      `<text x="${right - 6}" y="${r(y(hiBand) + 14)}" text-anchor="end" fill="${C.bandText}">${escapeXml(T.band(fmtMin(outcome.threshold, lang)))}</text>`,
    );
  }
  if (outcome && outcome.cutoff !== null) {
    parts.push(
      `<line class="cutoff" x1="${left}" x2="${right}" y1="${r(y(outcome.cutoff))}" y2="${r(y(outcome.cutoff))}" stroke="${C.cutoff}" stroke-width="2" stroke-dasharray="6 4"/>`,
      `<text x="${left + 6}" y="${r(y(outcome.cutoff) - 6)}" fill="${C.cutoff}">${escapeXml(`${T.cutoff} ${fmtMin(outcome.cutoff, lang)}`)}</text>`,
    );
  }
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${topBottom}" stroke="${C.axis}"/>`);
  if (outcome && outcome.points.length > 0) {
    const pts = outcome.points.map((p) => `${r(x(p.session))},${r(y(p.score.total))}`).join(' ');
    parts.push(
      `<polyline class="series outcome" points="${pts}" fill="none" stroke="${C.outcome}" stroke-width="2.5" stroke-linejoin="round"/>`,
    );
    const labelPoints = outcome.points.length <= 16;
    for (const p of outcome.points) {
      const cx = r(x(p.session));
      const cy = r(y(p.score.total));
      const label = `${T.session} ${p.session} (${p.date}): ${fmt(p.score.total, lang)}${p.score.clinical ? `, ${T.clinical.toLowerCase()}` : ''}`;
      // Clinical-range points are hollow, so the distinction survives greyscale printing.
      const fill = p.score.clinical ? C.background : C.outcome;
      parts.push(
        `<circle class="point" cx="${cx}" cy="${cy}" r="5" fill="${fill}" stroke="${C.outcome}" stroke-width="2"><title>${escapeXml(label)}</title></circle>`,
      );
      if (labelPoints)
        parts.push(
          `<text x="${cx}" y="${r(y(p.score.total) - 10)}" text-anchor="middle" fill="${C.text}">${fmt(p.score.total, lang)}</text>`,
        );
    }
  } else {
    parts.push(
      `<text x="${r((left + right) / 2)}" y="${r((top + topBottom) / 2)}" text-anchor="middle" fill="${C.mutedText}">${escapeXml(T.noData)}</text>`,
    );
  }
  parts.push(`</g>`);

  // x axis (shared by both panels).
  const tickStep = Math.max(1, Math.ceil((hi - lo) / 12));
  parts.push(
    `<g class="x-axis">`,
    `<line x1="${left}" x2="${right}" y1="${topBottom}" y2="${topBottom}" stroke="${C.axis}"/>`,
  );
  for (let s = lo; s <= hi; s += tickStep) {
    parts.push(
      `<line x1="${r(x(s))}" x2="${r(x(s))}" y1="${topBottom}" y2="${topBottom + 5}" stroke="${C.axis}"/>`,
      `<text x="${r(x(s))}" y="${topBottom + 18}" text-anchor="middle" fill="${C.mutedText}">${s}</text>`,
    );
  }
  parts.push(
    `<text x="${r((left + right) / 2)}" y="${topBottom + 36}" text-anchor="middle" fill="${C.text}">${T.session}</text>`,
    `</g>`,
  );

  // Session panel beneath.
  const sessionLabel = session?.form === 'CSRS' ? T.csrs : T.srs;
  parts.push(
    `<g class="session-panel">`,
    `<text x="${left}" y="${srsTop - 10}" font-weight="600" fill="${C.text}">${sessionLabel}</text>`,
  );
  for (const v of srsMin === 0 ? [0, 20, 40] : [20, 30, 40]) {
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${r(ys(v))}" y2="${r(ys(v))}" stroke="${C.grid}"/>`,
      `<text x="${left - 8}" y="${r(ys(v) + 4)}" text-anchor="end" fill="${C.mutedText}">${v}</text>`,
    );
  }
  const sCutoff = session?.points[0]?.score.cutoff ?? null;
  if (sCutoff !== null) {
    parts.push(
      `<line class="cutoff" x1="${left}" x2="${right}" y1="${r(ys(sCutoff))}" y2="${r(ys(sCutoff))}" stroke="${C.cutoff}" stroke-width="2" stroke-dasharray="6 4"/>`,
      `<text x="${right - 6}" y="${r(ys(sCutoff) - 6)}" text-anchor="end" fill="${C.cutoff}">${escapeXml(`${T.allianceCutoff} ${fmtMin(sCutoff, lang)}`)}</text>`,
    );
  }
  if (session && session.points.length > 0) {
    const pts = session.points.map((p) => `${r(x(p.session))},${r(ys(p.score.total))}`).join(' ');
    parts.push(
      `<polyline class="series session" points="${pts}" fill="none" stroke="${C.session}" stroke-width="2"/>`,
    );
    for (const p of session.points) {
      const cx = x(p.session);
      const cy = ys(p.score.total);
      const label = `${T.session} ${p.session} (${p.date}): ${sessionLabel} ${fmt(p.score.total, lang)}${p.score.allianceFlag ? `, ${T.flagged}` : ''}`;
      // Flagged sessions are diamonds, the rest squares: shape carries the meaning, not only colour.
      const shape = p.score.allianceFlag
        ? `<path class="point flagged" d="M${r(cx)} ${r(cy - 6)} L${r(cx + 6)} ${r(cy)} L${r(cx)} ${r(cy + 6)} L${r(cx - 6)} ${r(cy)} Z" fill="${C.background}" stroke="${C.cutoff}" stroke-width="2">`
        : `<rect class="point" x="${r(cx - 4)}" y="${r(cy - 4)}" width="8" height="8" fill="${C.session}">`;
      parts.push(
        `${shape}<title>${escapeXml(label)}</title>${p.score.allianceFlag ? '</path>' : '</rect>'}`,
      );
    }
  }
  parts.push(
    `<line x1="${left}" x2="${left}" y1="${srsTop}" y2="${srsBottom}" stroke="${C.axis}"/>`,
    `</g>`,
  );

  // Legend.
  const ly = H - 24;
  parts.push(
    `<g class="legend">`,
    `<line x1="${left}" x2="${left + 24}" y1="${ly}" y2="${ly}" stroke="${C.outcome}" stroke-width="2.5"/>`,
    `<text x="${left + 30}" y="${ly + 4}" fill="${C.text}">${formLabel}</text>`,
    `<line x1="${left + 80}" x2="${left + 104}" y1="${ly}" y2="${ly}" stroke="${C.session}" stroke-width="2"/>`,
    `<text x="${left + 110}" y="${ly + 4}" fill="${C.text}">${sessionLabel}</text>`,
    `<line x1="${left + 160}" x2="${left + 184}" y1="${ly}" y2="${ly}" stroke="${C.cutoff}" stroke-width="2" stroke-dasharray="6 4"/>`,
    `<text x="${left + 190}" y="${ly + 4}" fill="${C.text}">${escapeXml(T.cutoff)}</text>`,
    `<circle cx="${left + 310}" cy="${ly}" r="5" fill="${C.background}" stroke="${C.outcome}" stroke-width="2"/>`,
    `<text x="${left + 320}" y="${ly + 4}" fill="${C.text}">${escapeXml(T.clinical)}</text>`,
    `</g>`,
    `</svg>`,
  );
  return ok({
    svg: parts.join(''),
    summary,
    table: trajectoryTable(outcome, session, title, lang),
  });
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function trajectorySummary(
  outcome: OutcomeSeries | null,
  session: SessionSeries | null,
  lang: ChartLanguage,
): string {
  const T = TEXT[lang];
  if (!outcome && !session) return T.noData;
  const sentences: string[] = [];
  if (outcome && outcome.points.length > 0) {
    const first = outcome.points[0]!;
    const last = outcome.points[outcome.points.length - 1]!;
    let s = `${outcome.form} (${T.rater[outcome.rater]}${outcome.caretakerRated ? `, ${T.caretaker}` : ''}): ${T.measurements(outcome.points.length)}, ${T.fromTo(first.session, last.session)}. `;
    s += `${cap(T.first)} ${fmt(first.score.total, lang)}, ${T.latest} ${fmt(last.score.total, lang)}`;
    if (outcome.changeSinceFirst !== null)
      s += `, ${T.change} ${signed(outcome.changeSinceFirst, lang)}`;
    if (outcome.latestCategory !== null) s += ` (${T.category[outcome.latestCategory]})`;
    s += '.';
    const facts: string[] = [];
    if (outcome.cutoff !== null) facts.push(`${T.cutoff} ${fmtMin(outcome.cutoff, lang)}`);
    facts.push(
      outcome.threshold !== null ? T.threshold(fmtMin(outcome.threshold, lang)) : T.noThreshold,
    );
    s += ` ${cap(facts.join(', '))}.`;
    sentences.push(s);
  }
  if (session && session.points.length > 0) {
    const last = session.points[session.points.length - 1]!;
    let s = `${session.form}: ${T.measurements(session.points.length)}, ${T.latestSrs} ${fmt(last.score.total, lang)}`;
    if (last.score.allianceFlag) s += ` (${T.flagged} ${fmtMin(last.score.cutoff ?? 36, lang)})`;
    sentences.push(`${s}.`);
  }
  return sentences.join(' ');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function trajectoryTable(
  outcome: OutcomeSeries | null,
  session: SessionSeries | null,
  caption: string,
  lang: ChartLanguage,
): string {
  const T = TEXT[lang];
  const bySession = new Map<
    string,
    { session: number; date: string; outcome?: string; clinical?: string; srs?: string }
  >();
  for (const p of outcome?.points ?? []) {
    const row = bySession.get(`${p.session}|${p.date}`) ?? { session: p.session, date: p.date };
    row.outcome = fmt(p.score.total, lang);
    row.clinical = p.score.clinical === null ? '–' : p.score.clinical ? T.yes : T.no;
    bySession.set(`${p.session}|${p.date}`, row);
  }
  for (const p of session?.points ?? []) {
    const row = bySession.get(`${p.session}|${p.date}`) ?? { session: p.session, date: p.date };
    row.srs = fmt(p.score.total, lang) + (p.score.allianceFlag ? ` (${T.flagged})` : '');
    bySession.set(`${p.session}|${p.date}`, row);
  }
  const rows = [...bySession.values()].sort(
    (a, b) => a.session - b.session || (a.date < b.date ? -1 : 1),
  );
  const outcomeHead = outcome?.form ?? 'ORS';
  const sessionHead = session?.form ?? 'SRS';
  const head = [T.session, T.date, outcomeHead, T.clinical, sessionHead]
    .map((h) => `<th scope="col">${escapeXml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row">${row.session}</th><td>${escapeXml(row.date)}</td><td>${row.outcome ?? '–'}</td><td>${row.clinical ?? '–'}</td><td>${escapeXml(row.srs ?? '–')}</td></tr>`,
    )
    .join('');
  return `<table><caption>${escapeXml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const MEASURE_LABEL = {
  pcoms: 'ORS/CORS',
  'SCORE-15': 'SCORE-15',
  'SOC-13': 'KASAM-13',
  'SOC-29': 'KASAM-29',
} as const;
const SEGMENTS = ['recovered', 'improved', 'unchanged', 'deteriorated'] as const;

/**
 * Draws a small comparison chart of an aggregate report: one horizontal stacked bar per group with
 * the shares recovered / improved / unchanged / deteriorated, each segment labelled; hidden cells
 * appear as a grey "hidden" remainder and suppressed groups as text. Returns the same accessible
 * trio as {@link renderTrajectoryChart}.
 */
export function renderAggregateChart(
  report: AggregateReport,
  dimension: AggregateDimension,
  options: ChartOptions = {},
): Result<ChartOutput, OutcomesError> {
  const issues = checkChartOptions(options);
  const cells = report?.groups?.[dimension];
  if (!isArray(cells))
    issues.push({
      code: 'INVALID_INPUT',
      path: 'dimension',
      message: 'The report has no groups for this dimension',
    });
  if (issues.length > 0 || !cells) return err(errorFromIssues('chart', issues));
  const lang = options.lang ?? 'sv';
  const T = TEXT[lang];
  const C = CHART_COLORS;
  const W = options.width ?? 640;
  const id = safeId(options.id ?? `outcomes-${dimension}`);
  const k = report.minCellSize;
  const title = T.aggregateTitle(T.dimension[dimension], MEASURE_LABEL[report.measure]);
  const summary = aggregateSummary(cells, title, k, lang);

  const labelW = 150;
  const barX = labelW + 10;
  const barW = W - barX - 70;
  const rowH = 30;

  // Legend as a flowing row of swatches; wraps so that nothing is clipped at narrow widths.
  const legend: { fill: string; dashed: boolean; label: string }[] = [
    ...SEGMENTS.map((seg) => ({ fill: C[seg], dashed: false, label: T.category[seg] })),
    { fill: C.background, dashed: true, label: `${T.hidden} ${k})` },
  ];
  const legendParts: string[] = [];
  let lx = barX;
  let ly = 38;
  for (const item of legend) {
    const w = 16 + item.label.length * 7 + 14; // generous estimate of 12px text width
    if (lx + w > W - 10 && lx > barX) {
      lx = barX;
      ly += 18;
    }
    legendParts.push(
      item.dashed
        ? `<rect x="${lx}" y="${ly}" width="12" height="12" fill="${item.fill}" stroke="${C.hidden}" stroke-dasharray="2 2"/>`
        : `<rect x="${lx}" y="${ly}" width="12" height="12" fill="${item.fill}"/>`,
      `<text x="${lx + 16}" y="${ly + 10}" fill="${C.text}">${escapeXml(item.label)}</text>`,
    );
    lx += w;
  }
  const top = ly + 32;
  const H = top + Math.max(1, cells.length) * rowH + 50;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(summary)}</desc>`,
    `<rect x="0" y="0" width="${W}" height="${H}" fill="${C.background}"/>`,
    `<text x="10" y="24" font-size="16" font-weight="600" fill="${C.text}">${escapeXml(title)}</text>`,
    `<g class="legend">`,
    ...legendParts,
    `</g>`,
  ];

  if (cells.length === 0)
    parts.push(
      `<text x="${barX}" y="${top + 18}" fill="${C.mutedText}">${escapeXml(T.noData)}</text>`,
    );
  cells.forEach((cell, i) => {
    const y0 = top + i * rowH;
    parts.push(
      `<g class="group">`,
      `<text x="${labelW}" y="${y0 + 19}" text-anchor="end" fill="${C.text}">${escapeXml(truncate(cell.key, 22))}</text>`,
    );
    if (cell.suppressed) {
      parts.push(
        `<text x="${barX}" y="${y0 + 19}" fill="${C.mutedText}">${escapeXml(T.suppressed(k))}</text>`,
      );
    } else if (!cell.categoriesAvailable || cell.completedBoth === null) {
      parts.push(
        `<text x="${barX}" y="${y0 + 19}" fill="${C.mutedText}">${escapeXml(cell.completedBoth === null ? T.suppressed(k) : T.noCategories)}</text>`,
      );
    } else {
      let x0 = barX;
      for (const seg of SEGMENTS) {
        const share = cell[seg].share;
        if (share === null || share === 0) continue;
        const w = share * barW;
        const label = `${T.category[seg]}: ${pct(share, lang)}`;
        parts.push(
          `<rect class="segment ${seg}" x="${r(x0)}" y="${y0 + 5}" width="${r(w)}" height="20" fill="${C[seg]}" stroke="${C.background}" stroke-width="1"><title>${escapeXml(`${cell.key}, ${label}`)}</title></rect>`,
        );
        // Label inside wide segments (white on these dark fills passes 4.5:1).
        if (w >= 34)
          parts.push(
            `<text x="${r(x0 + w / 2)}" y="${y0 + 19}" text-anchor="middle" fill="${C.background}">${pct(share, lang)}</text>`,
          );
        x0 += w;
      }
      const rest = barX + barW - x0;
      if (rest > 0.5) {
        parts.push(
          `<rect class="segment hidden" x="${r(x0)}" y="${y0 + 5}" width="${r(rest)}" height="20" fill="${C.background}" stroke="${C.hidden}" stroke-dasharray="2 2"><title>${escapeXml(`${cell.key}, ${T.hidden} ${k})`)}</title></rect>`,
        );
      }
      parts.push(
        `<text x="${barX + barW + 6}" y="${y0 + 19}" fill="${C.mutedText}">n=${cell.completedBoth}</text>`,
      );
    }
    parts.push(`</g>`);
  });
  parts.push(
    `<text x="10" y="${H - 14}" fill="${C.mutedText}">${escapeXml(T.hiddenNote(k))}</text>`,
    `</svg>`,
  );
  return ok({ svg: parts.join(''), summary, table: aggregateTable(cells, title, k, lang) });
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function aggregateSummary(
  cells: readonly AggregateCell[],
  title: string,
  k: number,
  lang: ChartLanguage,
): string {
  const T = TEXT[lang];
  const lines = cells.map((c) => {
    if (c.suppressed) return `${c.key}: ${T.suppressed(k).toLowerCase()}`;
    const parts = SEGMENTS.filter((s) => c[s].share !== null).map(
      (s) => `${T.category[s]} ${pct(c[s].share, lang)}`,
    );
    const n = c.completedBoth === null ? '' : ` (${T.completed.toLowerCase()} ${c.completedBoth})`;
    if (c.completedBoth === null) return `${c.key}: ${T.suppressed(k).toLowerCase()}`;
    if (!c.categoriesAvailable) return `${c.key}${n}: ${T.noCategories.toLowerCase()}`;
    if (parts.length < SEGMENTS.length) parts.push(T.restHidden);
    return `${c.key}${n}: ${parts.join(', ')}`;
  });
  return `${title}. ${lines.join('; ')}.`;
}

function aggregateTable(
  cells: readonly AggregateCell[],
  caption: string,
  k: number,
  lang: ChartLanguage,
): string {
  const T = TEXT[lang];
  const num = (n: number | null): string => (n === null ? '–' : String(n));
  const head = [T.group, T.n, T.completed, T.meanChange, ...SEGMENTS.map((s) => T.category[s])]
    .map((h) => `<th scope="col">${escapeXml(h)}</th>`)
    .join('');
  const body = cells
    .map(
      (c) =>
        `<tr><th scope="row">${escapeXml(c.key)}</th><td>${num(c.n)}</td><td>${num(c.completedBoth)}</td><td>${c.meanChange === null ? '–' : signed(c.meanChange, lang)}</td>${SEGMENTS.map((s) => `<td>${pct(c[s].share, lang)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><caption>${escapeXml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody><tfoot><tr><td colspan="8">${escapeXml(T.hiddenNote(k))}</td></tr></tfoot></table>`;
}
