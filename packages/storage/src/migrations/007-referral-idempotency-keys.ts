/**
 * Idempotency keys of referral creation: a caller that retries a create (after a time-out, say)
 * with the same key gets the referral its first request created instead of a second one. Only
 * hashes are stored: of the caller and its key, and of the request. The referral is checked at
 * commit, because the key is claimed before the referral is inserted, in the same transaction.
 * Keys older than a day are deleted as new ones are claimed.
 */
export const sql = /* sql */ `
CREATE TABLE referral_idempotency_keys (
  key_hash text PRIMARY KEY CHECK (key_hash ~ '^[0-9a-f]{64}$'),
  request_hash text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
  referral_id uuid NOT NULL REFERENCES referrals (id) DEFERRABLE INITIALLY DEFERRED,
  created_at timestamptz NOT NULL
);
CREATE INDEX referral_idempotency_keys_created_idx ON referral_idempotency_keys (created_at);
`;
