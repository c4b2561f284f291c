import { filterServices, matchValidatedQuery, snapshotOf, type Catalogue } from '@lotsen/catalogue';
import { DistrictSchema, NeedSchema, TextSchema, type Service } from '@lotsen/domain';
import type { FastifyReply, FastifySchemaCompiler } from 'fastify';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema, notFound, unwrap } from '../problem.js';
import { cacheable } from './cache.js';
import { catalogueJson } from './catalogue-json.js';
import { CompressedBody, preferredCoding } from './compressed.js';
import { preferredLanguage, type AnswerLanguage } from './language.js';
import {
  AcceptLanguageHeaders,
  MatchAnswerOut,
  MatchBodySchema,
  ProviderOut,
  ServiceListOut,
  ServiceListQuery,
  ServiceOut,
} from './schemas.js';

/** Sends JSON that is already serialized; fastify sends a string or bytes with a JSON type as they are. */
function sendJson(reply: FastifyReply, json: string | Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}

/** States the language of an answer's texts, when it is one. */
function answeredIn(reply: FastifyReply, language: AnswerLanguage): FastifyReply {
  return language === undefined ? reply : reply.header('content-language', language);
}

/**
 * The validators of a route that documents `Accept-Language`: the header is in the route schema so
 * that the OpenAPI document lists it, but `preferredLanguage` reads any value (what it does not
 * understand means both languages), so no validator runs over the headers; a zod parse of every
 * request's headers would cost time and could only ever pass.
 */
function headersDocumentedOnly<T>(
  route: Parameters<FastifySchemaCompiler<T>>[0],
): ReturnType<FastifySchemaCompiler<T>> {
  if (route.httpPart === 'headers') return () => true;
  // fastify passes the schema of one part (the body's, the query's): a zod schema here.
  return validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]);
}

// Unfiltered pages are kept up to this many bytes (counting each twice, for its compressed forms):
// their number is bounded (perPage ≤ 200, no pages past the end), but pages of 200 whole services
// in every page size would be about 100 MB.
const PAGE_CACHE_BYTES = 16 * 1024 * 1024;

/** Unfiltered pages of services, oldest out first when over budget. */
class PageCache {
  readonly #pages = new Map<string, CompressedBody>();
  #bytes = 0;

  get(key: string): CompressedBody | undefined {
    return this.#pages.get(key);
  }

  set(key: string, body: CompressedBody): void {
    this.#pages.set(key, body);
    this.#bytes += 2 * body.identity.length;
    for (const [oldest, old] of this.#pages) {
      if (this.#bytes <= PAGE_CACHE_BYTES) break;
      this.#pages.delete(oldest);
      this.#bytes -= 2 * old.identity.length;
    }
  }
}

/** Options of the catalogue routes. */
export interface CatalogueRoutesOptions {
  readonly catalogue: Catalogue;
}

/** `/v1/services`, `/v1/services/:id`, `POST /v1/match`, and the reference lists of districts and needs. */
export const catalogueRoutes: FastifyPluginAsyncZod<CatalogueRoutesOptions> = async (
  app,
  { catalogue },
) => {
  // What is written once per catalogue snapshot: a live catalogue gets a new snapshot with every
  // change, and the old one's JSON, pages and list go with it.
  const perSnapshot = new WeakMap<
    Catalogue,
    { json: ReturnType<typeof catalogueJson>; pages: PageCache; everyService?: Service[] }
  >();
  const cached = () => {
    const snapshot = snapshotOf(catalogue);
    let entry = perSnapshot.get(snapshot);
    if (entry === undefined) {
      entry = { json: catalogueJson(snapshot), pages: new PageCache() };
      perSnapshot.set(snapshot, entry);
    }
    return { snapshot, ...entry, entry };
  };

  app.get(
    '/v1/services',
    {
      schema: {
        summary: 'List services, filtered by need, age, district, kind and access route',
        description:
          'Pages of 20 compact services (ServiceSummary) unless asked otherwise; view=full lists whole Service records, in both languages. The names in compact items are in the language Accept-Language prefers (sv or en; both without a preference), named by Content-Language. Unfiltered pages are sent compressed (br or gzip) to a client that accepts it. Cacheable for 5 minutes.',
        tags: ['catalogue'],
        querystring: ServiceListQuery,
        headers: AcceptLanguageHeaders,
        response: { 200: ServiceListOut, 400: ProblemSchema },
        responseHeaders: { 200: ['content-language', 'vary', 'content-encoding'] },
      },
      validatorCompiler: headersDocumentedOnly,
    },
    async (request, reply) => {
      const { page, perPage, view, ...filter } = request.query;
      // Whole records are as the catalogue has them, in both languages, whatever the caller reads.
      const language =
        view === 'compact' ? preferredLanguage(request.headers['accept-language']) : undefined;
      // On the answer only: a refused filter is refused in every language and coding.
      const vary = view === 'compact' ? 'accept-encoding, accept-language' : 'accept-encoding';
      const unfiltered = Object.values(filter).every((v) => v === undefined);
      const { snapshot, json, pages, entry } = cached();
      if (!unfiltered) {
        const result = unwrap(filterServices(snapshot, filter));
        const items = result.slice((page - 1) * perPage, page * perPage);
        answeredIn(cacheable(reply.header('vary', vary)), language);
        return sendJson(
          reply,
          json.serviceList({ total: result.length, page, perPage }, items, view, language),
        );
      }
      // Browsing the whole catalogue is the most common call, and a catalogue snapshot never
      // changes: each unfiltered page is written once per snapshot and language, and compressed
      // once per coding.
      const key = `${view}:${page}:${perPage}:${language ?? '*'}`;
      let body = pages.get(key);
      if (body === undefined) {
        if (entry.everyService === undefined) {
          entry.everyService = unwrap(filterServices(snapshot, {}));
        }
        const everyService = entry.everyService;
        const items = everyService.slice((page - 1) * perPage, page * perPage);
        body = new CompressedBody(
          json.serviceList(
            { total: everyService.length, page, perPage },
            items,
            view,
            language,
            true,
          ),
        );
        if (items.length > 0 || page === 1) pages.set(key, body);
      }
      const coding = preferredCoding(request.headers['accept-encoding']);
      if (coding !== undefined) void reply.header('content-encoding', coding);
      answeredIn(cacheable(reply.header('vary', vary)), language);
      return sendJson(reply, body.in(coding));
    },
  );

  app.get(
    '/v1/services/:id',
    {
      schema: {
        summary: 'One service, with its provider',
        tags: ['catalogue'],
        params: z.object({ id: TextSchema }),
        response: {
          200: z.object({ service: ServiceOut, provider: ProviderOut }),
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { snapshot, json } = cached();
      const service = snapshot.service(request.params.id);
      if (!service) return notFound(reply, request, `No service with id "${request.params.id}"`);
      return sendJson(cacheable(reply), json.serviceDetail(service));
    },
  );

  // POST, not GET: a child's age, district and needs stay out of URLs, proxies and access logs.
  app.post(
    '/v1/match',
    {
      schema: {
        summary: 'Find the services that fit a child, ranked, with reasons and notices',
        description:
          'The best 10 results unless limit asks for more (up to 200), each compact: the service and its provider by id and name, with what a card shows. Its texts (names, contact, reasons, notices) are in the language Accept-Language prefers (sv or en; both without a preference), named by Content-Language. expand adds the whole service and provider records, in both languages; /v1/services/{id} has them too.',
        tags: ['catalogue'],
        body: MatchBodySchema,
        headers: AcceptLanguageHeaders,
        response: { 200: MatchAnswerOut, 400: ProblemSchema },
        responseHeaders: { 200: ['content-language', 'vary'] },
      },
      validatorCompiler: headersDocumentedOnly,
    },
    async (request, reply) => {
      // The route schema has validated the body; the package checks only that its district and
      // needs exist, rather than parse it a second time.
      const { expand, ...query } = request.body;
      const { snapshot, json } = cached();
      const result = unwrap(matchValidatedQuery(snapshot, query));
      const language = preferredLanguage(request.headers['accept-language']);
      answeredIn(reply.header('vary', 'accept-language'), language);
      // Only what the schema documents (the query is the caller's own and is not echoed).
      return sendJson(reply, json.matchAnswer(result, expand, language));
    },
  );

  app.get(
    '/v1/districts',
    {
      schema: {
        summary: 'The districts, with the names and areas people use for them',
        tags: ['catalogue'],
        response: { 200: z.object({ items: z.array(DistrictSchema.meta({ id: 'District' })) }) },
      },
    },
    async (_request, reply) => {
      cacheable(reply);
      return { items: [...catalogue.districts] };
    },
  );

  app.get(
    '/v1/needs',
    {
      schema: {
        summary: 'The needs services are matched on',
        tags: ['catalogue'],
        response: { 200: z.object({ items: z.array(NeedSchema.meta({ id: 'Need' })) }) },
      },
    },
    async (_request, reply) => {
      cacheable(reply);
      return { items: [...catalogue.needs.needs] };
    },
  );
};
