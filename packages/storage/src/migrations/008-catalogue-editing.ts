/**
 * The catalogue becomes editable: each district, provider and service row gets a version (optimistic
 * concurrency) and providers and services a published flag (unpublished entries are kept, with their
 * history, but no longer served). Every change is a revision of its entry: who, when, what changed
 * field by field, and the entry before and after, so that history can be read and a change reverted.
 * Every catalogue write bumps `catalogue_meta.revision`; a trigger then notifies channel
 * `lotsen_catalogue` (delivered at commit), so that every instance listening on PostgreSQL reloads
 * at once (docs/decisions/0007-live-catalogue.md).
 */
export const sql = /* sql */ `
ALTER TABLE catalogue_districts ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE catalogue_providers ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE catalogue_providers ADD COLUMN published boolean NOT NULL DEFAULT true;
ALTER TABLE catalogue_services ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE catalogue_services ADD COLUMN published boolean NOT NULL DEFAULT true;

CREATE TABLE catalogue_revisions (
  id bigserial PRIMARY KEY,
  catalogue_revision integer NOT NULL,
  entity_kind text NOT NULL CHECK (entity_kind IN ('district', 'provider', 'service')),
  entity_id text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  action text NOT NULL CHECK (
    action IN ('create', 'update', 'unpublish', 'restore', 'revert', 'verify', 'import')
  ),
  actor_id text NOT NULL,
  actor_role text NOT NULL,
  at timestamptz NOT NULL,
  changes jsonb NOT NULL,
  before_doc jsonb,
  before_published boolean,
  after_doc jsonb NOT NULL,
  after_published boolean NOT NULL
);
CREATE INDEX catalogue_revisions_entity_idx
  ON catalogue_revisions (entity_kind, entity_id, id);

CREATE FUNCTION lotsen_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('lotsen_catalogue', NEW.revision::text);
  RETURN NEW;
END
$$;
CREATE TRIGGER catalogue_meta_changed AFTER UPDATE OF revision ON catalogue_meta
  FOR EACH ROW EXECUTE FUNCTION lotsen_catalogue_changed();
`;
