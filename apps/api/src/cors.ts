import cors, { type FastifyCorsOptions } from '@fastify/cors';
import Fastify from 'fastify';

/**
 * The CORS policy: the HSDS API reference asks for open, CORS-enabled catalogue reads, and every
 * answer is for any origin alike. Callers authenticate by header, never by cookie, so `*` lets no
 * page act with a visitor's ambient credentials.
 */
export const CORS_OPTIONS = {
  origin: '*',
  methods: ['GET', 'POST'],
} as const satisfies FastifyCorsOptions;

/** Two origins a probe asks as; the policy must answer them (and no origin) alike. */
const PROBE_ORIGINS = ['https://a.example', 'https://b.example'] as const;

/** The `access-control-*` headers of one answer. */
function corsHeadersOf(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('access-control-') && typeof entry[1] === 'string',
    ),
  );
}

/**
 * The CORS headers @fastify/cors puts on an answer under {@link CORS_OPTIONS}, for answers made
 * before its hook runs (edge-errors.ts), worked out once on a probe instance so that the policy has
 * one owner. Those answers cannot always read the request's `Origin` (Node's HTTP parser refuses a
 * request before its headers are parsed), so the headers must not depend on it: the probe asks as
 * two origins and as none, and refuses to start if the answers differ. A policy that reflects
 * allowed origins would need edge-errors.ts to answer per request, and to leave the headers off
 * where the origin cannot be read.
 */
export async function originIndependentCorsHeaders(): Promise<Readonly<Record<string, string>>> {
  const probe = Fastify();
  await probe.register(cors, CORS_OPTIONS);
  probe.get('/', async () => ({}));
  const answers: Record<string, string>[] = [];
  for (const origin of [undefined, ...PROBE_ORIGINS]) {
    const res = await probe.inject({
      method: 'GET',
      url: '/',
      headers: origin === undefined ? {} : { origin },
    });
    answers.push(corsHeadersOf(res.headers));
  }
  await probe.close();
  const [first] = answers;
  if (answers.some((a) => JSON.stringify(a) !== JSON.stringify(first))) {
    throw new Error('The CORS policy depends on the Origin: edge errors cannot carry it as is');
  }
  return Object.freeze({ ...first });
}
