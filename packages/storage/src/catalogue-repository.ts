import {
  CatalogueDataSchema,
  err,
  type CatalogueData,
  type CatalogueDataInput,
  type InputIssue,
  type Result,
} from '@lotsen/domain';
import type { Driver, Row, SqlExecutor } from './driver.js';
import type { StorageError } from './errors.js';
import { guard, invalidInput, isoOrUndefined, parseInput } from './input.js';

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

/** The service catalogue, stored as one unit. */
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
  /** Reads the catalogue back, in the order it was stored; empty lists when none is stored. */
  read(): Promise<Result<CatalogueData, StorageError>>;
  /** The revision and counts. */
  status(): Promise<Result<CatalogueStatus, StorageError>>;
}

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
            const docs = async (table: string) =>
              (
                await tx.query<{ doc: unknown }>(`SELECT doc FROM ${table} ORDER BY position`)
              ).rows.map((r) => r.doc);
            return {
              districts: (await docs('catalogue_districts')) as CatalogueData['districts'],
              providers: (await docs('catalogue_providers')) as CatalogueData['providers'],
              services: (await docs('catalogue_services')) as CatalogueData['services'],
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
  };
}
