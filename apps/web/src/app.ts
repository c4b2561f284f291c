import { SlugSchema, type UiLanguage } from '@lotsen/domain';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import type { ApiClient } from './api/client.js';
import { copyFor } from './copy.js';
import { deskRoutes, type DeskOptions } from './desk/routes.js';
import { html } from './html.js';
import { PageCache } from './page-cache.js';
import { page } from './layout.js';
import { ApiUnavailable, createGroupsSource, type GroupFilter } from './public/groups.js';
import { PATHS, groupsPage, shortlistPage } from './public/groups-page.js';

/** Options of {@link buildWebApp}. */
export interface WebAppOptions {
  /** The API, through the client typed from its OpenAPI document. */
  readonly api: ApiClient;
  /** The web chat's address ("Fråga Lotsen"). */
  readonly chatUrl: string;
  /** How long public API answers are reused, in milliseconds. */
  readonly apiMaxAgeMs?: number;
  readonly now?: () => Date;
  readonly fastify?: FastifyServerOptions;
  /** The coordination desk (staff login); left out, only the public pages are served. */
  readonly desk?: DeskOptions;
}

/**
 * How long a CDN and browsers may keep the public pages: a minute in browsers, five minutes in a
 * shared cache, and a stale copy for another minute while it asks again. Places left change slowly
 * (an offer, an enrolment); a family who calls is told the real state.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=60';

/** The most services a shortlist link may carry. */
const SHORTLIST_MAX = 30;

type Query = Record<string, string | string[] | undefined>;

/** The first value of a query parameter that is a well-formed id (values are ids, never free text). */
function slug(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first) return undefined;
  return SlugSchema.safeParse(first).success ? first : undefined;
}

function filterOf(query: Query): GroupFilter {
  const districtId = slug(query.area);
  const need = slug(query.need);
  const ageBand =
    typeof query.age === 'string' && /^\d{1,2}-\d{1,2}$/.test(query.age) ? query.age : undefined;
  const term =
    typeof query.term === 'string' && /^\d{4}-(spring|autumn)$/.test(query.term)
      ? query.term
      : undefined;
  return {
    ...(districtId === undefined ? {} : { districtId }),
    ...(need === undefined ? {} : { need }),
    ...(ageBand === undefined ? {} : { ageBand }),
    ...(term === undefined ? {} : { term }),
  };
}

function shortlistIds(query: Query): string[] {
  const raw = query.ids;
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) =>
    v.split(','),
  );
  return [...new Set(values.filter((v) => SlugSchema.safeParse(v).success))].slice(
    0,
    SHORTLIST_MAX,
  );
}

function sendPage(reply: FastifyReply, body: string | Buffer, cache: string) {
  return reply.header('cache-control', cache).type('text/html; charset=utf-8').send(body);
}

/** The page a visitor sees when the API does not answer: 503, not cached, and the chat still offered. */
function unavailablePage(lang: UiLanguage, chatUrl: string): string {
  const c = copyFor(lang);
  return page({
    lang,
    title: c.groupsTitle,
    nav: html``,
    body: html`<h1>${c.groupsTitle}</h1>
      <p>${c.unavailable}</p>
      <p><a class="button ask" href="${chatUrl}">${c.askLotsen}</a></p>`,
  });
}

/** The web app: the public groups pages (server-rendered, no JavaScript needed). */
export async function buildWebApp(options: WebAppOptions): Promise<FastifyInstance> {
  const app = Fastify({ ...options.fastify, routerOptions: { ignoreTrailingSlash: true } });
  const source = createGroupsSource({
    api: options.api,
    ...(options.apiMaxAgeMs === undefined ? {} : { maxAgeMs: options.apiMaxAgeMs }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  // The desk's forms post as browsers do without script; their fields are read as URLSearchParams.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => done(null, new URLSearchParams(String(body))),
  );
  const pages = new PageCache(options.apiMaxAgeMs ?? 30_000);
  const chatUrl = (lang: UiLanguage) => {
    const url = new URL(options.chatUrl);
    if (lang === 'en') url.searchParams.set('lang', 'en');
    return url.toString();
  };

  app.addHook('onSend', async (_request, reply) => {
    // The pages load nothing from elsewhere and run no script.
    reply.header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });

  app.setErrorHandler(async (error, request, reply) => {
    const lang: UiLanguage = request.url.startsWith('/en') ? 'en' : 'sv';
    if (error instanceof ApiUnavailable) {
      request.log.warn({ err: error.message }, 'the API did not answer the groups page');
      return sendPage(
        reply.code(503).header('retry-after', '30'),
        unavailablePage(lang, chatUrl(lang)),
        'no-store',
      );
    }
    request.log.error(error);
    return sendPage(reply.code(500), unavailablePage(lang, chatUrl(lang)), 'no-store');
  });

  app.get('/', async (_request, reply) => reply.redirect(PATHS.sv.groups));
  for (const lang of ['sv', 'en'] as const) {
    app.get<{ Querystring: Query }>(PATHS[lang].groups, async (request, reply) => {
      const filter = filterOf(request.query);
      // Keyed by the filter as understood, so that odd spellings of one view share its page.
      const body = await pages.get(`${lang}:groups:${JSON.stringify(filter)}`, async () =>
        groupsPage(lang, await source.view(filter), filter, chatUrl(lang)),
      );
      return sendPage(reply, body, PUBLIC_CACHE_CONTROL);
    });
    app.get<{ Querystring: Query }>(PATHS[lang].shortlist, async (request, reply) => {
      const ids = shortlistIds(request.query);
      const body = await pages.get(`${lang}:shortlist:${ids.join(',')}`, async () =>
        shortlistPage(lang, await source.shortlist(ids), ids, chatUrl(lang)),
      );
      return sendPage(reply, body, PUBLIC_CACHE_CONTROL);
    });
  }
  if (options.desk) deskRoutes(app, options.api, options.desk);
  app.get('/healthz', async () => ({ ok: true }));
  return app;
}
