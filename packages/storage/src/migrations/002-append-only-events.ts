/**
 * The referral event log is the audit trail: who moved a child's referral, when and why. The package
 * offers no way to change it, and this trigger makes the database refuse it too, whoever connects.
 */
export const sql = /* sql */ `
CREATE FUNCTION referral_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'referral_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER referral_events_no_update_or_delete
  BEFORE UPDATE OR DELETE ON referral_events
  FOR EACH ROW EXECUTE FUNCTION referral_events_append_only();

CREATE TRIGGER referral_events_no_truncate
  BEFORE TRUNCATE ON referral_events
  FOR EACH STATEMENT EXECUTE FUNCTION referral_events_append_only();
`;
