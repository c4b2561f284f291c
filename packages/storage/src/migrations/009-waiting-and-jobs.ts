/**
 * Time moves (issue 17):
 * - `service_waitlist`: a service's general list, for a child waiting for any cohort of the service
 *   rather than one cohort. A referral waits in one list at a time (a cohort's or a service's).
 * - `cohorts.freed_seat_policy`: when a seat frees, `offer` it to the next in line at once, or
 *   `propose` it to the coordinator as a task.
 * - The queues are ordered by `@lotsen/domain`'s waiting order; the index serves the usual scan.
 * - `jobs`: durable timers and notifications, claimed with `FOR UPDATE SKIP LOCKED` so that each
 *   fires once however many instances run. A job's `key` makes scheduling idempotent.
 * - `tasks`: what a person must do, made by timers (check-ins for the motivation owner, follow-ups
 *   due, cohorts below their minimum, seats proposed, messages that could not be delivered).
 * - `referrer_conversations` and `staff_notification_settings`: where the staff member who made a
 *   referral from Teams hears back, and whether they want to.
 */
export const sql = /* sql */ `
CREATE TABLE service_waitlist (
  service_id text NOT NULL,
  referral_id uuid NOT NULL UNIQUE REFERENCES referrals (id),
  submitted_at timestamptz NOT NULL,
  priority integer NOT NULL DEFAULT 0,
  since timestamptz NOT NULL,
  PRIMARY KEY (service_id, referral_id)
);
CREATE INDEX service_waitlist_service_idx ON service_waitlist (service_id, submitted_at);

ALTER TABLE cohorts ADD COLUMN freed_seat_policy text NOT NULL DEFAULT 'offer'
  CHECK (freed_seat_policy IN ('offer', 'propose'));

CREATE TABLE jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.]{0,62}$'),
  key text NOT NULL UNIQUE,
  referral_id uuid REFERENCES referrals (id),
  run_at timestamptz NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed', 'cancelled')),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 6 CHECK (max_attempts > 0),
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL,
  done_at timestamptz
);
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE state IN ('pending', 'running');
CREATE INDEX jobs_referral_idx ON jobs (referral_id) WHERE state = 'pending';

CREATE TABLE tasks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]{0,62}$'),
  key text NOT NULL UNIQUE,
  referral_id uuid REFERENCES referrals (id),
  cohort_id text REFERENCES cohorts (id),
  assignee_role text NOT NULL,
  assignee_id text,
  due_at timestamptz NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL,
  done_at timestamptz
);
CREATE INDEX tasks_open_idx ON tasks (assignee_role, due_at) WHERE done_at IS NULL;

CREATE TABLE referrer_conversations (
  referral_id uuid PRIMARY KEY REFERENCES referrals (id),
  staff_id text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('sv', 'en')),
  reference jsonb NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE staff_notification_settings (
  staff_id text PRIMARY KEY,
  muted boolean NOT NULL,
  updated_at timestamptz NOT NULL
);
`;
