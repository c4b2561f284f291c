import {
  CatalogueDataSchema,
  DistrictSchema,
  ProviderSchema,
  ServiceSchema,
  confidentialityIssues,
  err,
  fieldChanges,
  type CatalogueData,
  type CatalogueDataInput,
  type District,
  type FieldChange,
  type InputIssue,
  type Provider,
  type Result,
  type Service,
} from '@lotsen/domain';
import type { Driver, Row, SqlExecutor } from './driver.js';
import { StorageError } from './errors.js';
import { guard, invalidInput, iso, isoOrUndefined, parseInput, prefixIssues } from './input.js';

// The catalogue's shape is @lotsen/domain's, the same that @lotsen/catalogue builds from, so that its
// `stockholmCatalogueData()` can be stored as it is; cross-references are that package's to check.
// Re-exported because storage's callers write and read this data.
export { CatalogueDataSchema, type CatalogueData, type CatalogueDataInput };

/** Which catalogue is stored. */
export interface CatalogueStatus {
  /** Increases with every replacement; 0 when nothing was ever stored. */
  readonly revision: number;
  readonly replacedAt?: string;
  readonly districts: number;
  readonly providers: number;
  readonly services: number;
  readonly extraNeeds: number;
}

/** The kinds of catalogue entry that are edited one by one. */
export type CatalogueEntryKind = 'district' | 'provider' | 'service';

/** The record of each kind of entry. */
export interface CatalogueEntryDocs {
  readonly district: District;
  readonly provider: Provider;
  readonly service: Service;
}

/** A stored entry, served or not, with its version. */
export interface CatalogueEntry<K extends CatalogueEntryKind = CatalogueEntryKind> {
  readonly kind: K;
  readonly id: string;
  readonly doc: CatalogueEntryDocs[K];
  /** 1 when stored; each change adds one. */
  readonly version: number;
  /** False once unpublished: kept, with its history, but not served (districts are always). */
  readonly published: boolean;
}

/** What a change does, as its revision records it. */
export type CatalogueAction =
  'create' | 'update' | 'unpublish' | 'restore' | 'revert' | 'verify' | 'import';

/** One entry to write: the whole new record, and the version the editor read (`new` to create). */
export interface CatalogueEntryChange {
  readonly kind: CatalogueEntryKind;
  readonly id: string;
  /** The whole record; checked against its domain schema. */
  readonly doc: unknown;
  readonly published: boolean;
  readonly expectedVersion: number | 'new';
  readonly action: CatalogueAction;
}

/** Who made a change (the authenticated caller, never the request body). */
export interface CatalogueActor {
  readonly id: string;
  readonly role: string;
}

/** One revision of an entry: who, when, what changed, and the entry before and after. */
export interface CatalogueEntryRevision {
  /** The catalogue revision the change made (an import's entries share one). */
  readonly catalogueRevision: number;
  readonly kind: CatalogueEntryKind;
  readonly id: string;
  /** The entry's version after the change. */
  readonly version: number;
  readonly action: CatalogueAction;
  readonly actor: CatalogueActor;
  readonly at: string;
  readonly changes: readonly FieldChange[];
  readonly before?: { readonly doc: unknown; readonly published: boolean };
  readonly after: { readonly doc: unknown; readonly published: boolean };
}

/** The service catalogue: stored as one unit, edited entry by entry. */
export interface CatalogueRepository {
  /**
   * Replaces the whole catalogue in one transaction: readers see the old one or the new one, never a
   * mix. Returns the new status.
   */
  replace(data: CatalogueDataInput): Promise<Result<CatalogueStatus, StorageError>>;
  /**
   * Stores the catalogue only if none is stored yet (safe when several processes start at once).
   * `seeded` says whether this call stored it.
   */
  seedIfEmpty(
    data: CatalogueDataInput,
  ): Promise<Result<{ seeded: boolean; status: CatalogueStatus }, StorageError>>;
  /**
   * Reads the served catalogue back, in the order it was stored: unpublished providers and services
   * (and the services of an unpublished provider) left out; empty lists when none is stored.
   */
  read(): Promise<Result<CatalogueData, StorageError>>;
  /** The revision and counts. */
  status(): Promise<Result<CatalogueStatus, StorageError>>;
  /** Only the revision: cheap enough to poll. */
  revision(): Promise<Result<number, StorageError>>;
  /** Every stored entry of a kind, published or not, in catalogue order. */
  entries<K extends CatalogueEntryKind>(
    kind: K,
  ): Promise<Result<CatalogueEntry<K>[], StorageError>>;
  /** One stored entry, published or not; `undefined` when there is none. */
  entry<K extends CatalogueEntryKind>(
    kind: K,
    id: string,
  ): Promise<Result<CatalogueEntry<K> | undefined, StorageError>>;
  /**
   * Writes entries as one catalogue revision, all or nothing: each checked against its domain
   * schema (`INVALID_INPUT`, paths `changes.<i>.doc.<field>`), its expected version (`CONFLICT` when
   * stale or when creating an id that exists, `NOT_FOUND` when updating one that does not). Each
   * entry gets a revision with its field-level changes. Cross-references are the caller's to check.
   */
  apply(
    changes: readonly CatalogueEntryChange[],
    actor: CatalogueActor,
    at: Date,
  ): Promise<Result<{ revision: number; entries: CatalogueEntry[] }, StorageError>>;
  /** An entry's revisions, oldest first. */
  history(
    kind: CatalogueEntryKind,
    id: string,
  ): Promise<Result<CatalogueEntryRevision[], StorageError>>;
  /**
   * Calls `onChange` when the catalogue may have changed: at once on a PostgreSQL notification,
   * and every `pollMs` (default 1000 ms on PGlite, 10 s on PostgreSQL as a safety net). The caller
   * compares {@link CatalogueRepository.revision}. Returns how to stop.
   */
  watch(onChange: () => void, options?: { readonly pollMs?: number }): () => Promise<void>;
}

/** The table and schema of each kind of entry. */
const ENTRY_TABLES = {
  district: { table: 'catalogue_districts', schema: DistrictSchema, publishable: false },
  provider: { table: 'catalogue_providers', schema: ProviderSchema, publishable: true },
  service: { table: 'catalogue_services', schema: ServiceSchema, publishable: true },
} as const;

/** The notification channel the migration's trigger notifies on every catalogue revision. */
export const CATALOGUE_CHANNEL = 'lotsen_catalogue';

function duplicateIds(data: CatalogueData): InputIssue[] {
  const issues: InputIssue[] = [];
  const check = (kind: string, records: readonly { id: string }[]) => {
    const seen = new Set<string>();
    records.forEach((r, i) => {
      if (seen.has(r.id))
        issues.push({ path: `${kind}.${i}.id`, message: `Duplicate id "${r.id}"` });
      seen.add(r.id);
    });
  };
  check('districts', data.districts);
  check('providers', data.providers);
  check('services', data.services);
  check('extraNeeds', data.extraNeeds);
  return issues;
}

function parseCatalogue(input: unknown): Result<CatalogueData, StorageError> {
  const parsed = parseInput(CatalogueDataSchema, input, 'catalogue data');
  if (!parsed.ok) return parsed;
  const duplicates = duplicateIds(parsed.value);
  if (duplicates.length > 0) return err(invalidInput('catalogue data', duplicates));
  return parsed;
}

async function readStatus(db: SqlExecutor): Promise<CatalogueStatus> {
  const { rows } = await db.query(
    `SELECT m.revision, m.replaced_at,
            (SELECT count(*) FROM catalogue_districts)::int AS districts,
            (SELECT count(*) FROM catalogue_providers)::int AS providers,
            (SELECT count(*) FROM catalogue_services)::int AS services,
            (SELECT count(*) FROM catalogue_needs)::int AS extra_needs
       FROM catalogue_meta m WHERE m.id = 1`,
  );
  const row: Row = rows[0] ?? {};
  const replacedAt = isoOrUndefined(row.replaced_at);
  return {
    revision: Number(row.revision ?? 0),
    ...(replacedAt === undefined ? {} : { replacedAt }),
    districts: Number(row.districts ?? 0),
    providers: Number(row.providers ?? 0),
    services: Number(row.services ?? 0),
    extraNeeds: Number(row.extra_needs ?? 0),
  };
}

/**
 * Inserts many rows with one statement per table: the records go in as one JSONB array and
 * `jsonb_array_elements ... WITH ORDINALITY` unpacks them, which is fast on both engines and keeps
 * the order.
 */
async function writeCatalogue(tx: SqlExecutor, data: CatalogueData): Promise<void> {
  await tx.query('DELETE FROM catalogue_services');
  await tx.query('DELETE FROM catalogue_providers');
  await tx.query('DELETE FROM catalogue_districts');
  await tx.query('DELETE FROM catalogue_needs');
  await tx.query(
    `INSERT INTO catalogue_districts (id, position, valid_from, valid_to, doc)
     SELECT d->>'id', n, (d->>'validFrom')::date, (d->>'validTo')::date, d
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(d, n)`,
    [JSON.stringify(data.districts)],
  );
  await tx.query(
    `INSERT INTO catalogue_providers (id, position, kind, district_id, doc)
     SELECT p->>'id', n, p->>'kind', p->>'districtId', p
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(p, n)`,
    [JSON.stringify(data.providers)],
  );
  await tx.query(
    `INSERT INTO catalogue_services (id, position, provider_id, kind, status, venue_district_id, doc)
     SELECT s->>'id', n, s->>'providerId', s->>'kind', s->>'status', s->>'venueDistrictId', s
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(s, n)`,
    [JSON.stringify(data.services)],
  );
  await tx.query(
    `INSERT INTO catalogue_needs (id, position, doc)
     SELECT x->>'id', n, x FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(x, n)`,
    [JSON.stringify(data.extraNeeds)],
  );
  await tx.query(
    'UPDATE catalogue_meta SET revision = revision + 1, replaced_at = now() WHERE id = 1',
  );
}

function toEntry<K extends CatalogueEntryKind>(kind: K, row: Row): CatalogueEntry<K> {
  return {
    kind,
    id: String(row.id),
    doc: row.doc as CatalogueEntryDocs[K],
    version: Number(row.version),
    published: row.published === undefined ? true : Boolean(row.published),
  };
}

function entryColumns(kind: CatalogueEntryKind): string {
  return kind === 'district' ? 'id, doc, version' : 'id, doc, version, published';
}

/** Parses each change's record with its kind's domain schema, and the confidentiality rule. */
function parseChanges(
  changes: readonly CatalogueEntryChange[],
): Result<{ change: CatalogueEntryChange; doc: Record<string, unknown> }[], StorageError> {
  const issues: InputIssue[] = [];
  const parsed = changes.map((change, i) => {
    const result = parseInput(ENTRY_TABLES[change.kind].schema, change.doc, 'catalogue entry');
    if (!result.ok) {
      issues.push(...prefixIssues(`changes.${i}.doc`, result.error.issues));
      return undefined;
    }
    const doc = result.value as unknown as Record<string, unknown>;
    if (doc.id !== change.id)
      issues.push({ path: `changes.${i}.doc.id`, message: 'The id cannot be changed' });
    if (change.kind === 'service')
      issues.push(...prefixIssues(`changes.${i}.doc`, confidentialityIssues(doc)));
    if (!change.published && !ENTRY_TABLES[change.kind].publishable)
      issues.push({ path: `changes.${i}.published`, message: 'A district is always published' });
    return { change, doc };
  });
  if (issues.length > 0) return err(invalidInput('catalogue entries', issues));
  return { ok: true, value: parsed.filter((p) => p !== undefined) };
}

async function writeEntry(
  tx: SqlExecutor,
  change: CatalogueEntryChange,
  doc: Record<string, unknown>,
  current: CatalogueEntry | undefined,
): Promise<CatalogueEntry> {
  const { table } = ENTRY_TABLES[change.kind];
  const version = (current?.version ?? 0) + 1;
  const json = JSON.stringify(doc);
  if (current === undefined) {
    const columns: Record<CatalogueEntryKind, [string, string]> = {
      district: [
        'id, position, valid_from, valid_to, doc, version',
        `$1, p, ($2::jsonb->>'validFrom')::date, ($2::jsonb->>'validTo')::date, $2::jsonb, 1`,
      ],
      provider: [
        'id, position, kind, district_id, doc, version, published',
        `$1, p, $2::jsonb->>'kind', $2::jsonb->>'districtId', $2::jsonb, 1, $3`,
      ],
      service: [
        'id, position, provider_id, kind, status, venue_district_id, doc, version, published',
        `$1, p, $2::jsonb->>'providerId', $2::jsonb->>'kind', $2::jsonb->>'status', $2::jsonb->>'venueDistrictId', $2::jsonb, 1, $3`,
      ],
    };
    const [names, values] = columns[change.kind];
    await tx.query(
      `INSERT INTO ${table} (${names})
       SELECT ${values} FROM (SELECT coalesce(max(position), 0) + 1 AS p FROM ${table}) AS m`,
      change.kind === 'district' ? [change.id, json] : [change.id, json, change.published],
    );
  } else {
    const derived: Record<CatalogueEntryKind, string> = {
      district: `valid_from = ($2::jsonb->>'validFrom')::date, valid_to = ($2::jsonb->>'validTo')::date`,
      provider: `kind = $2::jsonb->>'kind', district_id = $2::jsonb->>'districtId', published = $4`,
      service: `provider_id = $2::jsonb->>'providerId', kind = $2::jsonb->>'kind', status = $2::jsonb->>'status', venue_district_id = $2::jsonb->>'venueDistrictId', published = $4`,
    };
    await tx.query(
      `UPDATE ${table} SET doc = $2::jsonb, version = $3, ${derived[change.kind]} WHERE id = $1`,
      change.kind === 'district'
        ? [change.id, json, version]
        : [change.id, json, version, change.published],
    );
  }
  return {
    kind: change.kind,
    id: change.id,
    doc: doc as never,
    version,
    published: change.published,
  };
}

function toRevision(row: Row): CatalogueEntryRevision {
  return {
    catalogueRevision: Number(row.catalogue_revision),
    kind: row.entity_kind as CatalogueEntryKind,
    id: String(row.entity_id),
    version: Number(row.version),
    action: row.action as CatalogueAction,
    actor: { id: String(row.actor_id), role: String(row.actor_role) },
    at: iso(row.at),
    changes: row.changes as FieldChange[],
    ...(row.before_doc === null || row.before_doc === undefined
      ? {}
      : { before: { doc: row.before_doc, published: Boolean(row.before_published) } }),
    after: { doc: row.after_doc, published: Boolean(row.after_published) },
  };
}

/** The changes of an entry's revision: its record's fields, and whether it is published. */
function revisionChanges(
  current: CatalogueEntry | undefined,
  doc: unknown,
  published: boolean,
): FieldChange[] {
  return [
    ...fieldChanges(current?.doc, doc),
    ...(current !== undefined && current.published !== published
      ? [{ path: 'published', before: current.published, after: published }]
      : []),
  ];
}

// Every catalogue write locks this row first, so replacements (and seeding) take turns.
const LOCK_META = 'SELECT revision FROM catalogue_meta WHERE id = 1 FOR UPDATE';

/** Creates the catalogue repository over a driver. */
export function createCatalogueRepository(driver: Driver): CatalogueRepository {
  return {
    async replace(input) {
      const parsed = parseCatalogue(input);
      if (!parsed.ok) return parsed;
      return guard(() =>
        driver.transaction(async (tx) => {
          await tx.query(LOCK_META);
          await writeCatalogue(tx, parsed.value);
          return readStatus(tx);
        }),
      );
    },

    async seedIfEmpty(input) {
      const parsed = parseCatalogue(input);
      if (!parsed.ok) return parsed;
      return guard(() =>
        driver.transaction(async (tx) => {
          await tx.query(LOCK_META);
          const before = await readStatus(tx);
          if (before.revision > 0 || before.services > 0 || before.districts > 0) {
            return { seeded: false, status: before };
          }
          await writeCatalogue(tx, parsed.value);
          return { seeded: true, status: await readStatus(tx) };
        }),
      );
    },

    async read() {
      return guard(() =>
        // One snapshot for the four reads, so that a replacement committing in between cannot mix
        // two catalogues.
        driver.transaction(
          async (tx) => {
            const docs = async (table: string, where = '') =>
              (
                await tx.query<{ doc: unknown }>(
                  `SELECT doc FROM ${table} ${where} ORDER BY position`,
                )
              ).rows.map((r) => r.doc);
            return {
              districts: (await docs('catalogue_districts')) as CatalogueData['districts'],
              providers: (await docs(
                'catalogue_providers',
                'WHERE published',
              )) as CatalogueData['providers'],
              services: (await docs(
                'catalogue_services',
                'WHERE published AND provider_id IN (SELECT id FROM catalogue_providers WHERE published)',
              )) as CatalogueData['services'],
              extraNeeds: (await docs('catalogue_needs')) as CatalogueData['extraNeeds'],
            };
          },
          { isolation: 'repeatable read', readOnly: true },
        ),
      );
    },

    async status() {
      return guard(() => readStatus(driver));
    },

    async revision() {
      return guard(async () => {
        const { rows } = await driver.query('SELECT revision FROM catalogue_meta WHERE id = 1');
        return Number(rows[0]?.revision ?? 0);
      });
    },

    async entries(kind) {
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT ${entryColumns(kind)} FROM ${ENTRY_TABLES[kind].table} ORDER BY position`,
        );
        return rows.map((row) => toEntry(kind, row));
      });
    },

    async entry(kind, id) {
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT ${entryColumns(kind)} FROM ${ENTRY_TABLES[kind].table} WHERE id = $1`,
          [id],
        );
        return rows[0] === undefined ? undefined : toEntry(kind, rows[0]);
      });
    },

    async apply(changes, actor, at) {
      const parsed = parseChanges(changes);
      if (!parsed.ok) return parsed;
      // Thrown inside the transaction, so that it rolls back; guard returns it as the error.
      const refused = (code: 'CONFLICT' | 'NOT_FOUND', message: string, details = {}): never => {
        throw new StorageError(code, message, { details });
      };
      return guard(() =>
        driver.transaction(async (tx) => {
          await tx.query(LOCK_META);
          const { rows } = await tx.query(
            'UPDATE catalogue_meta SET revision = revision + 1, replaced_at = $1 WHERE id = 1 RETURNING revision',
            [at.toISOString()],
          );
          const revision = Number(rows[0]!.revision);
          const written: CatalogueEntry[] = [];
          for (const { change, doc } of parsed.value) {
            const { table } = ENTRY_TABLES[change.kind];
            const found = await tx.query(
              `SELECT ${entryColumns(change.kind)} FROM ${table} WHERE id = $1 FOR UPDATE`,
              [change.id],
            );
            const current = found.rows[0] && toEntry(change.kind, found.rows[0]);
            if (change.expectedVersion === 'new' && current !== undefined)
              return refused('CONFLICT', `A ${change.kind} with id "${change.id}" exists`, {
                id: change.id,
              });
            if (change.expectedVersion !== 'new' && current === undefined)
              return refused('NOT_FOUND', `No ${change.kind} with id "${change.id}"`);
            if (change.expectedVersion !== 'new' && current!.version !== change.expectedVersion)
              return refused(
                'CONFLICT',
                `The ${change.kind} "${change.id}" was changed meanwhile: read it again`,
                { expectedVersion: change.expectedVersion, actualVersion: current!.version },
              );
            const entry = await writeEntry(tx, change, doc, current);
            await tx.query(
              `INSERT INTO catalogue_revisions (catalogue_revision, entity_kind, entity_id, version,
                 action, actor_id, actor_role, at, changes, before_doc, before_published,
                 after_doc, after_published)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12::jsonb, $13)`,
              [
                revision,
                change.kind,
                change.id,
                entry.version,
                change.action,
                actor.id,
                actor.role,
                at.toISOString(),
                JSON.stringify(revisionChanges(current, doc, change.published)),
                current === undefined ? null : JSON.stringify(current.doc),
                current === undefined ? null : current.published,
                JSON.stringify(doc),
                change.published,
              ],
            );
            written.push(entry);
          }
          return { revision, entries: written };
        }),
      );
    },

    async history(kind, id) {
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT * FROM catalogue_revisions WHERE entity_kind = $1 AND entity_id = $2 ORDER BY id`,
          [kind, id],
        );
        return rows.map(toRevision);
      });
    },

    watch(onChange, options = {}) {
      const pollMs = options.pollMs ?? (driver.listen ? 10_000 : 1000);
      const timer = setInterval(onChange, pollMs);
      timer.unref();
      const unlisten = driver.listen?.(CATALOGUE_CHANNEL, onChange);
      return async () => {
        clearInterval(timer);
        await unlisten?.();
      };
    },
  };
}
