import { openDatabase, type Database } from '@lotsen/storage';
import { connect } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { buildApp, type AppOptions } from './app.js';
import { hashApiKey } from './auth.js';

/*
 * Test support: one in-memory database per test file (PGlite takes seconds to start), an app over
 * it with a controllable clock, tokens for every role, and a digest of every table to prove that a
 * failed request wrote nothing.
 */

export const ISSUER = 'https://login.stockholm.example';
export const AUDIENCE = 'lotsen-api';
export const SYSTEM_KEY = 'system-key-for-tests';

/** District A and B of the tests, with a group service and a cohort each. */
export const A = { district: 'farsta', service: 'farsta-humlan', cohort: 'farsta-humlan-ht26' };
export const B = {
  district: 'hagersten-liljeholmen',
  service: 'hagersten-liljeholmen-vagen',
  cohort: 'hl-vagen-ht26',
};

/** The callers of the role matrix. */
export type Caller =
  | 'anonymous'
  | 'system'
  | 'coordinator'
  | 'socialWorkerA'
  | 'socialWorkerB'
  | 'leaderA'
  | 'leaderB'
  | 'districtEditorA'
  | 'providerEditor';

export const CALLERS: readonly Caller[] = [
  'anonymous',
  'system',
  'coordinator',
  'socialWorkerA',
  'socialWorkerB',
  'leaderA',
  'leaderB',
  'districtEditorA',
  'providerEditor',
];

type App = Awaited<ReturnType<typeof buildApp>>;

/** A test world: the app, its database, a clock and credentials. */
export interface World {
  readonly app: App;
  readonly db: Database;
  /** Headers for a caller. */
  headers(caller: Caller): Record<string, string>;
  /** Signs a token with any claims (for expired or odd tokens). */
  sign(
    claims: Record<string, unknown>,
    options?: { expiresIn?: string; key?: CryptoKey },
  ): Promise<string>;
  /** Sets the server's clock. */
  setNow(iso: string): void;
  close(): Promise<void>;
}

/** Builds a world; `db` lets several apps share one database. */
export async function createWorld(
  options: { db?: Database; app?: Omit<AppOptions, 'db' | 'auth' | 'now'> } = {},
): Promise<World> {
  const db = options.db ?? (await openDatabase({ dataDir: 'memory://' }));
  const pair = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  let now = new Date('2026-03-02T09:00:00.000Z');
  const app = await buildApp({
    ...options.app,
    db,
    now: () => now,
    auth: {
      issuer: ISSUER,
      audience: AUDIENCE,
      jwks: { keys: [jwk] },
      apiKeys: [{ id: 'registry', sha256: hashApiKey(SYSTEM_KEY) }],
    },
  });
  const sign = (claims: Record<string, unknown>, o: { expiresIn?: string; key?: CryptoKey } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(typeof claims.sub === 'string' ? claims.sub : 'staff-1')
      .setIssuedAt()
      .setExpirationTime(o.expiresIn ?? '1h')
      .sign(o.key ?? pair.privateKey);
  const tokens: Record<Exclude<Caller, 'anonymous' | 'system'>, string> = {
    coordinator: await sign({ sub: 'coord-anna', role: 'coordinator' }),
    socialWorkerA: await sign({
      sub: 'sw-farsta-1',
      role: 'district_social_worker',
      district_id: A.district,
    }),
    socialWorkerB: await sign({
      sub: 'sw-hl-1',
      role: 'district_social_worker',
      district_id: B.district,
    }),
    leaderA: await sign({ sub: 'leader-a', role: 'group_leader', cohort_ids: [A.cohort] }),
    leaderB: await sign({ sub: 'leader-b', role: 'group_leader', cohort_ids: [B.cohort] }),
    // Catalogue editors (issue 16): district A's, and a voluntary organisation's.
    districtEditorA: await sign({
      sub: 'editor-farsta',
      role: 'district_editor',
      district_id: A.district,
    }),
    providerEditor: await sign({
      sub: 'editor-ersta',
      role: 'provider_editor',
      provider_id: 'ersta-vandpunkten',
    }),
  };
  return {
    app,
    db,
    headers(caller) {
      if (caller === 'anonymous') return {};
      if (caller === 'system') return { 'x-api-key': SYSTEM_KEY };
      return { authorization: `Bearer ${tokens[caller]}` };
    },
    sign,
    setNow(iso) {
      now = new Date(iso);
    },
    async close() {
      await app.close();
      if (!options.db) await db.close();
    },
  };
}

const TABLES = [
  'referrals',
  'referral_events',
  'cohorts',
  'cohort_leaders',
  'leaders',
  'cohort_seats',
  'cohort_waitlist',
  'outcome_administrations',
  'cohort_attendance',
  'service_waitlist',
  'jobs',
  'tasks',
  'referrer_conversations',
  'staff_notification_settings',
];

/** Row counts and an md5 of every row of every table the API writes: equal digests, equal data. */
export async function digest(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await db.driver.query<{ n: number; h: string | null }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
    );
    out[table] = `${rows[0]!.n}:${rows[0]!.h}`;
  }
  return out;
}

/** A valid referral body for district A (or B). */
export function referralBody(which: 'A' | 'B' = 'A', pseudonym = 'FA-2026-0001') {
  const d = which === 'A' ? A : B;
  return {
    child: { pseudonym, age: 9, districtId: d.district, languages: ['sv'] },
    needs: ['parental-substance-abuse'],
    serviceId: d.service,
    consent: { givenBy: 'guardians', recordedOn: '2026-03-01', scope: 'referral' },
  };
}

/** A leader body. */
export function leaderBody(id: string, experience: 'experienced' | 'first_time' = 'experienced') {
  return {
    id,
    displayName: `Leader ${id}`,
    homeDistrictId: A.district,
    trainings: [{ programme: 'CAP', completedOn: '2024-05-01' }],
    experience,
    groupsLed: experience === 'experienced' ? 4 : 0,
    languages: ['sv'],
  };
}

/**
 * A cohort body for district A (or B). A's group meets on Tuesdays, B's on Thursdays, at 16:00 for
 * 90 minutes; any other cohort id of the district meets the same day at 18:00. So the tests' cohorts
 * can share the same two leaders without one leader leading two groups at the same time, which the
 * API refuses (409).
 */
export function cohortBody(
  which: 'A' | 'B' = 'A',
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const d = which === 'A' ? A : B;
  const id = overrides.id ?? d.cohort;
  return {
    id: d.cohort,
    serviceId: d.service,
    ageBand: { min: 7, max: 12 },
    needs: ['parental-substance-abuse'],
    startDate: '2026-09-01',
    cutoffDate: '2026-08-15',
    meetings: {
      count: 10,
      weekday: which === 'A' ? 'tue' : 'thu',
      startTime: id === d.cohort ? '16:00' : '18:00',
      durationMinutes: 90,
    },
    seats: { min: 2, max: 4 },
    leaderIds: [],
    premises: { name: 'Fritidsgården', districtId: d.district, confidential: false },
    language: 'sv',
    status: 'planned',
    ...overrides,
  };
}

/** An answer as the tests read it, from `inject()` or from a socket. */
export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | number | string[] | undefined>;
  readonly body: string;
}

/** Sends raw bytes to a listening app and reads the whole answer. */
export function rawRequest(port: number, request: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const at = line.indexOf(':');
        headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.end(request);
  });
}
