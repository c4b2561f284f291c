import { SlugSchema } from '@lotsen/domain';
import {
  FreedSeatPolicySchema,
  TaskKindSchema,
  type Database,
  type StoredTask,
} from '@lotsen/storage';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, canSeeCohort, canSeeReferral } from '../access.js';
import type { Principal } from '../auth.js';
import { placeOf } from '../place.js';
import { ProblemSchema, RequestRefused, unwrap } from '../problem.js';
import { referralView, waitlistReferral } from '../referral-flow.js';
import type { WaitingSettings } from '../waiting-settings.js';
import { visibleReferral } from './referrals.js';
import {
  CohortParams,
  IfMatchHeaders,
  ReferralOut,
  ReferralParams,
  WaitlistBodySchema,
  etagOf,
  versionOf,
} from './schemas.js';

/** Options of the waiting-list routes. */
export interface WaitingRoutesOptions {
  readonly db: Database;
  readonly now: () => Date;
  readonly settings: WaitingSettings;
}

const Errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

const Localized = z.object({ sv: z.string(), en: z.string() });

/** A family's place in its list. */
const PlaceOut = z
  .object({
    list: z.enum(['cohort', 'service']),
    listId: z.string(),
    position: z.number().int(),
    of: z.number().int(),
    aboutWeeks: z.number().int().optional(),
    pacePerWeek: z.number(),
    windowDays: z.number().int(),
    text: Localized,
    method: Localized,
  })
  .meta({ id: 'WaitingPlace' });

const ListOut = z.object({
  items: z.array(
    z.object({
      position: z.number().int(),
      referralId: z.string(),
      submittedAt: z.string(),
      priority: z.number().int(),
      since: z.string(),
    }),
  ),
});

const TaskOut = z.object({
  id: z.number().int(),
  kind: z.string(),
  referralId: z.string().optional(),
  cohortId: z.string().optional(),
  assigneeRole: z.string(),
  assigneeId: z.string().optional(),
  dueAt: z.string(),
  details: z.unknown(),
  createdAt: z.string(),
  doneAt: z.string().optional(),
});

const staff = { roles: ['district_social_worker', 'coordinator'] } as const;
const coordinator = { roles: ['coordinator'] } as const;

/**
 * Waiting lists: join one at a computed place, read a family's place with an estimate, read a
 * cohort's or a service's list, the tasks timers make, and the settings of freed seats and of the
 * referrer's status messages.
 */
export const waitingRoutes: FastifyPluginAsyncZod<WaitingRoutesOptions> = async (
  app,
  { db, now, settings },
) => {
  app.post(
    '/v1/referrals/:id/waitlist',
    {
      config: staff,
      schema: {
        summary: "Put a child on a cohort's queue or a service's general list, at a computed place",
        description:
          "The place comes from the one waiting order (waiting time, a 90-day head start per priority step, then submission time, then id); it is never supplied, and a body with `position` is 400. Without `cohortId`, the child waits on the general list of the referral's service (or `serviceId`'s) and is offered a seat freed in any of its cohorts whose own queue is empty. A cohort with a free seat offers it to the first in line at once. Same as sending the `WAITLIST` event.",
        tags: ['waiting'],
        params: ReferralParams,
        headers: IfMatchHeaders,
        body: WaitlistBodySchema.omit({ type: true }),
        response: {
          200: z.object({ referral: ReferralOut, place: PlaceOut.optional() }),
          ...Errors,
          409: ProblemSchema,
        },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const found = unwrap(await visibleReferral(db, request.principal, request.params.id));
      const at = now().toISOString();
      const joined = unwrap(
        await waitlistReferral(
          db,
          found,
          { type: 'WAITLIST', ...request.body },
          actorOf(request.principal),
          at,
          versionOf(request.headers['if-match']),
          settings,
        ),
      );
      const place = unwrap(await placeOf(db, found.id, at, settings));
      return reply.header('etag', etagOf(joined.referral.version)).send({
        referral: referralView(joined.referral, at),
        ...(place === undefined ? {} : { place }),
      });
    },
  );

  app.get(
    '/v1/referrals/:id/place',
    {
      config: staff,
      schema: {
        summary: 'Where a waiting child stands: "place 3 of 11, about 6 weeks at the current pace"',
        description:
          'For those who may see the referral. The estimate is the place divided by the seats offered from the same list per week over the last 8 weeks, rounded up; with no offers in that time there is no estimate and the text says so. 404 when the child waits in no list.',
        tags: ['waiting'],
        params: ReferralParams,
        response: { 200: PlaceOut, ...Errors },
      },
    },
    async (request) => {
      const found = unwrap(await visibleReferral(db, request.principal, request.params.id));
      const place = unwrap(await placeOf(db, found.id, now().toISOString(), settings));
      if (place === undefined)
        throw new RequestRefused(404, 'NOT_WAITING', 'The child waits in no list');
      return place;
    },
  );

  app.get(
    '/v1/cohorts/:id/waitlist',
    {
      config: coordinator,
      schema: {
        summary: "A cohort's queue in the one waiting order, positions 1..n",
        tags: ['waiting'],
        params: CohortParams,
        response: { 200: ListOut, ...Errors },
      },
    },
    async (request) => {
      const list = unwrap(await db.seats.waitlist(request.params.id));
      return { items: list };
    },
  );

  app.get(
    '/v1/services/:id/waitlist',
    {
      config: coordinator,
      schema: {
        summary: "A service's general list in the one waiting order",
        tags: ['waiting'],
        params: z.object({ id: SlugSchema }),
        response: { 200: ListOut, ...Errors },
      },
    },
    async (request) => {
      const list = unwrap(await db.seats.serviceWaitlist(request.params.id));
      return { items: list };
    },
  );

  app.put(
    '/v1/cohorts/:id/freed-seat-policy',
    {
      config: coordinator,
      schema: {
        summary: 'Offer a freed seat to the next in line at once, or propose it to the coordinator',
        tags: ['waiting'],
        params: CohortParams,
        body: z.object({ policy: FreedSeatPolicySchema }),
        response: { 200: z.object({ policy: FreedSeatPolicySchema }), ...Errors },
      },
    },
    async (request) => {
      const set = unwrap(await db.seats.setFreedSeatPolicy(request.params.id, request.body.policy));
      return { policy: set };
    },
  );

  app.get(
    '/v1/tasks',
    {
      config: { roles: ['district_social_worker', 'coordinator', 'group_leader'] },
      schema: {
        summary: 'Open tasks timers made: check-ins, follow-ups due, cohorts below minimum, ...',
        description:
          "A coordinator sees every task; others see their role's tasks. Undelivered messages to referrers are listed here for the coordinator.",
        tags: ['waiting'],
        querystring: z.object({
          kind: TaskKindSchema.optional(),
        }),
        response: { 200: z.object({ items: z.array(TaskOut) }), ...Errors },
      },
    },
    async (request) => {
      const actor = actorOf(request.principal);
      const listed = unwrap(
        await db.tasks.list({
          ...(request.query.kind === undefined ? {} : { kind: [request.query.kind] }),
          ...(actor.role === 'coordinator' ? {} : { assigneeRole: actor.role }),
        }),
      );
      return { items: await visibleTasks(db, request.principal, listed) };
    },
  );

  app.post(
    '/v1/tasks/:id/done',
    {
      config: { roles: ['district_social_worker', 'coordinator', 'group_leader'] },
      schema: {
        summary: 'Mark a task done',
        tags: ['waiting'],
        params: z.object({ id: z.coerce.number().int().min(1) }),
        response: { 200: z.object({ done: z.boolean() }), ...Errors },
      },
    },
    async (request) => {
      const actor = actorOf(request.principal);
      if (actor.role !== 'coordinator') {
        // Only a task the caller may see may be closed; another district's is answered as absent.
        const open = unwrap(await db.tasks.list({ assigneeRole: actor.role, limit: 1000 }));
        const own = await visibleTasks(
          db,
          request.principal,
          open.filter((t) => t.id === request.params.id),
        );
        if (own.length === 0) throw new RequestRefused(404, 'NOT_FOUND', 'No such open task');
      }
      const done = unwrap(
        await db.tasks.complete(
          request.params.id,
          now().toISOString(),
          actor.role === 'coordinator' ? undefined : actor.role,
        ),
      );
      return { done: done };
    },
  );

  app.put(
    '/v1/me/referral-messages',
    {
      config: staff,
      schema: {
        summary: 'Turn the status messages about your referrals in Teams off or on',
        tags: ['waiting'],
        body: z.object({ muted: z.boolean() }),
        response: { 200: z.object({ muted: z.boolean() }), ...Errors },
      },
    },
    async (request) => {
      const actor = actorOf(request.principal);
      unwrap(await db.referrers.setMuted(actor.id, request.body.muted, now().toISOString()));
      return { muted: request.body.muted };
    },
  );
};

/**
 * The tasks of a role that a member of staff may see: a coordinator all; others those assigned to
 * them by name, and those about a referral or cohort they may see (a social worker's own district,
 * a leader's own groups). A check-in with a family in another district is not theirs to read or close.
 */
async function visibleTasks(
  db: Database,
  principal: Principal,
  tasks: readonly StoredTask[],
): Promise<StoredTask[]> {
  if (principal.kind !== 'staff') return [];
  if (principal.role === 'coordinator') return [...tasks];
  const visible: StoredTask[] = [];
  for (const task of tasks) {
    if (task.assigneeId !== undefined && task.assigneeId === principal.subject) {
      visible.push(task);
    } else if (task.referralId !== undefined) {
      const referral = await db.referrals.get(task.referralId);
      if (referral.ok && canSeeReferral(principal, referral.value)) visible.push(task);
    } else if (task.cohortId !== undefined && principal.role === 'group_leader') {
      if (canSeeCohort(principal, task.cohortId)) visible.push(task);
    }
  }
  return visible;
}
