/**
 * Request counts per client and fixed time window, shared by every API instance so that a rate
 * limit holds across all of them. The client is stored only as a keyed hash (64 hex characters,
 * HMAC-SHA256 with a secret the API holds): never an address. Rows of ended windows are deleted by
 * the instances now and then, so the table stays small.
 */
export const sql = /* sql */ `
CREATE TABLE rate_limit_windows (
  window_start timestamptz NOT NULL,
  key text NOT NULL CHECK (key ~ '^[0-9a-f]{64}$'),
  hits bigint NOT NULL CHECK (hits > 0),
  PRIMARY KEY (window_start, key)
);
`;
