import helmet from '@fastify/helmet';
import Fastify from 'fastify';

/** helmet's settings: the API serves JSON, and /docs needs its own scripts and styles. */
const HELMET_OPTIONS = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
  },
};

// Headers every response has anyway; they are not helmet's to set.
const NOT_SECURITY = new Set([
  'content-type',
  'content-length',
  'date',
  'connection',
  'keep-alive',
]);

/**
 * The security headers helmet sets, worked out once. @fastify/helmet builds the helmet middleware
 * again for every request, re-parsing the CSP each time, and that cost about a third of a small
 * request's time. The headers do not depend on the request (no CSP nonces are used), so helmet is
 * asked once, on a probe instance with the same settings, and the app sets the result itself.
 */
export async function securityHeaders(): Promise<Readonly<Record<string, string>>> {
  const probe = Fastify();
  await probe.register(helmet, HELMET_OPTIONS);
  probe.get('/', async () => ({}));
  const res = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (!NOT_SECURITY.has(name) && typeof value === 'string') headers[name] = value;
  }
  return headers;
}
