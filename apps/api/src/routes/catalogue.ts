import {
  MatchQuerySchema,
  ServiceFilterSchema,
  filterServices,
  matchServices,
  type Catalogue,
} from '@lotsen/catalogue';
import {
  DistrictSchema,
  LocalizedTextSchema,
  NeedSchema,
  ProviderSchema,
  ServiceSchema,
} from '@lotsen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema, notFound, sendPackageError } from '../problem.js';

const ServiceOut = ServiceSchema.meta({ id: 'Service' });
const ProviderOut = ProviderSchema.meta({ id: 'Provider' });

const ServiceListQuery = ServiceFilterSchema.extend({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});

const MatchReasonOut = z.object({ code: z.string(), text: LocalizedTextSchema });
const MatchAnswerOut = z
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

/** Options of the catalogue routes. */
export interface CatalogueRoutesOptions {
  readonly catalogue: Catalogue;
}

/** `/v1/services`, `/v1/services/:id`, `POST /v1/match`, and the reference lists of districts and needs. */
export const catalogueRoutes: FastifyPluginAsyncZod<CatalogueRoutesOptions> = async (
  app,
  { catalogue },
) => {
  app.get(
    '/v1/services',
    {
      schema: {
        summary: 'List services, filtered by need, age, district, kind and access route',
        tags: ['catalogue'],
        querystring: ServiceListQuery,
        response: {
          200: z.object({
            total: z.number().int(),
            page: z.number().int(),
            perPage: z.number().int(),
            items: z.array(ServiceOut),
          }),
          400: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { page, perPage, ...filter } = request.query;
      const result = filterServices(catalogue, filter);
      if (!result.ok) return sendPackageError(reply, request, result.error);
      const items = result.value.slice((page - 1) * perPage, page * perPage);
      return { total: result.value.length, page, perPage, items };
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
      return result.value;
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
