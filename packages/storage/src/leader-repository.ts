import {
  DistrictIdSchema,
  LeaderExperienceSchema,
  LeaderSchema,
  SlugSchema,
  type Leader,
  type Result,
} from '@lotsen/domain';
import { z } from 'zod';
import type { Driver, Row } from './driver.js';
import { StorageError } from './errors.js';
import { guard, iso, parseInput } from './input.js';
import type { UpdateOptions } from './cohort-repository.js';

/** A stored group leader: the domain leader plus its version and timestamps. */
export type StoredLeader = Leader & {
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** Filters for {@link LeaderRepository.list}. */
export const LeaderFilterSchema = z.strictObject({
  homeDistrictId: DistrictIdSchema.optional(),
  experience: LeaderExperienceSchema.optional(),
});
/** Filters for listing leaders. */
export type LeaderFilter = z.input<typeof LeaderFilterSchema>;

/** The city's pool of trained group leaders. */
export interface LeaderRepository {
  /** Stores a new leader; `CONFLICT` if the id exists. */
  create(leader: z.input<typeof LeaderSchema>): Promise<Result<StoredLeader, StorageError>>;
  /** Replaces a leader; `NOT_FOUND` if missing, `CONFLICT` if `expectedVersion` is stale. */
  update(
    leader: z.input<typeof LeaderSchema>,
    options?: UpdateOptions,
  ): Promise<Result<StoredLeader, StorageError>>;
  /** Reads one leader. */
  get(id: string): Promise<Result<StoredLeader, StorageError>>;
  /** Lists leaders by id. */
  list(filter?: LeaderFilter): Promise<Result<StoredLeader[], StorageError>>;
}

const COLUMNS = 'doc, version, created_at, updated_at';

function toStoredLeader(row: Row): StoredLeader {
  return {
    ...(row.doc as Leader),
    version: Number(row.version),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

const VersionSchema = z.strictObject({ expectedVersion: z.number().int().min(1).optional() });

/** Creates the leader repository over a driver. */
export function createLeaderRepository(driver: Driver): LeaderRepository {
  return {
    async create(input) {
      const parsed = parseInput(LeaderSchema, input, 'group leader');
      if (!parsed.ok) return parsed;
      const l = parsed.value;
      return guard(async () => {
        const { rows } = await driver.query(
          `INSERT INTO leaders (id, home_district_id, experience, doc) VALUES ($1, $2, $3, $4::jsonb)
           ON CONFLICT (id) DO NOTHING RETURNING ${COLUMNS}`,
          [l.id, l.homeDistrictId ?? null, l.experience, JSON.stringify(l)],
        );
        const row = rows[0];
        if (!row) {
          throw new StorageError('CONFLICT', `A leader with id ${l.id} already exists`, {
            details: { leaderId: l.id },
          });
        }
        return toStoredLeader(row);
      });
    },

    async update(input, options = {}) {
      const parsed = parseInput(LeaderSchema, input, 'group leader');
      if (!parsed.ok) return parsed;
      const opts = parseInput(VersionSchema, options, 'update options');
      if (!opts.ok) return opts;
      const l = parsed.value;
      const expected = opts.value.expectedVersion;
      return guard(async () => {
        // One conditional update: the version check and the write cannot be separated by another writer.
        const { rows } = await driver.query(
          `UPDATE leaders SET home_district_id = $2, experience = $3, doc = $4::jsonb,
                  version = version + 1, updated_at = now()
            WHERE id = $1 AND ($5::integer IS NULL OR version = $5)
            RETURNING ${COLUMNS}`,
          [l.id, l.homeDistrictId ?? null, l.experience, JSON.stringify(l), expected ?? null],
        );
        const row = rows[0];
        if (row) return toStoredLeader(row);
        const current = await driver.query<{ version: number }>(
          'SELECT version FROM leaders WHERE id = $1',
          [l.id],
        );
        const found = current.rows[0];
        if (!found)
          throw new StorageError('NOT_FOUND', `No leader ${l.id}`, { details: { leaderId: l.id } });
        throw new StorageError(
          'CONFLICT',
          `Leader ${l.id} is at version ${found.version}, not ${expected}: it was changed by someone else`,
          {
            details: {
              leaderId: l.id,
              expectedVersion: expected,
              actualVersion: Number(found.version),
            },
          },
        );
      });
    },

    async get(id) {
      const parsed = parseInput(SlugSchema, id, 'leader id');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const { rows } = await driver.query(`SELECT ${COLUMNS} FROM leaders WHERE id = $1`, [
          parsed.value,
        ]);
        const row = rows[0];
        if (!row)
          throw new StorageError('NOT_FOUND', `No leader ${id}`, { details: { leaderId: id } });
        return toStoredLeader(row);
      });
    },

    async list(filter = {}) {
      const parsed = parseInput(LeaderFilterSchema, filter, 'leader filter');
      if (!parsed.ok) return parsed;
      const f = parsed.value;
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT ${COLUMNS} FROM leaders
            WHERE ($1::text IS NULL OR home_district_id = $1)
              AND ($2::text IS NULL OR experience = $2)
            ORDER BY id`,
          [f.homeDistrictId ?? null, f.experience ?? null],
        );
        return rows.map(toStoredLeader);
      });
    },
  };
}
