/**
 * The closed loop (issue 17): `referrer_conversations.told_at` is when a status message about the
 * referral first reached its referrer in Teams (the Bot Connector took it). The equity report's
 * closed-loop rate counts the referrals made from Teams whose referrer was told.
 */
export const sql = /* sql */ `
ALTER TABLE referrer_conversations ADD COLUMN told_at timestamptz;
`;
