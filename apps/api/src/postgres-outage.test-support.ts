// The API under an outage: the API as a child process with a token of its own, writers of referrals
// that keep every id the API acknowledged, and the check that each is stored. Used by
// postgres-outage.test.ts and the bot's bench/pg-restart.soak.ts; the cluster, the processes and the
// request loops they run on are @lotsen/test-support/servers'.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase } from '@lotsen/storage';
import { REPOSITORY_ROOT } from '@lotsen/test-support';
import {
  countStatus,
  freePort,
  startLoops,
  startServer,
  type Load,
  type ServerProcess,
} from '@lotsen/test-support/servers';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { A, referralBody } from './test-support.js';

/** The API (apps/api/src/server.ts) over `databaseUrl`, with a token for district A's social worker. */
export interface ApiUnderTest {
  readonly server: ServerProcess;
  /** `Authorization` header value of a district social worker of district A. */
  readonly authorization: string;
}

const ISSUER = 'https://login.outage.example';

/** Starts the API as a child process on a free port, trusting a key made here. */
export async function startApi(databaseUrl: string): Promise<ApiUnderTest> {
  const pair = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'outage', alg: 'ES256', use: 'sig' };
  const token = await new SignJWT({ role: 'district_social_worker', district_id: A.district })
    .setProtectedHeader({ alg: 'ES256', kid: 'outage' })
    .setIssuer(ISSUER)
    .setAudience('lotsen-api')
    .setSubject('sw-outage')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(pair.privateKey);
  const port = await freePort();
  const server = await startServer(
    join(REPOSITORY_ROOT, 'apps/api/src/server.ts'),
    {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOTSEN_JWT_ISSUER: ISSUER,
      LOTSEN_JWKS: JSON.stringify({ keys: [jwk] }),
      LOTSEN_RATE_LIMIT_SECRET: randomUUID() + randomUUID(),
      LOG_LEVEL: 'info',
    },
    /Lotsen is running/,
    `http://127.0.0.1:${port}`,
  );
  return { server, authorization: `Bearer ${token}` };
}

/** What the writers saw. */
export interface WriteTally {
  requests: number;
  /** The id of every referral the API answered 201 for: acknowledged, so it must be stored. */
  readonly acknowledged: string[];
  /** Answers by HTTP status. */
  readonly statuses: Map<number, number>;
  /** Requests that got no HTTP answer (connection refused or reset, or no answer in 20 s). */
  transportErrors: number;
}

/** Starts `writers` loops of `POST /v1/referrals` ({@link startLoops}). */
export function startWriters(api: ApiUnderTest, writers: number): Load<WriteTally> {
  const tally: WriteTally = {
    requests: 0,
    acknowledged: [],
    statuses: new Map(),
    transportErrors: 0,
  };
  return startLoops(writers, tally, async (writer, turn) => {
    tally.requests++;
    const res = await fetch(`${api.server.url}/v1/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: api.authorization },
      body: JSON.stringify(referralBody('A', `FA-OUT-${writer}-${turn}`)),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await res.json()) as { id?: string };
    countStatus(tally.statuses, res.status);
    if (res.status === 201 && typeof body.id === 'string') tally.acknowledged.push(body.id);
    return res.status !== 201;
  });
}

/** The acknowledged ids that are not in the cluster's `referrals` table. */
export async function missingReferrals(
  databaseUrl: string,
  acknowledged: readonly string[],
): Promise<string[]> {
  const db = await openDatabase({ url: databaseUrl, migrate: false, maxConnections: 1 });
  try {
    const { rows } = await db.driver.query<{ id: string }>(
      'SELECT id::text AS id FROM referrals WHERE id = ANY($1::uuid[])',
      [acknowledged],
    );
    const stored = new Set(rows.map((r) => r.id));
    return acknowledged.filter((id) => !stored.has(id));
  } finally {
    await db.close();
  }
}
