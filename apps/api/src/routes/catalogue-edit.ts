import {
  CatalogueError,
  createCatalogue,
  diffCatalogues,
  fromHsds,
  type CatalogueData,
  type LiveCatalogue,
} from '@lotsen/catalogue';
import {
  DistrictContactSchema,
  FRESHNESS_LABELS,
  ProviderSchema,
  ServiceSchema,
  SlugSchema,
  err,
  freshnessOf,
  ok,
  type District,
  type Provider,
  type Result,
  type Service,
} from '@lotsen/domain';
import type {
  CatalogueAction,
  CatalogueEntry,
  CatalogueEntryChange,
  CatalogueEntryKind,
  Database,
} from '@lotsen/storage';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actorOf,
  canEditDistrict,
  canEditProvider,
  canEditService,
  type ServiceEditFacts,
} from '../access.js';
import { roleOf, type Principal } from '../auth.js';
import { ProblemSchema, RequestRefused, notFound } from '../problem.js';
import { etagOf, versionOf } from './schemas.js';

/*
 * Editing the catalogue: services, providers and districts' contact routes, each change a new
 * version with a revision (who, when, which fields), readable as history and revertible. Who may
 * edit what is access.ts's; an entry outside the caller's scope is answered as not found, checked
 * when the request arrives, before its body is read. Every write is checked twice: against the
 * domain schemas (storage) and as a whole catalogue with the change in it (createCatalogue: the
 * references, the confidentiality rule), so nothing the live catalogue could not serve is stored.
 * After a write this instance reloads at once; the others within about a second (LISTEN/NOTIFY or
 * a revision poll, docs/decisions/0007-live-catalogue.md).
 */

/** Options of the catalogue editing routes. */
export interface CatalogueEditRoutesOptions {
  readonly db: Database;
  readonly catalogue: LiveCatalogue;
  readonly now: () => Date;
}

const EDITORS = { roles: ['coordinator', 'district_editor', 'provider_editor'] as const };
const COORDINATORS = { roles: ['coordinator'] as const };
const DISTRICT_EDITORS = { roles: ['coordinator', 'district_editor'] as const };
const Errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/** Edits name the version they read: a stale one is 409, a missing one 428-like 400. */
const IfMatchRequired = z.object({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d{1,9}"?$/, 'Send If-Match with the version you read, e.g. "3"'),
});

const IdParams = z.object({ id: SlugSchema });
const FreshnessOut = z.object({
  state: z.enum(['verified', 'stale', 'unverified']),
  label: z.object({ sv: z.string(), en: z.string() }),
});
const EntryMeta = { version: z.number().int(), published: z.boolean(), freshness: FreshnessOut };
const ServiceEntryOut = z.object({ service: ServiceSchema, ...EntryMeta });
const ProviderEntryOut = z.object({ provider: ProviderSchema, ...EntryMeta });
const FieldChangeOut = z.object({
  path: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
const HistoryOut = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      catalogueRevision: z.number().int(),
      action: z.string(),
      actor: z.object({ id: z.string(), role: z.string() }),
      at: z.string(),
      changes: z.array(FieldChangeOut),
    }),
  ),
});
const RevertBody = z.object({
  /** The version whose change to undo: the entry returns to how it was before it. */
  version: z.number().int().min(2),
});
/**
 * Fields an edit may not write: the id, and who confirmed the entry and when, which only the
 * `/verify` route sets (an editor could otherwise date a confirmation that never happened, or name
 * someone else as the confirmer in the public HSDS feed).
 */
const NOT_EDITABLE: ReadonlySet<string> = new Set(['id', 'verifiedOn', 'verifiedBy']);

/**
 * An edit of an entry: any of its fields but those above, each replacing the field as a whole. Built by
 * hand rather than with `.partial()`, which would fill a field that has a default (`contact`,
 * `status`) with it and so overwrite what is stored.
 */
function patchOf(schema: z.ZodObject) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape)
      .filter(([key]) => !NOT_EDITABLE.has(key))
      .map(([key, field]) => [
        key,
        (field instanceof z.ZodDefault
          ? (field.unwrap() as z.ZodType)
          : (field as z.ZodType)
        ).optional(),
      ]),
  );
  return z.strictObject(shape);
}
const ServicePatch = patchOf(ServiceSchema);
const ProviderPatch = patchOf(ProviderSchema);

/** A large HSDS document: the whole Stockholm catalogue is about a megabyte. */
const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

function today(now: () => Date): string {
  return now().toISOString().slice(0, 10);
}

function freshness(doc: { verifiedOn?: string | undefined }, day: string) {
  const state = freshnessOf(doc, day);
  return { state, label: FRESHNESS_LABELS[state] };
}

/** Who verified: the staff member's id (tokens carry no e-mail Lotsen relies on). */
function verifier(principal: Principal): string {
  return principal.kind === 'staff' ? principal.subject : 'system';
}

/** The district a provider belongs to, for the scope of its services. */
function providerDistrict(catalogue: LiveCatalogue, providerId: string, db?: Provider) {
  return (db ?? catalogue.provider(providerId))?.districtId;
}

export const catalogueEditRoutes: FastifyPluginAsyncZod<CatalogueEditRoutesOptions> = async (
  app,
  { db, catalogue, now },
) => {
  /** The stored service and its provider's district, or undefined. */
  async function storedService(
    id: string,
  ): Promise<
    Result<{ entry: CatalogueEntry<'service'>; district: string | undefined }, Error> | undefined
  > {
    const found = await db.catalogue.entry('service', id);
    if (!found.ok) return found;
    if (found.value === undefined) return undefined;
    const provider = await db.catalogue.entry('provider', found.value.doc.providerId);
    if (!provider.ok) return provider;
    return ok({
      entry: found.value,
      district: providerDistrict(catalogue, found.value.doc.providerId, provider.value?.doc),
    });
  }

  /**
   * An `onRequest` hook: 404 unless the caller may edit the entry named by `:id`, before the body is
   * read (an editor learns nothing about entries outside their scope, not even the schema).
   */
  function scoped(
    kind: CatalogueEntryKind,
    roles: readonly string[] = EDITORS.roles,
  ): (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> {
    return async (request, reply) => {
      const { id } = request.params as { id?: string };
      // A caller without an editing role is refused by the role check that follows (401, 403).
      const role = roleOf(request.principal);
      if (id === undefined || !roles.includes(role)) return;
      const allowed = await mayEdit(request.principal, kind, id);
      if (!allowed.ok) throw allowed.error;
      if (!allowed.value) return notFound(reply, request, `No ${kind} with id "${id}"`);
    };
  }

  async function mayEdit(
    principal: Principal,
    kind: CatalogueEntryKind,
    id: string,
  ): Promise<Result<boolean, Error>> {
    if (kind === 'district')
      return ok(catalogue.district(id) !== undefined && canEditDistrict(principal, id));
    if (kind === 'provider') {
      const found = await db.catalogue.entry('provider', id);
      if (!found.ok) return found;
      return ok(found.value !== undefined && canEditProvider(principal, found.value.doc));
    }
    const found = await storedService(id);
    if (found === undefined) return ok(false);
    if (!found.ok) return found;
    return ok(canEditService(principal, found.value.entry.doc, found.value.district));
  }

  /**
   * Checks a change as part of the whole served catalogue (references, the confidentiality rule),
   * then stores it and reloads this instance's catalogue.
   */
  async function save(
    request: FastifyRequest,
    changes: readonly CatalogueEntryChange[],
  ): Promise<Result<CatalogueEntry[], Error>> {
    const data = catalogue.current().toData();
    for (const change of changes) applyToData(data, change);
    const candidate = createCatalogue(data);
    if (!candidate.ok) return err(entryIssues(candidate.error, data, changes));
    const applied = await db.catalogue.apply(changes, actorOf(request.principal), now());
    if (!applied.ok) return applied;
    await catalogue.refresh();
    return ok(applied.value.entries);
  }

  function sendService(reply: FastifyReply, entry: CatalogueEntry, status = 200) {
    const service = entry.doc as Service;
    return reply
      .code(status)
      .header('etag', etagOf(entry.version))
      .send({
        service,
        version: entry.version,
        published: entry.published,
        freshness: freshness(service, today(now)),
      });
  }

  function sendProvider(reply: FastifyReply, entry: CatalogueEntry, status = 200) {
    const provider = entry.doc as Provider;
    return reply
      .code(status)
      .header('etag', etagOf(entry.version))
      .send({
        provider,
        version: entry.version,
        published: entry.published,
        freshness: freshness(provider, today(now)),
      });
  }

  /** Reads an entry for a write, the caller's scope already checked by the hook. */
  async function current<K extends CatalogueEntryKind>(
    kind: K,
    id: string,
  ): Promise<Result<CatalogueEntry<K>, Error>> {
    const found = await db.catalogue.entry(kind, id);
    if (!found.ok) return found;
    if (found.value === undefined)
      return err(new RequestRefused(404, 'NOT_FOUND', `No ${kind} with id "${id}"`));
    return ok(found.value);
  }

  /** Whether a service, as it would be after an edit, is still in the caller's scope. */
  function staysInScope(principal: Principal, service: ServiceEditFacts): boolean {
    return canEditService(principal, service, providerDistrict(catalogue, service.providerId));
  }

  const outOfScope = () =>
    new RequestRefused(
      403,
      'OUT_OF_SCOPE',
      'The entry would leave your district or provider: ask the coordination team',
    );

  const onlyCoordinators = () =>
    new RequestRefused(
      403,
      'OUT_OF_SCOPE',
      'Only the coordination team publishes or unpublishes a provider: ask them',
    );

  /** One change of an entry, written whole. */
  async function change<K extends 'service' | 'provider'>(
    request: FastifyRequest,
    kind: K,
    id: string,
    action: CatalogueAction,
    edit: (entry: CatalogueEntry<K>) => { doc: unknown; published: boolean },
  ): Promise<Result<CatalogueEntry, Error>> {
    const entry = await current(kind, id);
    if (!entry.ok) return entry;
    const next = edit(entry.value);
    const inScope =
      kind === 'service'
        ? staysInScope(request.principal, next.doc as Service)
        : canEditProvider(request.principal, next.doc as Provider);
    if (!inScope) return err(outOfScope());
    // Only the coordination team takes a provider down or puts it back (with all its services), by
    // any route: a revert of its unpublish is a restore, and a provider's own editor may not do it.
    const publishes = kind === 'provider' && next.published !== entry.value.published;
    if (publishes && roleOf(request.principal) !== 'coordinator') return err(onlyCoordinators());
    const saved = await save(request, [
      {
        kind,
        id,
        doc: next.doc,
        published: next.published,
        expectedVersion: versionOf((request.headers as Record<string, string>)['if-match'])!,
        action,
      },
    ]);
    return saved.ok ? ok(saved.value[0]!) : saved;
  }

  /** The entry as it was before the change that made `version`. */
  async function beforeVersion(
    kind: CatalogueEntryKind,
    id: string,
    version: number,
  ): Promise<Result<{ doc: unknown; published: boolean }, Error>> {
    const history = await db.catalogue.history(kind, id);
    if (!history.ok) return history;
    const revision = history.value.find((r) => r.version === version);
    if (revision?.before === undefined)
      return err(
        new RequestRefused(400, 'NO_SUCH_VERSION', `No change made version ${version}`, [
          { path: 'version', message: 'No revertible change made this version' },
        ]),
      );
    return ok(revision.before);
  }

  // ---- services -------------------------------------------------------------------------------

  app.get(
    '/v1/catalogue/services/:id',
    {
      config: EDITORS,
      onRequest: scoped('service'),
      schema: {
        summary: 'A service as stored, for its editors: version, published, how fresh',
        tags: ['catalogue editing'],
        params: IdParams,
        response: { 200: ServiceEntryOut, ...Errors },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const entry = await current('service', request.params.id);
      if (!entry.ok) throw entry.error;
      return sendService(reply, entry.value);
    },
  );

  app.post(
    '/v1/catalogue/services',
    {
      config: EDITORS,
      schema: {
        summary: 'Add a service (coordination team; editors within their district or provider)',
        tags: ['catalogue editing'],
        body: ServiceSchema,
        response: { 201: ServiceEntryOut, ...Errors },
        responseHeaders: { 201: ['etag', 'location'] },
      },
    },
    async (request, reply) => {
      const service = request.body;
      if (!staysInScope(request.principal, service)) throw outOfScope();
      const saved = await save(request, [
        {
          kind: 'service',
          id: service.id,
          doc: service,
          published: true,
          expectedVersion: 'new',
          action: 'create',
        },
      ]);
      if (!saved.ok) throw saved.error;
      void reply.header('location', `/v1/catalogue/services/${service.id}`);
      return sendService(reply, saved.value[0]!, 201);
    },
  );

  app.patch(
    '/v1/catalogue/services/:id',
    {
      config: EDITORS,
      onRequest: scoped('service'),
      schema: {
        summary: 'Change fields of a service; each field sent replaces it whole',
        description:
          'Send If-Match with the version you read; a stale one is 409. The result is checked as a whole service and as part of the catalogue.',
        tags: ['catalogue editing'],
        params: IdParams,
        headers: IfMatchRequired,
        body: ServicePatch,
        response: { 200: ServiceEntryOut, ...Errors },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const saved = await change(request, 'service', request.params.id, 'update', (entry) => ({
        doc: { ...entry.doc, ...request.body },
        published: entry.published,
      }));
      if (!saved.ok) throw saved.error;
      return sendService(reply, saved.value);
    },
  );

  for (const [action, published] of [
    ['unpublish', false],
    ['restore', true],
  ] as const) {
    app.post(
      `/v1/catalogue/services/:id/${action}`,
      {
        config: EDITORS,
        onRequest: scoped('service'),
        schema: {
          summary:
            action === 'unpublish'
              ? 'Stop serving a service (kept, with its history)'
              : 'Serve an unpublished service again',
          tags: ['catalogue editing'],
          params: IdParams,
          headers: IfMatchRequired,
          response: { 200: ServiceEntryOut, ...Errors },
          responseHeaders: { 200: ['etag'] },
        },
      },
      async (request, reply) => {
        const saved = await change(request, 'service', request.params.id, action, (entry) => ({
          doc: entry.doc,
          published,
        }));
        if (!saved.ok) throw saved.error;
        return sendService(reply, saved.value);
      },
    );
  }

  app.post(
    '/v1/catalogue/services/:id/verify',
    {
      config: EDITORS,
      onRequest: scoped('service'),
      schema: {
        summary: 'Record that the service was confirmed with its provider today, by the caller',
        tags: ['catalogue editing'],
        params: IdParams,
        headers: IfMatchRequired,
        response: { 200: ServiceEntryOut, ...Errors },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const saved = await change(request, 'service', request.params.id, 'verify', (entry) => ({
        doc: { ...entry.doc, verifiedOn: today(now), verifiedBy: verifier(request.principal) },
        published: entry.published,
      }));
      if (!saved.ok) throw saved.error;
      return sendService(reply, saved.value);
    },
  );

  app.get(
    '/v1/catalogue/services/:id/history',
    {
      config: EDITORS,
      onRequest: scoped('service'),
      schema: {
        summary: 'Every change of a service: who, when, which fields (oldest first)',
        tags: ['catalogue editing'],
        params: IdParams,
        response: { 200: HistoryOut, ...Errors },
      },
    },
    async (request, reply) => history(reply, request, 'service', request.params.id),
  );

  app.post(
    '/v1/catalogue/services/:id/revert',
    {
      config: EDITORS,
      onRequest: scoped('service'),
      schema: {
        summary: 'Undo a change: the service returns to how it was before that version',
        tags: ['catalogue editing'],
        params: IdParams,
        headers: IfMatchRequired,
        body: RevertBody,
        response: { 200: ServiceEntryOut, ...Errors },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const before = await beforeVersion('service', request.params.id, request.body.version);
      if (!before.ok) throw before.error;
      const saved = await change(
        request,
        'service',
        request.params.id,
        'revert',
        () => before.value,
      );
      if (!saved.ok) throw saved.error;
      return sendService(reply, saved.value);
    },
  );

  async function history(
    reply: FastifyReply,
    request: FastifyRequest,
    kind: CatalogueEntryKind,
    id: string,
  ) {
    const revisions = await db.catalogue.history(kind, id);
    if (!revisions.ok) throw revisions.error;
    return {
      items: revisions.value.map((r) => ({
        version: r.version,
        catalogueRevision: r.catalogueRevision,
        action: r.action,
        actor: r.actor,
        at: r.at,
        changes: [...r.changes],
      })),
    };
  }

  // ---- providers ------------------------------------------------------------------------------

  app.get(
    '/v1/catalogue/providers/:id',
    {
      config: EDITORS,
      onRequest: scoped('provider'),
      schema: {
        summary: 'A provider as stored, for its editors',
        tags: ['catalogue editing'],
        params: IdParams,
        response: { 200: ProviderEntryOut, ...Errors },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const entry = await current('provider', request.params.id);
      if (!entry.ok) throw entry.error;
      return sendProvider(reply, entry.value);
    },
  );

  app.post(
    '/v1/catalogue/providers',
    {
      config: COORDINATORS,
      schema: {
        summary: 'Add a provider (coordination team)',
        tags: ['catalogue editing'],
        body: ProviderSchema,
        response: { 201: ProviderEntryOut, ...Errors },
        responseHeaders: { 201: ['etag', 'location'] },
      },
    },
    async (request, reply) => {
      const saved = await save(request, [
        {
          kind: 'provider',
          id: request.body.id,
          doc: request.body,
          published: true,
          expectedVersion: 'new',
          action: 'create',
        },
      ]);
      if (!saved.ok) throw saved.error;
      void reply.header('location', `/v1/catalogue/providers/${request.body.id}`);
      return sendProvider(reply, saved.value[0]!, 201);
    },
  );

  app.patch(
    '/v1/catalogue/providers/:id',
    {
      config: EDITORS,
      onRequest: scoped('provider'),
      schema: {
        summary: 'Change fields of a provider; each field sent replaces it whole',
        tags: ['catalogue editing'],
        params: IdParams,
        headers: IfMatchRequired,
        body: ProviderPatch,
        response: { 200: ProviderEntryOut, ...Errors },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const saved = await change(request, 'provider', request.params.id, 'update', (entry) => ({
        doc: { ...entry.doc, ...request.body },
        published: entry.published,
      }));
      if (!saved.ok) throw saved.error;
      return sendProvider(reply, saved.value);
    },
  );

  for (const [action, published] of [
    ['unpublish', false],
    ['restore', true],
  ] as const) {
    app.post(
      `/v1/catalogue/providers/:id/${action}`,
      {
        config: COORDINATORS,
        onRequest: scoped('provider', COORDINATORS.roles),
        schema: {
          summary:
            action === 'unpublish'
              ? 'Stop serving a provider and its services (coordination team)'
              : 'Serve an unpublished provider again (coordination team)',
          tags: ['catalogue editing'],
          params: IdParams,
          headers: IfMatchRequired,
          response: { 200: ProviderEntryOut, ...Errors },
          responseHeaders: { 200: ['etag'] },
        },
      },
      async (request, reply) => {
        const saved = await change(request, 'provider', request.params.id, action, (entry) => ({
          doc: entry.doc,
          published,
        }));
        if (!saved.ok) throw saved.error;
        return sendProvider(reply, saved.value);
      },
    );
  }

  app.get(
    '/v1/catalogue/providers/:id/history',
    {
      config: EDITORS,
      onRequest: scoped('provider'),
      schema: {
        summary: 'Every change of a provider: who, when, which fields (oldest first)',
        tags: ['catalogue editing'],
        params: IdParams,
        response: { 200: HistoryOut, ...Errors },
      },
    },
    async (request, reply) => history(reply, request, 'provider', request.params.id),
  );

  app.post(
    '/v1/catalogue/providers/:id/revert',
    {
      config: EDITORS,
      onRequest: scoped('provider'),
      schema: {
        summary: 'Undo a change: the provider returns to how it was before that version',
        tags: ['catalogue editing'],
        params: IdParams,
        headers: IfMatchRequired,
        body: RevertBody,
        response: { 200: ProviderEntryOut, ...Errors },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const before = await beforeVersion('provider', request.params.id, request.body.version);
      if (!before.ok) throw before.error;
      const saved = await change(
        request,
        'provider',
        request.params.id,
        'revert',
        () => before.value,
      );
      if (!saved.ok) throw saved.error;
      return sendProvider(reply, saved.value);
    },
  );

  // ---- districts ------------------------------------------------------------------------------

  app.put(
    '/v1/catalogue/districts/:id/contact',
    {
      config: DISTRICT_EDITORS,
      onRequest: scoped('district', DISTRICT_EDITORS.roles),
      schema: {
        summary: "Set how a district's social services intake is reached (its contact route)",
        tags: ['catalogue editing'],
        params: IdParams,
        headers: IfMatchRequired,
        body: DistrictContactSchema,
        response: {
          200: z.object({ contact: DistrictContactSchema, version: z.number().int() }),
          ...Errors,
        },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const entry = await current('district', request.params.id);
      if (!entry.ok) throw entry.error;
      const saved = await save(request, [
        {
          kind: 'district',
          id: request.params.id,
          doc: { ...entry.value.doc, contact: request.body },
          published: true,
          expectedVersion: versionOf(request.headers['if-match'])!,
          action: 'update',
        },
      ]);
      if (!saved.ok) throw saved.error;
      const district = saved.value[0]!;
      return reply
        .header('etag', etagOf(district.version))
        .send({ contact: (district.doc as District).contact!, version: district.version });
    },
  );

  app.get(
    '/v1/catalogue/districts/:id/contact',
    {
      config: DISTRICT_EDITORS,
      onRequest: scoped('district', DISTRICT_EDITORS.roles),
      schema: {
        summary: "How a district's social services intake is reached, with its version",
        tags: ['catalogue editing'],
        params: IdParams,
        response: {
          200: z.object({ contact: DistrictContactSchema.optional(), version: z.number().int() }),
          ...Errors,
        },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const entry = await current('district', request.params.id);
      if (!entry.ok) throw entry.error;
      const { contact } = entry.value.doc;
      return reply
        .header('etag', etagOf(entry.value.version))
        .send({ ...(contact ? { contact } : {}), version: entry.value.version });
    },
  );

  // ---- verification ---------------------------------------------------------------------------

  app.get(
    '/v1/catalogue/unverified',
    {
      config: COORDINATORS,
      schema: {
        summary:
          'Served providers and services not confirmed for 12 months (or never), oldest first',
        tags: ['catalogue editing'],
        response: {
          200: z.object({
            items: z.array(
              z.object({
                kind: z.enum(['provider', 'service']),
                id: z.string(),
                name: z.object({ sv: z.string(), en: z.string() }),
                verifiedOn: z.string().optional(),
                freshness: FreshnessOut,
              }),
            ),
          }),
          ...Errors,
        },
      },
    },
    async () => {
      const day = today(now);
      const snapshot = catalogue.current();
      const entries = [
        ...snapshot.providers.map((p) => ({ kind: 'provider' as const, doc: p })),
        ...snapshot.services.map((s) => ({ kind: 'service' as const, doc: s })),
      ];
      const items = entries
        .map(({ kind, doc }) => ({
          kind,
          id: doc.id,
          name: doc.name,
          ...(doc.verifiedOn !== undefined ? { verifiedOn: doc.verifiedOn } : {}),
          freshness: freshness(doc, day),
        }))
        .filter((e) => e.freshness.state !== 'verified')
        .sort((a, b) => (a.verifiedOn ?? '').localeCompare(b.verifiedOn ?? ''));
      return { items };
    },
  );

  // ---- import ---------------------------------------------------------------------------------

  app.post(
    '/v1/catalogue/import',
    {
      config: COORDINATORS,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary: 'Import an HSDS 3.0 document (Lotsen profile): a dry run shows the diff',
        description:
          'With dryRun=true (the default) nothing is stored: the answer lists the providers and services the document adds, changes (with the fields) and lacks (those are unpublished). With dryRun=false the same diff is applied as one catalogue revision.',
        tags: ['catalogue editing'],
        querystring: z.object({
          dryRun: z
            .enum(['true', 'false'])
            .default('true')
            .transform((v) => v === 'true'),
        }),
        body: z.record(z.string(), z.unknown()),
        response: {
          200: z.object({
            dryRun: z.boolean(),
            revision: z.number().int().optional(),
            added: z.array(z.object({ kind: z.string(), id: z.string() })),
            changed: z.array(
              z.object({ kind: z.string(), id: z.string(), changes: z.array(FieldChangeOut) }),
            ),
            unpublished: z.array(z.object({ kind: z.string(), id: z.string() })),
          }),
          ...Errors,
        },
      },
    },
    async (request) => {
      const incoming = fromHsds(request.body);
      if (!incoming.ok) throw incoming.error;
      const currentData = catalogue.current().toData();
      const diff = diffCatalogues(currentData, incoming.value);
      if (diff.unknownDistricts.length > 0) {
        throw new RequestRefused(
          400,
          'UNKNOWN_DISTRICT',
          'An import does not add districts',
          diff.unknownDistricts.map((id) => ({
            path: 'x_lotsen.districts',
            message: `Unknown district "${id}"`,
          })),
        );
      }
      const answer = {
        added: diff.added.map(({ kind, id }) => ({ kind, id })),
        changed: diff.changed.map(({ kind, id, changes }) => ({ kind, id, changes: [...changes] })),
        unpublished: diff.unpublished.map(({ kind, id }) => ({ kind, id })),
      };
      if (request.query.dryRun) return { dryRun: true, ...answer };
      const changes = await importChanges(incoming.value, diff);
      if (!changes.ok) throw changes.error;
      if (changes.value.length === 0) return { dryRun: false, ...answer };
      const applied = await db.catalogue.apply(changes.value, actorOf(request.principal), now());
      if (!applied.ok) throw applied.error;
      await catalogue.refresh();
      return { dryRun: false, revision: applied.value.revision, ...answer };
    },
  );

  /** The entry changes of an import: each at the version stored now (the diff was made from it). */
  async function importChanges(
    incoming: CatalogueData,
    diff: ReturnType<typeof diffCatalogues>,
  ): Promise<Result<CatalogueEntryChange[], Error>> {
    const docs = {
      district: new Map(incoming.districts.map((d) => [d.id, d as unknown])),
      provider: new Map(incoming.providers.map((p) => [p.id, p as unknown])),
      service: new Map(incoming.services.map((s) => [s.id, s as unknown])),
    };
    const wanted = [
      ...diff.added.map((e) => ({ ...e, published: true, doc: docs[e.kind].get(e.id) })),
      ...diff.changed.map((e) => ({ ...e, published: true, doc: docs[e.kind].get(e.id) })),
      ...diff.unpublished.map((e) => ({ ...e, published: false, doc: undefined })),
    ];
    const changes: CatalogueEntryChange[] = [];
    for (const want of wanted) {
      const stored = await db.catalogue.entry(want.kind, want.id);
      if (!stored.ok) return stored;
      changes.push({
        kind: want.kind,
        id: want.id,
        doc: want.doc ?? stored.value!.doc,
        published: want.published,
        // An "added" entry may be stored already, unpublished: the import restores it.
        expectedVersion: stored.value === undefined ? 'new' : stored.value.version,
        action: 'import',
      });
    }
    return ok(changes);
  }
};

const LIST_OF = { district: 'districts', provider: 'providers', service: 'services' } as const;

/**
 * A catalogue check's error with the paths of one edited entry made relative to it
 * (`services.12.contact.address` → `contact.address`), as an editor sent it.
 */
function entryIssues(
  error: CatalogueError,
  data: CatalogueData,
  changes: readonly CatalogueEntryChange[],
): CatalogueError {
  if (changes.length !== 1) return error;
  const [change] = changes as [CatalogueEntryChange];
  const list = data[LIST_OF[change.kind]] as readonly { id: string }[];
  const prefix = `${LIST_OF[change.kind]}.${list.findIndex((e) => e.id === change.id)}.`;
  const issues = error.issues.map((i) =>
    i.path.startsWith(prefix) ? { ...i, path: i.path.slice(prefix.length) } : i,
  );
  return new CatalogueError(error.code, error.message, issues);
}

/** Writes a change into catalogue data, as the served catalogue would have it after the change. */
function applyToData(data: CatalogueData, change: CatalogueEntryChange): void {
  const lists = { district: data.districts, provider: data.providers, service: data.services };
  const list = lists[change.kind] as { id: string }[];
  const at = list.findIndex((e) => e.id === change.id);
  if (!change.published) {
    if (at >= 0) list.splice(at, 1);
    if (change.kind === 'provider')
      data.services = data.services.filter((s) => s.providerId !== change.id);
    return;
  }
  if (at >= 0) list[at] = change.doc as { id: string };
  else list.push(change.doc as { id: string });
}
