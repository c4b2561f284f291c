// Runs the storage tests against both engines. PGlite (in memory) always runs; PostgreSQL runs when
// DATABASE_URL is set for the test run, each test file in a schema of its own that is dropped after.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { MEMORY_DATA_DIR, openDatabase, type Database, type OpenDatabaseOptions } from './index.js';

/** The PostgreSQL url for this run, or undefined (the PostgreSQL cases are then skipped). */
export const DATABASE_URL = process.env.DATABASE_URL || undefined;

/** One engine the tests run on. */
export interface EngineCase {
  readonly name: 'pglite' | 'postgres';
  /** False for PostgreSQL without DATABASE_URL: the cases are reported as skipped. */
  readonly available: boolean;
  /**
   * Opens a database: a fresh in-memory PGlite each call, or (PostgreSQL) this file's own schema,
   * so that several handles see the same data as several processes would.
   */
  open(options?: OpenDatabaseOptions): Promise<Database>;
  /** Drops what the file created. */
  cleanup(): Promise<void>;
}

/** A schema name unique to this test file and run. */
export function uniqueSchema(label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  return `t_${slug}_${randomBytes(4).toString('hex')}`;
}

/** Drops a schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** The engines for a test file; `label` names the file's PostgreSQL schema. */
export function engines(label: string): EngineCase[] {
  const schema = uniqueSchema(label);
  const url = DATABASE_URL;
  return [
    {
      name: 'pglite',
      available: true,
      open: (options = {}) => openDatabase({ dataDir: MEMORY_DATA_DIR, ...options }),
      cleanup: async () => {},
    },
    {
      name: 'postgres',
      available: url !== undefined,
      open: (options = {}) => openDatabase({ url, schema, ...options }),
      cleanup: async () => {
        if (url !== undefined) await dropSchema(url, schema);
      },
    },
  ];
}
