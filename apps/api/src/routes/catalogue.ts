import {
  MatchQuerySchema,
  ServiceFilterSchema,
  filterServices,
  matchServices,
  type Catalogue,
  type MatchAnswer,
} from '@lotsen/catalogue';
import {
  DistrictSchema,
  LocalizedTextSchema,
  NeedSchema,
  ProviderSchema,
  ServiceSchema,
} from '@lotsen/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema, notFound, sendPackageError } from '../problem.js';

const ServiceOut = ServiceSchema.meta({ id: 'Service' });
const ProviderOut = ProviderSchema.meta({ id: 'Provider' });

const ServiceListQuery = ServiceFilterSchema.extend({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});

const ServiceListOut = z.object({
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  items: z.array(ServiceOut),
});

const MatchReasonOut = z.object({ code: z.string(), text: LocalizedTextSchema });
/** The answer of `POST /v1/match`, as documented. */
export const MatchAnswerOut = z
  .object({
    results: z
      .array(
        z.object({
          rank: z.number().int(),
          locality: z.enum(['own_district', 'neighbour_district', 'city_wide', 'county_wide']),
          service: ServiceOut,
          provider: ProviderOut,
          reasons: z.array(MatchReasonOut).readonly(),
          availability: z
            .object({ nextStart: z.string().optional(), placesLeft: z.number().int() })
            .optional(),
        }),
      )
      .readonly(),
    notices: z.array(MatchReasonOut).readonly(),
    eligibleCount: z.number().int(),
  })
  .meta({ id: 'MatchAnswer' });

// The JSON of each service and provider as UTF-8 bytes, checked against its schema and encoded the
// first time a match answer names it. The catalogue does not change while the app runs, and the
// keys are the catalogue's own objects, so an entry goes when its catalogue does.
const fragments = new WeakMap<object, Buffer>();

function fragment(value: object, schema: z.ZodType): Buffer {
  let bytes = fragments.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(schema.encode(value)), 'utf8');
    fragments.set(value, bytes);
  }
  return bytes;
}

/**
 * A match answer as JSON bytes. Every answer repeats whole services and providers (about 4 kB
 * each); encoding them through the response schema, and then to UTF-8, on every request cost more
 * than the matching itself (profiled under load). Here each is checked and encoded once, and only
 * the per-query parts (rank, locality, reasons, availability, notices) are serialized each time.
 * app.test.ts checks that the result equals what the documented schema encodes.
 */
export function matchAnswerJson(
  answer: Pick<MatchAnswer, 'results' | 'notices' | 'eligibleCount'>,
): Buffer {
  const parts: Buffer[] = [];
  answer.results.forEach((r, i) => {
    parts.push(
      Buffer.from(
        `${i === 0 ? '{"results":[' : ','}{"rank":${r.rank},"locality":${JSON.stringify(r.locality)},"service":`,
      ),
      fragment(r.service, ServiceOut),
      PROVIDER_KEY,
      fragment(r.provider, ProviderOut),
      Buffer.from(
        `,"reasons":${JSON.stringify(r.reasons)}${r.availability ? `,"availability":${JSON.stringify(r.availability)}` : ''}}`,
      ),
    );
  });
  parts.push(
    Buffer.from(
      `${answer.results.length === 0 ? '{"results":[' : ''}],"notices":${JSON.stringify(answer.notices)},"eligibleCount":${answer.eligibleCount}}`,
    ),
  );
  return Buffer.concat(parts);
}

const PROVIDER_KEY = Buffer.from(',"provider":');

/** Sends JSON that is already serialized; fastify sends a string or bytes with a JSON type as they are. */
function sendSerialized(reply: FastifyReply, json: string | Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
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
  const unfilteredPages = new Map<string, Buffer>();

  app.get(
    '/v1/services',
    {
      schema: {
        summary: 'List services, filtered by need, age, district, kind and access route',
        tags: ['catalogue'],
        querystring: ServiceListQuery,
        response: { 200: ServiceListOut, 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { page, perPage, ...filter } = request.query;
      const unfiltered = Object.values(filter).every((v) => v === undefined);
      const key = `${page}:${perPage}`;
      const cached = unfiltered ? unfilteredPages.get(key) : undefined;
      if (cached !== undefined) return sendSerialized(reply, cached);
      const result = filterServices(catalogue, filter);
      if (!result.ok) return sendPackageError(reply, request, result.error);
      const items = result.value.slice((page - 1) * perPage, page * perPage);
      const body = { total: result.value.length, page, perPage, items };
      if (!unfiltered) return body;
      // Browsing the whole catalogue is the most common call, and the catalogue never changes
      // while the app runs: each unfiltered page is checked against the schema and serialized
      // once, then sent as these bytes (the pages are bounded: perPage ≤ 200, past the end is empty).
      const json = Buffer.from(JSON.stringify(ServiceListOut.encode(body)), 'utf8');
      if (items.length > 0 || page === 1) unfilteredPages.set(key, json);
      return sendSerialized(reply, json);
    },
  );

  app.get(
    '/v1/services/:id',
    {
      schema: {
        summary: 'One service, with its provider',
        tags: ['catalogue'],
        params: z.object({ id: z.string() }),
        response: {
          200: z.object({ service: ServiceOut, provider: ProviderOut }),
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const service = catalogue.service(request.params.id);
      if (!service) return notFound(reply, request, `No service with id "${request.params.id}"`);
      return { service, provider: catalogue.provider(service.providerId)! };
    },
  );

  // POST, not GET: a child's age, district and needs stay out of URLs, proxies and access logs.
  app.post(
    '/v1/match',
    {
      schema: {
        summary: 'Find the services that fit a child, ranked, with reasons and notices',
        tags: ['catalogue'],
        body: MatchQuerySchema,
        response: { 200: MatchAnswerOut, 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const result = matchServices(catalogue, request.body);
      if (!result.ok) return sendPackageError(reply, request, result.error);
      // Only what the schema documents (the query is the caller's own and is not echoed), written
      // by matchAnswerJson: see there why.
      return sendSerialized(reply, matchAnswerJson(result.value));
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
    async () => ({ items: [...catalogue.districts] }),
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
    async () => ({ items: [...catalogue.needs.needs] }),
  );
};
