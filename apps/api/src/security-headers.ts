import helmet from '@fastify/helmet';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type onRequestHookHandler,
} from 'fastify';

/** Where the HTML documentation (Swagger UI) is served; everything else answers JSON. */
export const DOCS_PREFIX = '/docs';

/**
 * The security headers of every JSON answer: the set the OWASP REST Security Cheat Sheet
 * recommends for all API responses ("Security Headers",
 * https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html#security-headers):
 * no caching of what may be sensitive, no framing (by CSP and by X-Frame-Options), no MIME
 * sniffing, and a CSP that loads nothing (in the same header, so free), plus
 * {@link STRICT_TRANSPORT_SECURITY} over HTTPS. The sheet's further headers (Referrer-Policy,
 * Permissions-Policy and the like) are for HTML, which these answers never are; helmet's other
 * headers (cross-origin policies, the DNS-prefetch, download and XSS-filter switches, a CSP with a
 * dozen directives) are for HTML pages too, and each header costs every client and the server time
 * on every answer. Catalogue reads, which are public, replace `no-store` with a cache lifetime of
 * their own (routes/catalogue.ts).
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
});

/**
 * HTTPS only, for a year, subdomains included. Sent only on answers to requests that came over
 * HTTPS (directly, or, with `LOTSEN_TRUST_PROXY`, as the proxy's `X-Forwarded-Proto` says): RFC
 * 6797 §7.2 forbids it over plain HTTP, where a browser ignores it anyway.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** helmet's settings for the documentation pages: Swagger UI needs its own scripts and styles. */
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
  // Sent over HTTPS only, as on every answer (see STRICT_TRANSPORT_SECURITY).
  'strict-transport-security',
  'content-type',
  'content-length',
  'date',
  'connection',
  'keep-alive',
]);

/**
 * The security headers of the HTML documentation pages: helmet's whole set, worked out once.
 * @fastify/helmet builds the helmet middleware again for every request, re-parsing the CSP each
 * time, and that cost about a third of a small request's time. The headers do not depend on the
 * request (no CSP nonces are used), so helmet is asked once, on a probe instance with the same
 * settings.
 */
export async function docsSecurityHeaders(): Promise<Readonly<Record<string, string>>> {
  const probe = Fastify();
  await probe.register(helmet, HELMET_OPTIONS);
  probe.get('/', async () => ({}));
  const res = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (!NOT_SECURITY.has(name) && typeof value === 'string') headers[name] = value;
  }
  return Object.freeze(headers);
}

/**
 * A route's own hooks of one kind (none, one, or several, as a route may give them) as a list, so
 * that an `onRoute` hook can add one of its own.
 */
export function hookList<H>(own: H | readonly H[] | undefined): H[] {
  return own === undefined ? [] : Array.isArray(own) ? [...(own as readonly H[])] : [own as H];
}

/** Whether a route (as registered, e.g. `/docs/static/*`) is part of the HTML documentation. */
export function isDocsRoute(url: string): boolean {
  return url === DOCS_PREFIX || url.startsWith(`${DOCS_PREFIX}/`);
}

/**
 * Sets {@link API_SECURITY_HEADERS} on an answer, and {@link STRICT_TRANSPORT_SECURITY} when the
 * request came over HTTPS. For answers made before the app's hooks run (edge-errors.ts) too.
 */
export function setApiSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  void reply.headers(API_SECURITY_HEADERS);
  if (request.protocol === 'https')
    void reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
}

/**
 * Sets the security headers on every answer of `app`: {@link API_SECURITY_HEADERS} on all of them
 * (not-found answers and errors included), {@link STRICT_TRANSPORT_SECURITY} on those over HTTPS,
 * and on the routes under {@link DOCS_PREFIX} helmet's set instead. Both sets are worked out once,
 * at start-up. Call it before any route is registered: the documentation's routes are found as
 * they are added.
 */
export async function useSecurityHeaders(app: Pick<FastifyInstance, 'addHook'>): Promise<void> {
  const docs = await docsSecurityHeaders();
  app.addHook('onRequest', (request, reply, done) => {
    setApiSecurityHeaders(request, reply);
    done();
  });
  // The documentation's own hook runs after the app's, and only on its routes: the JSON routes pay
  // nothing to tell the two apart.
  const docsHook: onRequestHookHandler = (_request, reply, done) => {
    // helmet sets no cache header: the pages and their scripts may be cached as the browser likes.
    void reply.removeHeader('cache-control').headers(docs);
    done();
  };
  app.addHook('onRoute', (route) => {
    if (!isDocsRoute(route.url)) return;
    route.onRequest = [docsHook, ...hookList(route.onRequest)];
  });
}
