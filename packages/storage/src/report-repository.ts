import type { Result } from '@lotsen/domain';
import { z } from 'zod';
import type { Driver, Row } from './driver.js';
import type { StorageError } from './errors.js';
import { TimestampSchema, guard, iso, parseInput } from './input.js';

/** One ORS or CORS administration of a referral, as the reports read it. */
export interface StoredOutcomeFact {
  readonly instrument: string;
  /** Session number; 0 is intake. */
  readonly session: number;
  /** The day it was filled in (`YYYY-MM-DD`). */
  readonly date: string;
  readonly rater: string;
  /** Tells two respondents with the same role apart; `null` when there is one. */
  readonly respondentId: string | null;
  /** The scored total, or `null` when it was stored unscored. */
  readonly total: number | null;
  /** The norm population it was scored for (`adult`, `adolescent`, `child`), when scored. */
  readonly population: string | null;
  /** A parent or staff rating of a child or adolescent. */
  readonly caretakerRated: boolean;
}

/**
 * One submitted referral as the reports read it: where and what for, and the first time it reached
 * each step, from its event log. No personal data: the child appears only as the referral's UUID.
 * A step not reached (by `until`) is `null`.
 */
export interface StoredReferralFacts {
  readonly id: string;
  readonly districtId: string;
  readonly serviceId: string;
  readonly needs: readonly string[];
  /** The first submission: the start of the wait. */
  readonly submittedAt: string;
  /** The first offer of a seat. */
  readonly offeredAt: string | null;
  /** The first enrolment in a group: the start. */
  readonly enrolledAt: string | null;
  readonly completedAt: string | null;
  readonly followedUpAt: string | null;
  /** When the child dropped out of the group. */
  readonly discontinuedAt: string | null;
  /** The first move to `declined`, `withdrawn`, `referred_on` or `expired`. */
  readonly closedAt: string | null;
  /** Its ORS and CORS administrations, by session. */
  readonly outcomes: readonly StoredOutcomeFact[];
  /** Made from Teams: its referrer can be told how it goes there. */
  readonly fromTeams: boolean;
  /** When a status message first reached the referrer in Teams (by `until`); the loop closed. */
  readonly referrerToldAt: string | null;
  /** On a cohort's or a service's waiting list (its status `waitlisted`) at `until`. */
  readonly onWaitingList: boolean;
}

/** Options of {@link ReportRepository.referralFacts}. */
export const ReferralFactsQuerySchema = z.strictObject({
  /**
   * Facts as they stood at this moment (ISO 8601): referrals submitted later, events after it and
   * outcome administrations after its day are left out.
   */
  until: TimestampSchema.optional(),
});
/** Options of {@link ReportRepository.referralFacts}. */
export type ReferralFactsQuery = z.input<typeof ReferralFactsQuerySchema>;

/** Reads for reports: everything a report needs, in one query. */
export interface ReportRepository {
  /**
   * Every submitted referral (drafts are left out) with its district, service, needs, key dates from
   * its event log and its ORS/CORS administrations, oldest submission first. One query, however many
   * referrals there are. The rows fit `@lotsen/reports`' `equityReport`.
   */
  referralFacts(query?: ReferralFactsQuery): Promise<Result<StoredReferralFacts[], StorageError>>;
  /** The coordination team's daily counts at `at` (ISO 8601); see {@link CoordinationCounts}. */
  coordinationCounts(at: string): Promise<Result<CoordinationCounts, StorageError>>;
}

/**
 * What the coordination team's daily digest counts, at a moment. Counts only: no child appears.
 */
export interface CoordinationCounts {
  /** Referrals first submitted in the 24 hours before. */
  readonly newReferrals: number;
  /** Offers whose reply deadline (a pending `timer.offer_deadline`) falls in the next 48 hours. */
  readonly offersLapsing: number;
  /** Open `cohort_below_minimum` tasks: cohorts below their minimum close to their start. */
  readonly cohortsBelowMinimum: number;
  /** Open `follow_up_due` tasks that are due. */
  readonly followUpsDue: number;
  /** Families on a cohort's or a service's list whose wait (from submission) passed 30 days. */
  readonly waitingOver30Days: number;
}

/*
 * One statement of five counts. The wait counts from submission, as the waiting order does; both
 * lists (a cohort's and a service's) are read, since a referral waits in one of them at a time.
 */
const COORDINATION_COUNTS_SQL = /* sql */ `
SELECT
  (SELECT count(*) FROM referrals
    WHERE submitted_at > $1::timestamptz - interval '24 hours' AND submitted_at <= $1::timestamptz) AS new_referrals,
  (SELECT count(*) FROM jobs
    WHERE kind = 'timer.offer_deadline' AND state = 'pending'
      AND run_at > $1::timestamptz AND run_at <= $1::timestamptz + interval '48 hours') AS offers_lapsing,
  (SELECT count(*) FROM tasks WHERE kind = 'cohort_below_minimum' AND done_at IS NULL) AS cohorts_below_minimum,
  (SELECT count(*) FROM tasks
    WHERE kind = 'follow_up_due' AND done_at IS NULL AND due_at <= $1::timestamptz) AS follow_ups_due,
  (SELECT count(*) FROM (
     SELECT submitted_at FROM cohort_waitlist UNION ALL SELECT submitted_at FROM service_waitlist
   ) w WHERE w.submitted_at < $1::timestamptz - interval '30 days') AS waiting_over_30_days`;

/*
 * One statement: the referrals, joined to their event log folded to one row per referral (the first
 * time each step was reached) and to their outcome series folded to one JSON array. Folding in
 * grouped subqueries lets the planner hash-join them instead of looking up each referral's events.
 */
const REFERRAL_FACTS_SQL = /* sql */ `
SELECT r.id, r.district_id, r.service_id, r.request->'needs' AS needs, r.submitted_at,
       e.offered_at, e.enrolled_at, e.completed_at, e.followed_up_at, e.discontinued_at, e.closed_at,
       COALESCE(o.outcomes, '[]'::jsonb) AS outcomes,
       rc.referral_id IS NOT NULL AS from_teams,
       CASE WHEN $1::timestamptz IS NULL OR rc.told_at <= $1::timestamptz THEN rc.told_at END
         AS referrer_told_at,
       COALESCE(s.to_status = 'waitlisted', false) AS on_waiting_list
  FROM referrals r
  LEFT JOIN referrer_conversations rc ON rc.referral_id = r.id
  LEFT JOIN (
    SELECT DISTINCT ON (referral_id) referral_id, to_status
      FROM referral_events
     WHERE $1::timestamptz IS NULL OR at <= $1::timestamptz
     ORDER BY referral_id, version DESC
  ) s ON s.referral_id = r.id
  LEFT JOIN (
    SELECT referral_id,
           min(at) FILTER (WHERE to_status = 'offered') AS offered_at,
           min(at) FILTER (WHERE to_status = 'enrolled') AS enrolled_at,
           min(at) FILTER (WHERE to_status = 'completed') AS completed_at,
           min(at) FILTER (WHERE to_status = 'followed_up') AS followed_up_at,
           min(at) FILTER (WHERE to_status = 'discontinued') AS discontinued_at,
           min(at) FILTER (WHERE to_status IN ('declined', 'withdrawn', 'referred_on', 'expired'))
             AS closed_at
      FROM referral_events
     WHERE $1::timestamptz IS NULL OR at <= $1::timestamptz
     GROUP BY referral_id
  ) e ON e.referral_id = r.id
  LEFT JOIN (
    SELECT referral_id,
           jsonb_agg(jsonb_build_object(
             'instrument', instrument,
             'session', session,
             'date', to_char(administered_on, 'YYYY-MM-DD'),
             'rater', rater,
             'respondentId', NULLIF(respondent_id, ''),
             'total', CASE WHEN jsonb_typeof(doc->'score'->'total') = 'number'
                           THEN doc->'score'->'total' END,
             'population', CASE WHEN jsonb_typeof(doc->'score'->'population') = 'string'
                                THEN doc->'score'->'population' END,
             'caretakerRated', COALESCE(doc->'score'->'caretakerRated' = 'true'::jsonb, false)
           ) ORDER BY session, administered_on, rater, respondent_id) AS outcomes
      FROM outcome_administrations
     WHERE instrument IN ('ORS', 'CORS') AND ($2::date IS NULL OR administered_on <= $2::date)
     GROUP BY referral_id
  ) o ON o.referral_id = r.id
 WHERE r.submitted_at IS NOT NULL
   AND ($1::timestamptz IS NULL OR r.submitted_at <= $1::timestamptz)
 ORDER BY r.submitted_at, r.id`;

const orNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : iso(value);

function toFacts(row: Row): StoredReferralFacts {
  return {
    id: String(row.id),
    districtId: String(row.district_id),
    serviceId: String(row.service_id),
    needs: row.needs as string[],
    submittedAt: iso(row.submitted_at),
    offeredAt: orNull(row.offered_at),
    enrolledAt: orNull(row.enrolled_at),
    completedAt: orNull(row.completed_at),
    followedUpAt: orNull(row.followed_up_at),
    discontinuedAt: orNull(row.discontinued_at),
    closedAt: orNull(row.closed_at),
    outcomes: row.outcomes as StoredOutcomeFact[],
    fromTeams: row.from_teams === true,
    referrerToldAt: orNull(row.referrer_told_at),
    onWaitingList: row.on_waiting_list === true,
  };
}

/** Creates the report repository over a driver. */
export function createReportRepository(driver: Driver): ReportRepository {
  return {
    async referralFacts(query = {}) {
      const parsed = parseInput(ReferralFactsQuerySchema, query, 'referral facts query');
      if (!parsed.ok) return parsed;
      const until = parsed.value.until;
      // The day of `until` in UTC, computed here so that the session's time zone cannot move it.
      const untilDay = until === undefined ? null : new Date(until).toISOString().slice(0, 10);
      return guard(async () => {
        const { rows } = await driver.query(REFERRAL_FACTS_SQL, [until ?? null, untilDay]);
        return rows.map(toFacts);
      });
    },

    async coordinationCounts(at) {
      const parsed = parseInput(TimestampSchema, at, 'at');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const { rows } = await driver.query(COORDINATION_COUNTS_SQL, [parsed.value]);
        const row = rows[0] ?? {};
        return {
          newReferrals: Number(row.new_referrals ?? 0),
          offersLapsing: Number(row.offers_lapsing ?? 0),
          cohortsBelowMinimum: Number(row.cohorts_below_minimum ?? 0),
          followUpsDue: Number(row.follow_ups_due ?? 0),
          waitingOver30Days: Number(row.waiting_over_30_days ?? 0),
        };
      });
    },
  };
}
