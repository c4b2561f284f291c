import {
  HSDS_VERSION,
  LOTSEN_HSDS_PROFILE_URI,
  hsdsId,
  hsdsPage,
  normalizePlaceName,
  snapshotOf,
  toHsdsService,
  toHsdsServiceListItem,
  type Catalogue,
} from '@lotsen/catalogue';
import { TextSchema, type Service } from '@lotsen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema, unwrap } from '../problem.js';
import { cacheable } from './cache.js';

/** Options of the HSDS routes. */
export interface HsdsRoutesOptions {
  readonly catalogue: Catalogue;
}

// Filters as the HSDS API reference names them; all given filters hold together (AND).
const ServicesQuery = z.object({
  search: TextSchema.trim().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(500).default(50),
  organization_id: z.uuid().optional(),
  taxonomy_term_id: z.uuid().optional(),
});

const HsdsObject = z.record(z.string(), z.unknown());

/** What `search` looks in: the service's and its provider's names, the description and the method. */
function searchText(service: Service, catalogue: Catalogue): string {
  const provider = catalogue.provider(service.providerId);
  return normalizePlaceName(
    [
      service.name.sv,
      service.name.en,
      provider?.name.sv ?? '',
      provider?.name.en ?? '',
      service.description.sv,
      service.description.en,
      service.method ?? '',
    ].join(' '),
  );
}

/**
 * The HSDS 3.0 API reference's three required endpoints under `/hsds`: `GET /` (version, profile,
 * openapi_url), `GET /services` (paged, filtered) and `GET /services/{id}` (the fully nested service).
 * Open, without authentication, and CORS-enabled, as the reference asks; successful reads of
 * services may be cached for five minutes, like the other catalogue reads (cache.ts).
 */
export const hsdsRoutes: FastifyPluginAsyncZod<HsdsRoutesOptions> = async (app, { catalogue }) => {
  // The search text of every service, made once per catalogue snapshot.
  const searchIndexes = new WeakMap<Catalogue, Map<string, string>>();
  const searchIndexOf = (snapshot: Catalogue) => {
    let index = searchIndexes.get(snapshot);
    if (index === undefined) {
      index = new Map(snapshot.services.map((s) => [s.id, searchText(s, snapshot)]));
      searchIndexes.set(snapshot, index);
    }
    return index;
  };

  app.get(
    '/hsds/',
    {
      schema: {
        summary: 'HSDS API root: version, profile and where the OpenAPI document is',
        tags: ['hsds'],
        response: {
          200: z.object({ version: z.string(), profile: z.string(), openapi_url: z.string() }),
        },
      },
    },
    // Not cacheable, unlike the services: the URL is built from the request's host (behind a
    // trusted proxy, from its forwarded headers), which a shared cache does not key on.
    async (request) => ({
      version: HSDS_VERSION,
      profile: LOTSEN_HSDS_PROFILE_URI,
      openapi_url: `${request.protocol}://${request.host}/openapi.json`,
    }),
  );

  app.get(
    '/hsds/services',
    {
      schema: {
        summary:
          'HSDS services, paged (Page envelope), filtered by search, organization and taxonomy term',
        tags: ['hsds'],
        querystring: ServicesQuery,
        response: { 200: HsdsObject, 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const {
        search,
        page,
        per_page: perPage,
        organization_id: organizationId,
        taxonomy_term_id: termId,
      } = request.query;
      const words = search ? normalizePlaceName(search).split(' ').filter(Boolean) : [];
      const snapshot = snapshotOf(catalogue);
      const searchIndex = searchIndexOf(snapshot);
      const services = snapshot.services.filter(
        (s) =>
          (!organizationId || hsdsId('organization', s.providerId) === organizationId) &&
          (!termId || s.needs.some((n) => hsdsId('taxonomy_term', n) === termId)) &&
          words.every((w) => searchIndex.get(s.id)!.includes(w)),
      );
      const result = unwrap(
        hsdsPage(
          services.map((s) => toHsdsServiceListItem(snapshot, s)),
          page,
          perPage,
        ),
      );
      cacheable(reply);
      return result as unknown as Record<string, unknown>;
    },
  );

  app.get(
    '/hsds/services/:id',
    {
      schema: {
        summary: 'One HSDS service, fully nested; the id is the HSDS UUID or the Lotsen id',
        tags: ['hsds'],
        params: z.object({ id: TextSchema.min(1).max(100) }),
        response: { 200: HsdsObject, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const result = unwrap(toHsdsService(catalogue, request.params.id));
      cacheable(reply);
      return result as unknown as Record<string, unknown>;
    },
  );
};
