import { ok, type Result } from '@lotsen/domain';
import type { Database } from '@lotsen/storage';
import { z } from 'zod';

/*
 * Attendance per cohort meeting, in the `cohort_attendance` table of @lotsen/storage's migration 004.
 * The queries go through the storage driver, so they run inside the request's transaction and on
 * both engines; they belong in a storage repository once one is written for attendance.
 */

/** Whether a child came to a meeting. */
export const AttendanceStatusSchema = z.enum(['present', 'absent', 'excused']);
/** Whether a child came to a meeting. */
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/** The attendance of one meeting of a cohort, as recorded by its group leader. */
export interface MeetingAttendance {
  readonly cohortId: string;
  readonly session: number;
  readonly date: string;
  readonly records: readonly { readonly referralId: string; readonly status: AttendanceStatus }[];
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/**
 * Records (or corrects) one meeting's attendance: each row replaces an earlier record of the same
 * child at the same meeting. Run it in a unit of work, so a failure leaves nothing behind.
 */
export async function recordAttendance(
  tx: Database,
  input: Omit<MeetingAttendance, 'recordedAt'> & { readonly at: string },
): Promise<Result<MeetingAttendance, never>> {
  for (const r of input.records) {
    await tx.driver.query(
      `INSERT INTO cohort_attendance
         (cohort_id, session, referral_id, held_on, status, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (cohort_id, session, referral_id) DO UPDATE
         SET held_on = EXCLUDED.held_on, status = EXCLUDED.status,
             recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
      [
        input.cohortId,
        input.session,
        r.referralId,
        input.date,
        r.status,
        input.recordedBy,
        input.at,
      ],
    );
  }
  const { at, ...rest } = input;
  return ok({ ...rest, recordedAt: at });
}

/** A cohort's attendance: every recorded meeting, and per child the counts. */
export interface CohortAttendance {
  readonly cohortId: string;
  readonly meetings: readonly {
    readonly session: number;
    readonly date: string;
    readonly records: readonly { readonly referralId: string; readonly status: AttendanceStatus }[];
  }[];
  readonly children: readonly {
    readonly referralId: string;
    readonly present: number;
    readonly absent: number;
    readonly excused: number;
  }[];
}

/** Reads a cohort's attendance, meetings in order. */
export async function readAttendance(db: Database, cohortId: string): Promise<CohortAttendance> {
  const { rows } = await db.driver.query<{
    session: number;
    held_on: string;
    referral_id: string;
    status: AttendanceStatus;
  }>(
    `SELECT session, held_on::text AS held_on, referral_id, status FROM cohort_attendance
      WHERE cohort_id = $1 ORDER BY session, referral_id`,
    [cohortId],
  );
  const meetings = new Map<
    number,
    { session: number; date: string; records: { referralId: string; status: AttendanceStatus }[] }
  >();
  const children = new Map<
    string,
    { referralId: string; present: number; absent: number; excused: number }
  >();
  for (const row of rows) {
    const session = Number(row.session);
    const date = String(row.held_on);
    const meeting = meetings.get(session) ?? { session, date, records: [] };
    meeting.records.push({ referralId: String(row.referral_id), status: row.status });
    meetings.set(session, meeting);
    const child = children.get(row.referral_id) ?? {
      referralId: String(row.referral_id),
      present: 0,
      absent: 0,
      excused: 0,
    };
    child[row.status] += 1;
    children.set(row.referral_id, child);
  }
  return { cohortId, meetings: [...meetings.values()], children: [...children.values()] };
}
