import { createHash } from 'node:crypto';
import type { Catalogue } from '@lotsen/catalogue';
import {
  ReferralRequestSchema,
  ReferralStatusSchema,
  SlugSchema,
  TextSchema,
  err,
  type Result,
} from '@lotsen/domain';
import { TravelLimitSchema, crossDistrictOffers } from '@lotsen/formation';
import type { Database, StoredReferral } from '@lotsen/storage';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, canSeeReferral, referralDistrictScope } from '../access.js';
import type { Principal } from '../auth.js';
import { ProblemSchema, RequestRefused, forbidden, unwrap } from '../problem.js';
import {
  applyReferralEvent,
  createReferral,
  referralSummary,
  referralView,
  type ReferralEventBody,
} from '../referral-flow.js';
import { loadWaiting, todayOf, waitingChildOf } from '../waiting.js';
import {
  ExplanationOut,
  IfMatchHeaders,
  ReferralEventBodySchema,
  ReferralEventOut,
  ReferralOut,
  ReferralParams,
  ReferralSummaryOut,
  etagOf,
  versionOf,
} from './schemas.js';

/**
 * The `Idempotency-Key` header of the IETF HTTPAPI draft (draft-ietf-httpapi-idempotency-key-header):
 * a string the client makes up per request (a UUID, say), sent again when it retries. Taken as a
 * Structured Field string (in double quotes) or as it is.
 */
const IdempotencyKey = TextSchema.transform((value) =>
  /^".*"$/.test(value) ? value.slice(1, -1) : value,
).pipe(
  z
    .string()
    .min(1)
    .max(255)
    .regex(
      /^[\x21\x23-\x5b\x5d-\x7e]+$/,
      'Expected printable ASCII without spaces, quotes or backslashes',
    ),
);

// Loose: the other headers pass through as they are.
const IdempotencyHeaders = z.looseObject({
  'idempotency-key': IdempotencyKey.optional().meta({
    description:
      'Makes a retry safe: the same key and request within 24 hours give the first referral again.',
  }),
});

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The hashes storage keeps of an idempotency key: of the caller and the key (so one caller's key
 * never meets another's), and of the validated request.
 */
function idempotencyOf(callerId: string, key: string, body: unknown) {
  return { keyHash: sha256(`${callerId}\n${key}`), requestHash: sha256(JSON.stringify(body)) };
}

/** Options of the referral routes. */
export interface ReferralRoutesOptions {
  readonly db: Database;
  readonly catalogue: Catalogue;
  /** The server's clock: every event is stamped with it, never with a time from the body. */
  readonly now: () => Date;
}

const NewReferralBody = ReferralRequestSchema.extend({
  /** The referrer fears the child is at risk: the referral goes to social services, never to a group. */
  protectionConcern: z.boolean().optional(),
  /** Submit at once (default); `false` keeps a draft to complete later. */
  submit: z.boolean().default(true),
}).meta({ id: 'NewReferral' });

const ListQuery = z.object({
  status: TextSchema.transform((s) => s.split(','))
    .pipe(z.array(ReferralStatusSchema).min(1))
    .optional(),
  districtId: SlugSchema.optional(),
  serviceId: SlugSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const OffersQuery = z.object({
  mayTravel: TravelLimitSchema.default('neighbours'),
  limit: z.coerce.number().int().min(1).max(20).default(3),
  includeBeyondTravelLimit: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});

const CrossDistrictOffersOut = z
  .object({
    referralId: z.string(),
    situation: ExplanationOut,
    offers: z
      .array(
        z.object({
          cohortId: z.string(),
          districtId: z.string(),
          startDate: z.string(),
          distance: z.number().int(),
          proximity: z.string(),
          freeSeats: z.number().int(),
          queueAhead: z.number().int(),
          withinTravelLimit: z.boolean(),
          reason: ExplanationOut,
        }),
      )
      .readonly(),
  })
  .meta({ id: 'CrossDistrictOffers' });

const ReferralErrors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/** A curl command that sends an event, as the worked examples write it. */
const sendEvent = (version: number | undefined, event: string) =>
  `curl -X POST "$API/v1/referrals/$REF/events" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json'${
    version === undefined ? '' : ` -H 'if-match: "${version}"'`
  } -d '${event}'`;

/**
 * What `POST /v1/referrals/{id}/events` says in the OpenAPI document: the rules, and the seat flow,
 * declining and withdrawing with a worked example (the README's, which a test runs).
 */
const EVENTS_DESCRIPTION = [
  'Send one of the events the referral accepts now: its answer lists them (`allowedEvents`). An event it does not accept now is a 409 listing `allowedEvents`. Send `If-Match` with the version you read: a stale one is a 409 conflict with `currentVersion`. Who acted comes from the token; `by` and `at` in the body are refused.',
  '**A seat in a group** takes four events: `ACCEPT` (the provider agrees), `OFFER` (a seat in `cohortId` from `startDate`, held until the reply deadline `replyBy`, which is after now and no later than the start date), `ACCEPT_OFFER` (the family, before `replyBy`) and `ENROL` (when the group starts). With the referral at version 1:',
  [
    '```sh',
    sendEvent(1, '{"type":"ACCEPT"}'),
    sendEvent(
      2,
      '{"type":"OFFER","cohortId":"farsta-humlan-ht26","startDate":"2027-02-01","replyBy":"2027-01-15T12:00:00Z"}',
    ),
    sendEvent(3, '{"type":"ACCEPT_OFFER"}'),
    sendEvent(4, '{"type":"ENROL"}'),
    '```',
  ].join('\n'),
  '**Declining:** the family turns an offer down with `DECLINE_OFFER` (the seat is freed; the referral waits again, `waitlisted` or `accepted`), staff take it back with `RESCIND_OFFER`, and the provider declines the referral with `DECLINE` and a `reason`, which closes it:',
  [
    '```sh',
    sendEvent(3, '{"type":"DECLINE_OFFER"}'),
    sendEvent(4, '{"type":"DECLINE","reason":"no_capacity"}'),
    '```',
  ].join('\n'),
  '**Withdrawing:** the family, the young person or the referrer withdraws a referral before the child is enrolled; it closes the referral:',
  ['```sh', sendEvent(undefined, '{"type":"WITHDRAW"}'), '```'].join('\n'),
  'The README of the API has the whole example, with each answer’s `status` and `allowedEvents`.',
].join('\n\n');

/**
 * Reads a referral the caller may see. One outside the caller's scope is a 404 with the same text
 * as one that does not exist, so that its existence does not leak.
 */
export async function visibleReferral(
  db: Database,
  principal: Principal,
  id: string,
): Promise<Result<StoredReferral, unknown>> {
  const found = await db.referrals.get(id);
  if (found.ok && canSeeReferral(principal, found.value)) return found;
  if (found.ok || found.error.code === 'NOT_FOUND')
    return err(new RequestRefused(404, 'NOT_FOUND', `No referral ${id}`));
  return found;
}

/**
 * Referrals: create, read, list within the caller's scope, lifecycle events decided by the
 * machine, the audit trail and cross-district offers.
 */
export const referralRoutes: FastifyPluginAsyncZod<ReferralRoutesOptions> = async (
  app,
  { db, catalogue, now },
) => {
  const staff = { roles: ['district_social_worker', 'coordinator'] } as const;

  app.post(
    '/v1/referrals',
    {
      config: staff,
      schema: {
        summary: 'Create a referral: the minimum about the child, needs, a service and consent',
        description:
          'No names or personal identity numbers: unknown fields are refused. A district social worker refers children of their own district. The referral is submitted at once unless `submit` is false; a protection concern routes it to social services. With an `Idempotency-Key`, a retry of the same request by the same caller within 24 hours gets the referral the first one created (201, `Idempotent-Replayed: true`) instead of a second referral; the key with another request is 422.',
        tags: ['referrals'],
        body: NewReferralBody,
        headers: IdempotencyHeaders,
        response: {
          201: ReferralOut,
          ...ReferralErrors,
          409: ProblemSchema,
          422: ProblemSchema,
        },
        responseHeaders: { 201: ['location', 'etag', 'idempotent-replayed'] },
      },
    },
    async (request, reply) => {
      const { protectionConcern, submit, ...referralRequest } = request.body;
      const scope = referralDistrictScope(request.principal);
      if (scope !== undefined && scope !== referralRequest.child.districtId) {
        return forbidden(reply, request, 'You refer children of your own district only');
      }
      const at = now().toISOString();
      const actor = actorOf(request.principal);
      const key = request.headers['idempotency-key'];
      const created = unwrap(
        await createReferral(
          db,
          catalogue,
          {
            request: referralRequest,
            protectionConcern,
            submit,
            idempotency: key === undefined ? undefined : idempotencyOf(actor.id, key, request.body),
          },
          actor,
          at,
        ),
      );
      const { referral, replayed } = created;
      if (replayed) void reply.header('idempotent-replayed', 'true');
      return reply
        .code(201)
        .header('location', `/v1/referrals/${referral.id}`)
        .header('etag', etagOf(referral.version))
        .send(referralView(referral, at));
    },
  );

  app.get(
    '/v1/referrals',
    {
      config: staff,
      schema: {
        summary: "List referrals within the caller's scope, oldest first",
        description:
          'A coordinator sees every district; a district social worker only their own (asking for another district is 403).',
        tags: ['referrals'],
        querystring: ListQuery,
        response: {
          200: z.object({
            items: z.array(ReferralSummaryOut),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
          ...ReferralErrors,
        },
      },
    },
    async (request, reply) => {
      const { status, districtId, serviceId, limit, offset } = request.query;
      const scope = referralDistrictScope(request.principal);
      if (scope !== undefined && districtId !== undefined && districtId !== scope) {
        return forbidden(reply, request, 'You see referrals of your own district only');
      }
      const district = scope ?? districtId;
      const listed = unwrap(
        await db.referrals.list({
          ...(district === undefined ? {} : { districtId: district }),
          ...(serviceId === undefined ? {} : { serviceId }),
          ...(status === undefined ? {} : { status }),
          limit,
          offset,
        }),
      );
      return { items: listed.map(referralSummary), limit, offset };
    },
  );

  app.get(
    '/v1/referrals/:id',
    {
      config: staff,
      schema: {
        summary: 'One referral, with the events it accepts now and its timers',
        tags: ['referrals'],
        params: ReferralParams,
        response: { 200: ReferralOut, ...ReferralErrors, 404: ProblemSchema },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const referral = unwrap(await visibleReferral(db, request.principal, request.params.id));
      return reply
        .header('etag', etagOf(referral.version))
        .send(referralView(referral, now().toISOString()));
    },
  );

  app.post(
    '/v1/referrals/:id/events',
    {
      config: staff,
      schema: {
        summary: 'Send a lifecycle event; the referral machine decides whether it is allowed now',
        description: EVENTS_DESCRIPTION,
        tags: ['referrals'],
        params: ReferralParams,
        headers: IfMatchHeaders,
        body: ReferralEventBodySchema,
        response: {
          200: ReferralOut,
          ...ReferralErrors,
          404: ProblemSchema,
          409: ProblemSchema,
        },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const referral = unwrap(await visibleReferral(db, request.principal, request.params.id));
      const at = now().toISOString();
      const applied = unwrap(
        await applyReferralEvent(
          db,
          referral,
          request.body as ReferralEventBody,
          actorOf(request.principal),
          at,
          versionOf(request.headers['if-match']),
        ),
      );
      return reply.header('etag', etagOf(applied.version)).send(referralView(applied, at));
    },
  );

  app.get(
    '/v1/referrals/:id/events',
    {
      config: staff,
      schema: {
        summary: 'The audit trail: every change with who, role, when, from, to and why',
        tags: ['referrals'],
        params: ReferralParams,
        response: {
          200: z.object({ items: z.array(ReferralEventOut) }),
          ...ReferralErrors,
          404: ProblemSchema,
        },
      },
    },
    async (request) => {
      const referral = unwrap(await visibleReferral(db, request.principal, request.params.id));
      const events = unwrap(await db.referrals.events(referral.id));
      return { items: events };
    },
  );

  app.get(
    '/v1/referrals/:id/cross-district-offers',
    {
      config: staff,
      schema: {
        summary:
          'The nearest suitable cohorts with room, in the own district or elsewhere, with reasons',
        description:
          'When the own district has a queue or no suitable group, the nearest cohort with room elsewhere is offered instead, as the reports recommend. Make the offer with an OFFER event (`crossDistrict: true` outside the catchment).',
        tags: ['referrals'],
        params: ReferralParams,
        querystring: OffersQuery,
        response: { 200: CrossDistrictOffersOut, ...ReferralErrors, 404: ProblemSchema },
      },
    },
    async (request) => {
      const referral = unwrap(await visibleReferral(db, request.principal, request.params.id));
      const { mayTravel, limit, includeBeyondTravelLimit } = request.query;
      const date = todayOf(now());
      const waiting = unwrap(await loadWaiting(db, date, mayTravel));
      const answer = crossDistrictOffers(
        waitingChildOf(referral, mayTravel),
        waiting.cohorts,
        { taxonomy: catalogue.needs, districts: catalogue.districts },
        {
          enrolled: waiting.taken,
          waitlist: waiting.waitlist,
          limit,
          includeBeyondTravelLimit,
        },
      );
      return answer;
    },
  );
};
