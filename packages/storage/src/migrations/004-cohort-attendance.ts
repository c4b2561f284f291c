/**
 * Attendance per group meeting: which children came, were away or were excused. Group leaders record
 * it for their own cohorts; it feeds completion shares in the equity report.
 */
export const sql = /* sql */ `
CREATE TABLE cohort_attendance (
  cohort_id text NOT NULL REFERENCES cohorts (id),
  session integer NOT NULL CHECK (session > 0),
  referral_id uuid NOT NULL REFERENCES referrals (id),
  held_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (cohort_id, session, referral_id)
);
`;
