import {
  IsoDateSchema,
  SlugSchema,
  containsPersonalIdentityNumber,
  type Result,
  TextSchema,
} from '@lotsen/domain';
import { z } from 'zod';
import type { Driver } from './driver.js';
import { StorageError } from './errors.js';
import { TimestampSchema, guard, invalidInput, parseInput } from './input.js';

/** Whether a child came to a meeting. */
export const AttendanceStatusSchema = z.enum(['present', 'absent', 'excused']);
/** Whether a child came to a meeting. */
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/** One child's attendance at one meeting. */
export interface AttendanceRecord {
  readonly referralId: string;
  readonly status: AttendanceStatus;
}

/** What a group leader records for one meeting of a cohort. */
export const MeetingAttendanceInputSchema = z.strictObject({
  cohortId: SlugSchema,
  /** The meeting's number, from 1 to the cohort's number of meetings. */
  session: z.number().int().min(1).max(1000),
  /** The day the meeting was held. */
  date: IsoDateSchema,
  records: z
    .array(z.strictObject({ referralId: z.uuid(), status: AttendanceStatusSchema }))
    .min(1)
    .max(100)
    .refine((rs) => new Set(rs.map((r) => r.referralId)).size === rs.length, {
      message: 'A child is listed twice',
    }),
  /** Who recorded it: a staff id, never a personal identity number. */
  recordedBy: TextSchema.trim()
    .min(1)
    .max(200)
    .refine(
      (v) => !containsPersonalIdentityNumber(v),
      'Contains a personal identity number; record the staff id',
    ),
  /** When it was recorded, by the caller's clock. */
  at: TimestampSchema,
});
/** What a group leader records for one meeting of a cohort. */
export type MeetingAttendanceInput = z.input<typeof MeetingAttendanceInputSchema>;

/** The attendance of one meeting, as recorded. */
export interface MeetingAttendance {
  readonly cohortId: string;
  readonly session: number;
  readonly date: string;
  readonly records: readonly AttendanceRecord[];
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** A cohort's attendance: every recorded meeting in order, and per child the counts. */
export interface CohortAttendance {
  readonly cohortId: string;
  readonly meetings: readonly {
    readonly session: number;
    readonly date: string;
    readonly records: readonly AttendanceRecord[];
  }[];
  readonly children: readonly {
    readonly referralId: string;
    readonly present: number;
    readonly absent: number;
    readonly excused: number;
  }[];
}

/**
 * Attendance per cohort meeting, kept by the cohort's group leaders. Only children enrolled in the
 * cohort are recorded, and only for meetings the cohort has; both are checked in the transaction
 * that writes, under a share lock on the cohort, so a seat released at the same moment cannot slip
 * a stranger in.
 */
export interface AttendanceRepository {
  /**
   * Records (or corrects) one meeting: each record replaces an earlier one of the same child at the
   * same meeting, all in one transaction. `NOT_FOUND` for an unknown cohort; `INVALID_INPUT` (path
   * `session`) for a meeting the cohort does not have; `CONFLICT` listing each child that holds no
   * enrolled seat in the cohort (paths `records.<i>.referralId`). Nothing is written on an error.
   */
  record(input: MeetingAttendanceInput): Promise<Result<MeetingAttendance, StorageError>>;
  /** A cohort's attendance, meetings in order; `NOT_FOUND` for an unknown cohort. */
  read(cohortId: string): Promise<Result<CohortAttendance, StorageError>>;
}

/** Creates the attendance repository over a driver. */
export function createAttendanceRepository(driver: Driver): AttendanceRepository {
  return {
    async record(input) {
      const parsed = parseInput(MeetingAttendanceInputSchema, input, 'meeting attendance');
      if (!parsed.ok) return parsed;
      const m = parsed.value;
      return guard(() =>
        driver.transaction(async (tx) => {
          // A share lock: seat changes lock the cohort row for update, so the enrolled seats read
          // below stay as they are until this transaction ends.
          const cohort = await tx.query<{ meetings: number | null }>(
            `SELECT (doc->'meetings'->>'count')::int AS meetings FROM cohorts WHERE id = $1 FOR SHARE`,
            [m.cohortId],
          );
          const row = cohort.rows[0];
          if (!row) {
            throw new StorageError('NOT_FOUND', `No cohort ${m.cohortId}`, {
              details: { cohortId: m.cohortId },
            });
          }
          const meetings = Number(row.meetings);
          if (m.session > meetings) {
            throw invalidInput('meeting attendance', [
              { path: 'session', message: `The cohort has ${meetings} meetings` },
            ]);
          }
          const seated = await tx.query<{ referral_id: string }>(
            `SELECT referral_id FROM cohort_seats
              WHERE cohort_id = $1 AND state = 'enrolled' AND referral_id = ANY($2::uuid[])`,
            [m.cohortId, m.records.map((r) => r.referralId)],
          );
          const enrolled = new Set(seated.rows.map((r) => String(r.referral_id)));
          const strangers = m.records
            .map((r, i) => ({ r, i }))
            .filter(({ r }) => !enrolled.has(r.referralId))
            .map(({ i }) => ({
              path: `records.${i}.referralId`,
              message: 'Not enrolled in this cohort',
            }));
          if (strangers.length > 0) {
            throw new StorageError('CONFLICT', 'Attendance is kept for enrolled children only', {
              issues: strangers,
              details: { cohortId: m.cohortId },
            });
          }
          // One statement for the whole meeting: a correction replaces the earlier record.
          await tx.query(
            `INSERT INTO cohort_attendance
               (cohort_id, session, referral_id, held_on, status, recorded_by, recorded_at)
             SELECT $1, $2, r.referral_id, $3, r.status, $4, $5
               FROM unnest($6::uuid[], $7::text[]) AS r(referral_id, status)
             ON CONFLICT (cohort_id, session, referral_id) DO UPDATE
               SET held_on = EXCLUDED.held_on, status = EXCLUDED.status,
                   recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
            [
              m.cohortId,
              m.session,
              m.date,
              m.recordedBy,
              m.at,
              m.records.map((r) => r.referralId),
              m.records.map((r) => r.status),
            ],
          );
          return {
            cohortId: m.cohortId,
            session: m.session,
            date: m.date,
            records: m.records.map((r) => ({ referralId: r.referralId, status: r.status })),
            recordedBy: m.recordedBy,
            recordedAt: m.at,
          };
        }),
      );
    },

    async read(cohortId) {
      const parsed = parseInput(SlugSchema, cohortId, 'cohort id');
      if (!parsed.ok) return parsed;
      const id = parsed.value;
      return guard(async () => {
        const cohort = await driver.query('SELECT 1 FROM cohorts WHERE id = $1', [id]);
        if (cohort.rows.length === 0) {
          throw new StorageError('NOT_FOUND', `No cohort ${id}`, { details: { cohortId: id } });
        }
        const { rows } = await driver.query<{
          session: number;
          held_on: string;
          referral_id: string;
          status: AttendanceStatus;
        }>(
          `SELECT session, held_on::text AS held_on, referral_id, status FROM cohort_attendance
            WHERE cohort_id = $1 ORDER BY session, referral_id`,
          [id],
        );
        const meetings = new Map<
          number,
          { session: number; date: string; records: AttendanceRecord[] }
        >();
        const children = new Map<
          string,
          { referralId: string; present: number; absent: number; excused: number }
        >();
        for (const row of rows) {
          const session = Number(row.session);
          const referralId = String(row.referral_id);
          const meeting = meetings.get(session) ?? {
            session,
            date: String(row.held_on),
            records: [],
          };
          meeting.records.push({ referralId, status: row.status });
          meetings.set(session, meeting);
          const child = children.get(referralId) ?? {
            referralId,
            present: 0,
            absent: 0,
            excused: 0,
          };
          child[row.status] += 1;
          children.set(referralId, child);
        }
        return { cohortId: id, meetings: [...meetings.values()], children: [...children.values()] };
      });
    },
  };
}
