/**
 * Aggregate usage counters (flows started and finished, crisis cards shown), one row per name and
 * day. Only counts are kept: never a message, a user or a conversation id.
 */
export const sql = /* sql */ `
CREATE TABLE usage_counters (
  name text NOT NULL CHECK (name ~ '^[a-z0-9_.:-]{1,100}$'),
  day date NOT NULL,
  count bigint NOT NULL CHECK (count >= 0),
  PRIMARY KEY (name, day)
);
`;
