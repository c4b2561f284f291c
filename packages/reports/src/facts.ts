import { err, ok, type InputIssue, type Result } from '@lotsen/domain';
import { reportsError, type ReportsError } from './errors.js';

/**
 * One ORS or CORS administration of a referral, as stored: the envelope and the scored total. Other
 * instruments, and administrations without a numeric total, are skipped.
 */
export interface OutcomeFact {
  /** `ORS` or `CORS`; other instruments are skipped. */
  readonly instrument: string;
  /** Session number; 0 is intake. */
  readonly session: number;
  /** The day it was filled in (`YYYY-MM-DD`); administrations after the report's date are skipped. */
  readonly date: string;
  /** `child`, `young-person`, `parent` or `staff`. */
  readonly rater: string;
  /** Tells two respondents with the same role apart (two parents). */
  readonly respondentId?: string | null | undefined;
  /** The scored total (0–40); `null` when it was not scored. */
  readonly total: number | null;
  /** The norm population it was scored for: `adult`, `adolescent` or `child`. */
  readonly population?: string | null | undefined;
  /** A parent or staff rating of a child or adolescent. */
  readonly caretakerRated?: boolean | null | undefined;
}

/**
 * One referral as the reports read it: where and what for, and when it reached each step. No
 * personal data: the id is the referral's UUID. Timestamps are ISO 8601; a step not (yet) reached is
 * `null` or left out. `@lotsen/storage`'s `db.reports.referralFacts()` returns rows of this shape.
 */
export interface ReferralFacts {
  readonly id: string;
  /** The child's district. */
  readonly districtId: string;
  /** The needs the referral names. */
  readonly needs: readonly string[];
  /** The first submission: the start of the wait. `null` for a draft, which no report counts. */
  readonly submittedAt: string | null;
  /** The first enrolment in a group: the start. */
  readonly enrolledAt?: string | null | undefined;
  /** When the child completed the group. */
  readonly completedAt?: string | null | undefined;
  /** When the follow-up was recorded (it implies completion). */
  readonly followedUpAt?: string | null | undefined;
  /** When the child dropped out of the group. */
  readonly discontinuedAt?: string | null | undefined;
  /** When the referral closed without a start: declined, withdrawn, referred on or expired. */
  readonly closedAt?: string | null | undefined;
  /** Its ORS/CORS administrations. */
  readonly outcomes?: readonly OutcomeFact[] | undefined;
  /** Made from Teams, where its referrer hears how it goes. */
  readonly fromTeams?: boolean | null | undefined;
  /** When a status message about it first reached the referrer in Teams: the loop closed. */
  readonly referrerToldAt?: string | null | undefined;
  /** On a cohort's or a service's waiting list at the report's date. */
  readonly onWaitingList?: boolean | null | undefined;
}

/** A referral with its timestamps as epoch milliseconds (`NaN`-free), checked once. */
export interface ParsedFacts {
  readonly source: ReferralFacts;
  readonly submitted: number;
  readonly enrolled: number | undefined;
  readonly completed: number | undefined;
  readonly followedUp: number | undefined;
  readonly discontinued: number | undefined;
  readonly closed: number | undefined;
  readonly told: number | undefined;
}

// A broken table would otherwise give one issue per row; the first ones say enough.
const MAX_ISSUES = 20;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const TIMESTAMP_MESSAGE = 'Expected an ISO 8601 timestamp or null';

/** Epoch ms of an ISO timestamp; `undefined` for none, `NaN` for one that does not parse. */
function timestamp(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' && ISO_TIMESTAMP.test(value) ? Date.parse(value) : Number.NaN;
}

/** Every problem of one row, with its path; only called for a row that failed the quick check. */
function rowIssues(row: unknown, i: number): InputIssue[] {
  const at = (field: string) => `referrals.${i}.${field}`;
  if (typeof row !== 'object' || row === null) {
    return [{ path: `referrals.${i}`, message: 'Expected a referral row' }];
  }
  const r = row as Record<string, unknown>;
  const issues: InputIssue[] = [];
  if (typeof r.id !== 'string' || r.id === '')
    issues.push({ path: at('id'), message: 'Expected a referral id' });
  if (typeof r.districtId !== 'string')
    issues.push({ path: at('districtId'), message: 'Expected a district id' });
  if (!Array.isArray(r.needs) || !r.needs.every((n) => typeof n === 'string'))
    issues.push({ path: at('needs'), message: 'Expected a list of need ids' });
  if (r.outcomes !== undefined && r.outcomes !== null && !Array.isArray(r.outcomes))
    issues.push({ path: at('outcomes'), message: 'Expected a list of administrations' });
  for (const field of [
    'submittedAt',
    'enrolledAt',
    'completedAt',
    'followedUpAt',
    'discontinuedAt',
    'closedAt',
    'referrerToldAt',
  ]) {
    if (Number.isNaN(timestamp(r[field])))
      issues.push({ path: at(field), message: TIMESTAMP_MESSAGE });
  }
  for (const field of ['fromTeams', 'onWaitingList']) {
    if (r[field] != null && typeof r[field] !== 'boolean')
      issues.push({ path: at(field), message: 'Expected true, false or null' });
  }
  return issues;
}

/** True for a flag that is `true`, `false`, `null` or left out. */
const validFlag = (value: unknown) => value == null || typeof value === 'boolean';

function validNeeds(needs: unknown): boolean {
  if (!Array.isArray(needs)) return false;
  for (const n of needs) if (typeof n !== 'string') return false;
  return true;
}

/**
 * Checks the rows and parses their timestamps. Drafts (no `submittedAt`) are left out. Hand-written
 * rather than a zod schema: a report reads every referral the city has, and this runs once per row;
 * the paths of a bad row's problems are worked out only when there is one.
 */
export function parseFacts(rows: readonly ReferralFacts[]): Result<ParsedFacts[], ReportsError> {
  // Checked as unknown: the rows come from outside, whatever their declared type.
  const untyped: unknown = rows;
  if (!Array.isArray(untyped)) {
    const issue = { path: 'referrals', message: 'Expected a list of referral rows' };
    return err(reportsError('INVALID_ROW', 'referral rows', [issue]));
  }
  const issues: InputIssue[] = [];
  const parsed: ParsedFacts[] = [];
  for (let i = 0; i < rows.length && issues.length < MAX_ISSUES; i++) {
    const row = rows[i]!;
    if (typeof row !== 'object' || row === null) {
      issues.push(...rowIssues(row, i));
      continue;
    }
    const submitted = timestamp(row.submittedAt);
    const enrolled = timestamp(row.enrolledAt);
    const completed = timestamp(row.completedAt);
    const followedUp = timestamp(row.followedUpAt);
    const discontinued = timestamp(row.discontinuedAt);
    const closed = timestamp(row.closedAt);
    const told = timestamp(row.referrerToldAt);
    // NaN marks a timestamp that did not parse.
    if (
      typeof row.id !== 'string' ||
      row.id === '' ||
      typeof row.districtId !== 'string' ||
      !validNeeds(row.needs) ||
      (row.outcomes != null && !Array.isArray(row.outcomes)) ||
      Number.isNaN(submitted) ||
      Number.isNaN(enrolled) ||
      Number.isNaN(completed) ||
      Number.isNaN(followedUp) ||
      Number.isNaN(discontinued) ||
      Number.isNaN(closed) ||
      Number.isNaN(told) ||
      !validFlag(row.fromTeams) ||
      !validFlag(row.onWaitingList)
    ) {
      issues.push(...rowIssues(row, i));
      continue;
    }
    if (submitted === undefined || issues.length > 0) continue;
    parsed.push({
      source: row,
      submitted,
      enrolled,
      completed,
      followedUp,
      discontinued,
      closed,
      told,
    });
  }
  if (issues.length > 0) {
    return err(reportsError('INVALID_ROW', 'referral rows', issues.slice(0, MAX_ISSUES)));
  }
  return ok(parsed);
}
