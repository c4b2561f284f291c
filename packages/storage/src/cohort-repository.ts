import {
  CohortStatusSchema,
  DistrictIdSchema,
  GroupCohortSchema,
  SlugSchema,
  err,
  findLeaderClashes,
  isActiveCohort,
  type GroupCohort,
  type Result,
} from '@lotsen/domain';
import { z } from 'zod';
import type { Driver, Row, SqlExecutor } from './driver.js';
import { StorageError } from './errors.js';
import { guard, invalidInput, iso, parseInput } from './input.js';

/** A stored cohort: the domain cohort plus its version and timestamps. */
export type StoredCohort = GroupCohort & {
  /** Incremented on every change; pass it as `expectedVersion` to refuse stale updates. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** Filters for {@link CohortRepository.list}. */
export const CohortFilterSchema = z.strictObject({
  serviceId: SlugSchema.optional(),
  /** The district the group meets in. */
  districtId: DistrictIdSchema.optional(),
  status: z.union([CohortStatusSchema, z.array(CohortStatusSchema).min(1)]).optional(),
  leaderId: SlugSchema.optional(),
});
/** Filters for listing cohorts. */
export type CohortFilter = z.input<typeof CohortFilterSchema>;

/** Options for updates. */
export interface UpdateOptions {
  /** When given, a record that has moved on gives `CONFLICT` and nothing is written. */
  readonly expectedVersion?: number;
}

/** Group cohorts and the leaders assigned to them. */
export interface CohortRepository {
  /**
   * Stores a new cohort; `CONFLICT` if the id exists or a leader already leads another cohort that
   * meets at the same time, `NOT_FOUND` if a leader does not exist.
   */
  create(cohort: z.input<typeof GroupCohortSchema>): Promise<Result<StoredCohort, StorageError>>;
  /**
   * Replaces a cohort. `CONFLICT` if `expectedVersion` is stale, if `seats.max` would drop below
   * the seats already taken, or if one of its leaders would lead another cohort at the same time
   * (a new schedule or status is checked against the leaders' other cohorts, like new leaders).
   */
  update(
    cohort: z.input<typeof GroupCohortSchema>,
    options?: UpdateOptions,
  ): Promise<Result<StoredCohort, StorageError>>;
  /**
   * Sets the cohort's leaders (in order); `NOT_FOUND` if the cohort or a leader does not exist,
   * `CONFLICT` if a leader already leads another cohort that meets at the same time (same weekday,
   * overlapping times and meeting periods; cancelled and completed cohorts do not count). The
   * conflict's `issues` name each such leader (`leaderIds.<i>`) and the other cohort.
   */
  assignLeaders(
    cohortId: string,
    leaderIds: readonly string[],
    options?: UpdateOptions,
  ): Promise<Result<StoredCohort, StorageError>>;
  /** Reads one cohort. */
  get(id: string): Promise<Result<StoredCohort, StorageError>>;
  /** Lists cohorts by start date. */
  list(filter?: CohortFilter): Promise<Result<StoredCohort[], StorageError>>;
}

const COLUMNS = 'doc, version, created_at, updated_at';

function toStoredCohort(row: Row): StoredCohort {
  return {
    ...(row.doc as GroupCohort),
    version: Number(row.version),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

const LeaderIdsSchema = z
  .array(SlugSchema)
  .refine((ids) => new Set(ids).size === ids.length, 'A leader is listed twice');

/**
 * Locks the leaders' rows in id order and fails with `NOT_FOUND` for an unknown leader. Every write
 * that gives a cohort leaders, or changes the schedule or status of a cohort with leaders, takes
 * these locks before it reads the leaders' other cohorts: two such writes for one leader take turns,
 * and the second sees what the first committed. The fixed order keeps two writes that share several
 * leaders from deadlocking.
 */
async function lockLeaders(tx: SqlExecutor, leaderIds: readonly string[]) {
  if (leaderIds.length === 0) return;
  const found = await tx.query<{ id: string }>(
    'SELECT id FROM leaders WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
    [[...leaderIds]],
  );
  const known = new Set(found.rows.map((r) => r.id));
  const missing = leaderIds.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new StorageError('NOT_FOUND', `No leader ${missing.join(', ')}`, {
      details: { leaderIds: missing },
    });
  }
}

/** Fails with `CONFLICT` if a leader of `cohort` leads another active cohort at the same time. */
async function refuseLeaderClashes(tx: SqlExecutor, cohort: GroupCohort) {
  if (cohort.leaderIds.length === 0 || !isActiveCohort(cohort)) return;
  // The status filter only reads less: findLeaderClashes skips cancelled and completed cohorts too.
  const { rows } = await tx.query<{ doc: GroupCohort }>(
    `SELECT c.doc FROM cohorts c
      WHERE c.id <> $1 AND c.status NOT IN ('cancelled', 'completed')
        AND EXISTS (SELECT 1 FROM cohort_leaders cl
                     WHERE cl.cohort_id = c.id AND cl.leader_id = ANY($2::text[]))
      ORDER BY c.start_date, c.id`,
    [cohort.id, [...cohort.leaderIds]],
  );
  const clashes = findLeaderClashes(
    cohort,
    rows.map((r) => r.doc),
  );
  if (clashes.length === 0) return;
  const issues = clashes.map((c) => ({
    path: `leaderIds.${c.index}`,
    message: `Leader ${c.leaderId} already leads cohort ${c.cohortId}, which meets at the same time`,
  }));
  throw new StorageError('CONFLICT', issues.map((i) => i.message).join('; '), {
    issues,
    details: {
      cohortId: cohort.id,
      clashes: clashes.map(({ leaderId, cohortId }) => ({ leaderId, cohortId })),
    },
  });
}

/** Gives `cohort` its leaders, refusing unknown leaders and leaders busy at the same time. */
async function setLeaders(tx: SqlExecutor, cohort: GroupCohort) {
  await lockLeaders(tx, cohort.leaderIds);
  await refuseLeaderClashes(tx, cohort);
  await tx.query('DELETE FROM cohort_leaders WHERE cohort_id = $1', [cohort.id]);
  await tx.query(
    `INSERT INTO cohort_leaders (cohort_id, leader_id, position)
     SELECT $1, l, n FROM unnest($2::text[]) WITH ORDINALITY AS t(l, n)`,
    [cohort.id, [...cohort.leaderIds]],
  );
}

async function lockCohort(tx: SqlExecutor, id: string, expectedVersion?: number) {
  const { rows } = await tx.query<{ version: number; doc: GroupCohort }>(
    'SELECT version, doc FROM cohorts WHERE id = $1 FOR UPDATE',
    [id],
  );
  const row = rows[0];
  if (!row) throw new StorageError('NOT_FOUND', `No cohort ${id}`, { details: { cohortId: id } });
  const version = Number(row.version);
  if (expectedVersion !== undefined && version !== expectedVersion) {
    throw new StorageError(
      'CONFLICT',
      `Cohort ${id} is at version ${version}, not ${expectedVersion}: it was changed by someone else`,
      { details: { cohortId: id, expectedVersion, actualVersion: version } },
    );
  }
  return row.doc;
}

function parseCohort(input: unknown): Result<GroupCohort, StorageError> {
  const parsed = parseInput(GroupCohortSchema, input, 'group cohort');
  if (!parsed.ok) return parsed;
  const leaders = LeaderIdsSchema.safeParse(parsed.value.leaderIds);
  if (!leaders.success) {
    return err(
      invalidInput('group cohort', [{ path: 'leaderIds', message: 'A leader is listed twice' }]),
    );
  }
  return parsed;
}

const VersionSchema = z.strictObject({ expectedVersion: z.number().int().min(1).optional() });

/** Creates the cohort repository over a driver. */
export function createCohortRepository(driver: Driver): CohortRepository {
  return {
    async create(input) {
      const parsed = parseCohort(input);
      if (!parsed.ok) return parsed;
      const c = parsed.value;
      return guard(() =>
        driver.transaction(async (tx) => {
          const { rows } = await tx.query(
            `INSERT INTO cohorts (id, service_id, district_id, status, start_date, seats_min, seats_max, doc)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
             ON CONFLICT (id) DO NOTHING
             RETURNING ${COLUMNS}`,
            [
              c.id,
              c.serviceId,
              c.premises.districtId,
              c.status,
              c.startDate,
              c.seats.min,
              c.seats.max,
              JSON.stringify(c),
            ],
          );
          const row = rows[0];
          if (!row) {
            throw new StorageError('CONFLICT', `A cohort with id ${c.id} already exists`, {
              details: { cohortId: c.id },
            });
          }
          await setLeaders(tx, c);
          return toStoredCohort(row);
        }),
      );
    },

    async update(input, options = {}) {
      const parsed = parseCohort(input);
      if (!parsed.ok) return parsed;
      const opts = parseInput(VersionSchema, options, 'update options');
      if (!opts.ok) return opts;
      const c = parsed.value;
      return guard(() =>
        driver.transaction(async (tx) => {
          await lockCohort(tx, c.id, opts.value.expectedVersion);
          const taken = await tx.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM cohort_seats WHERE cohort_id = $1',
            [c.id],
          );
          const n = Number(taken.rows[0]?.n ?? 0);
          if (c.seats.max < n) {
            throw new StorageError(
              'CONFLICT',
              `Cohort ${c.id} has ${n} seats taken; seats.max cannot drop to ${c.seats.max}`,
              { details: { cohortId: c.id, taken: n } },
            );
          }
          const { rows } = await tx.query(
            `UPDATE cohorts SET service_id = $2, district_id = $3, status = $4, start_date = $5,
                    seats_min = $6, seats_max = $7, doc = $8::jsonb, version = version + 1,
                    updated_at = now()
              WHERE id = $1
              RETURNING ${COLUMNS}`,
            [
              c.id,
              c.serviceId,
              c.premises.districtId,
              c.status,
              c.startDate,
              c.seats.min,
              c.seats.max,
              JSON.stringify(c),
            ],
          );
          await setLeaders(tx, c);
          return toStoredCohort(rows[0]!);
        }),
      );
    },

    async assignLeaders(cohortId, leaderIds, options = {}) {
      const parsed = parseInput(
        z
          .strictObject({ cohortId: SlugSchema, leaderIds: LeaderIdsSchema })
          .extend(VersionSchema.shape),
        { cohortId, leaderIds, ...options },
        'leader assignment',
      );
      if (!parsed.ok) return parsed;
      const a = parsed.value;
      return guard(() =>
        driver.transaction(async (tx) => {
          const current = await lockCohort(tx, a.cohortId, a.expectedVersion);
          await setLeaders(tx, { ...current, leaderIds: a.leaderIds });
          const { rows } = await tx.query(
            `UPDATE cohorts SET doc = jsonb_set(doc, '{leaderIds}', $2::jsonb),
                    version = version + 1, updated_at = now()
              WHERE id = $1
              RETURNING ${COLUMNS}`,
            [a.cohortId, JSON.stringify(a.leaderIds)],
          );
          return toStoredCohort(rows[0]!);
        }),
      );
    },

    async get(id) {
      const parsed = parseInput(SlugSchema, id, 'cohort id');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const { rows } = await driver.query(`SELECT ${COLUMNS} FROM cohorts WHERE id = $1`, [
          parsed.value,
        ]);
        const row = rows[0];
        if (!row)
          throw new StorageError('NOT_FOUND', `No cohort ${id}`, { details: { cohortId: id } });
        return toStoredCohort(row);
      });
    },

    async list(filter = {}) {
      const parsed = parseInput(CohortFilterSchema, filter, 'cohort filter');
      if (!parsed.ok) return parsed;
      const f = parsed.value;
      const statuses =
        f.status === undefined ? null : Array.isArray(f.status) ? f.status : [f.status];
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT ${COLUMNS} FROM cohorts c
            WHERE ($1::text IS NULL OR service_id = $1)
              AND ($2::text IS NULL OR district_id = $2)
              AND ($3::text[] IS NULL OR status = ANY($3::text[]))
              AND ($4::text IS NULL OR EXISTS (
                    SELECT 1 FROM cohort_leaders cl WHERE cl.cohort_id = c.id AND cl.leader_id = $4))
            ORDER BY start_date, id`,
          [f.serviceId ?? null, f.districtId ?? null, statuses, f.leaderId ?? null],
        );
        return rows.map(toStoredCohort);
      });
    },
  };
}
