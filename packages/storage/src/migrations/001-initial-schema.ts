/**
 * The tables. Catalogue records, cohorts and leaders are JSONB documents (validated by the domain
 * schemas before they get here) plus the columns that queries filter or lock on. Referrals keep the
 * xstate snapshot as JSONB beside the status and a version for optimistic concurrency.
 */
export const sql = /* sql */ `
CREATE TABLE catalogue_meta (
  id smallint PRIMARY KEY CHECK (id = 1),
  revision integer NOT NULL DEFAULT 0,
  replaced_at timestamptz
);
-- The one row every catalogue write locks, so that two replacements cannot interleave.
INSERT INTO catalogue_meta (id) VALUES (1);

CREATE TABLE catalogue_districts (
  id text PRIMARY KEY,
  position integer NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  doc jsonb NOT NULL
);

CREATE TABLE catalogue_providers (
  id text PRIMARY KEY,
  position integer NOT NULL,
  kind text NOT NULL,
  district_id text,
  doc jsonb NOT NULL
);
CREATE INDEX catalogue_providers_district_idx ON catalogue_providers (district_id);

CREATE TABLE catalogue_services (
  id text PRIMARY KEY,
  position integer NOT NULL,
  provider_id text NOT NULL,
  kind text NOT NULL,
  status text NOT NULL,
  venue_district_id text,
  doc jsonb NOT NULL
);
CREATE INDEX catalogue_services_provider_idx ON catalogue_services (provider_id);
CREATE INDEX catalogue_services_kind_idx ON catalogue_services (kind, status);

CREATE TABLE catalogue_needs (
  id text PRIMARY KEY,
  position integer NOT NULL,
  doc jsonb NOT NULL
);

CREATE TABLE leaders (
  id text PRIMARY KEY,
  home_district_id text,
  experience text NOT NULL,
  doc jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX leaders_district_idx ON leaders (home_district_id);

CREATE TABLE cohorts (
  id text PRIMARY KEY,
  service_id text NOT NULL,
  district_id text NOT NULL,
  status text NOT NULL,
  start_date date NOT NULL,
  seats_min integer NOT NULL CHECK (seats_min > 0),
  seats_max integer NOT NULL CHECK (seats_max >= seats_min),
  doc jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cohorts_service_idx ON cohorts (service_id);
CREATE INDEX cohorts_district_status_idx ON cohorts (district_id, status, start_date);

CREATE TABLE cohort_leaders (
  cohort_id text NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  leader_id text NOT NULL REFERENCES leaders (id),
  position integer NOT NULL,
  PRIMARY KEY (cohort_id, leader_id)
);
CREATE INDEX cohort_leaders_leader_idx ON cohort_leaders (leader_id);

CREATE TABLE referrals (
  id uuid PRIMARY KEY,
  status text NOT NULL,
  district_id text NOT NULL,
  service_id text NOT NULL,
  cohort_id text REFERENCES cohorts (id),
  decline_reason text,
  request jsonb NOT NULL,
  snapshot jsonb NOT NULL,
  priority integer NOT NULL DEFAULT 0,
  submitted_at timestamptz,
  version integer NOT NULL CHECK (version > 0),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX referrals_district_status_idx ON referrals (district_id, status, created_at);
CREATE INDEX referrals_status_idx ON referrals (status, created_at);
CREATE INDEX referrals_cohort_idx ON referrals (cohort_id);

-- One row per change of a referral: the version it produced, who, in which role, when, from, to and
-- why. (referral_id, version) is unique, so the log and the referral's version never disagree.
CREATE TABLE referral_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  referral_id uuid NOT NULL REFERENCES referrals (id),
  version integer NOT NULL,
  kind text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  actor_id text NOT NULL,
  role text NOT NULL,
  reason text,
  cohort_id text,
  details jsonb,
  at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (referral_id, version)
);
CREATE INDEX referral_events_cohort_idx ON referral_events (cohort_id);

-- Seats taken in a cohort: offered (held for the family until it replies) or enrolled. A referral
-- holds at most one seat anywhere.
CREATE TABLE cohort_seats (
  cohort_id text NOT NULL REFERENCES cohorts (id),
  referral_id uuid NOT NULL UNIQUE REFERENCES referrals (id),
  state text NOT NULL CHECK (state IN ('offered', 'enrolled')),
  since timestamptz NOT NULL,
  reply_by timestamptz,
  PRIMARY KEY (cohort_id, referral_id)
);

-- The queue of a cohort, ordered by waiting time (submitted_at), then priority (higher first), then
-- the order of arrival. A referral waits in at most one queue.
CREATE TABLE cohort_waitlist (
  cohort_id text NOT NULL REFERENCES cohorts (id),
  referral_id uuid NOT NULL UNIQUE REFERENCES referrals (id),
  submitted_at timestamptz NOT NULL,
  priority integer NOT NULL DEFAULT 0,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  since timestamptz NOT NULL,
  PRIMARY KEY (cohort_id, referral_id)
);
CREATE INDEX cohort_waitlist_order_idx ON cohort_waitlist (cohort_id, submitted_at, priority DESC, seq);

CREATE TABLE outcome_administrations (
  id uuid PRIMARY KEY,
  referral_id uuid NOT NULL REFERENCES referrals (id),
  instrument text NOT NULL,
  session integer NOT NULL CHECK (session >= 0),
  administered_on date NOT NULL,
  rater text NOT NULL,
  -- '' when there is one respondent per rater role, so that the unique index below applies.
  respondent_id text NOT NULL DEFAULT '',
  doc jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX outcome_administrations_once_idx
  ON outcome_administrations (referral_id, instrument, session, rater, respondent_id);

CREATE TABLE chat_state (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  expires_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_state_expires_idx ON chat_state (expires_at);
`;
