/**
 * A version on every chat state, so a bot process can write a conversation's next state only if no
 * other process wrote it in between (optimistic concurrency, one round trip per turn). Versions come
 * from one sequence and are never reused: a conversation that is forgotten and started again can not
 * be mistaken for the old one by a process that still remembers the old version.
 */
export const sql = /* sql */ `
CREATE SEQUENCE chat_state_version_seq;
ALTER TABLE chat_state ADD COLUMN version bigint NOT NULL DEFAULT nextval('chat_state_version_seq');
`;
