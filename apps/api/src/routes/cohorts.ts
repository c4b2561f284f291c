import type { Catalogue } from '@lotsen/catalogue';
import {
  GroupCohortSchema,
  IsoDateSchema,
  LeaderSchema,
  NeedIdSchema,
  SlugSchema,
  err,
  isGroupKind,
  ok,
  type GroupCohort,
  type InputIssue,
  type Result,
} from '@lotsen/domain';
import { checkLeaders } from '@lotsen/formation';
import { AttendanceStatusSchema, type Database, type StoredCohort } from '@lotsen/storage';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canSeeCohort } from '../access.js';
import { ProblemSchema, RequestRefused, unwrap } from '../problem.js';
import { takenSeats } from '../waiting.js';
import {
  CohortOut,
  CohortParams,
  IfMatchHeaders,
  LeaderOut,
  etagOf,
  versionOf,
} from './schemas.js';

/** Options of the cohort and leader routes. */
export interface CohortRoutesOptions {
  readonly db: Database;
  readonly catalogue: Catalogue;
  readonly now: () => Date;
}

const Errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/**
 * The refusal of a cohort the caller may not see: the same 404 as for one that does not exist, on
 * every method, so that its existence does not leak.
 */
const unseenCohort = (id: string) => new RequestRefused(404, 'NOT_FOUND', `No cohort ${id}`);

const PublicCohortOut = z
  .object({
    id: z.string(),
    serviceId: z.string(),
    status: z.enum(['planned', 'open']),
    ageBand: z.object({ min: z.number().int(), max: z.number().int() }),
    needs: z.array(z.string()),
    startDate: z.string(),
    endDate: z.string().optional(),
    meetings: z.object({
      count: z.number().int(),
      weekday: z.string().optional(),
      startTime: z.string().optional(),
      durationMinutes: z.number().int().optional(),
    }),
    language: z.string(),
    /** Where the group meets; only the district when the place is confidential. */
    premises: z.object({
      districtId: z.string(),
      name: z.string().optional(),
      address: z.string().optional(),
      confidential: z.boolean(),
    }),
    seats: z.object({ min: z.number().int(), max: z.number().int() }),
    placesLeft: z.number().int(),
  })
  .meta({ id: 'PublicCohort' });

const PublicQuery = z.object({
  districtId: SlugSchema.optional(),
  serviceId: SlugSchema.optional(),
  need: NeedIdSchema.optional(),
});

const AttendanceBody = z
  .strictObject({
    /** The meeting's number, from 1 to the cohort's number of meetings. */
    session: z.number().int().min(1).max(1000),
    date: IsoDateSchema,
    records: z
      .array(z.strictObject({ referralId: z.uuid(), status: AttendanceStatusSchema }))
      .min(1)
      .max(100)
      .refine((rs) => new Set(rs.map((r) => r.referralId)).size === rs.length, {
        message: 'A child is listed twice',
      }),
  })
  .meta({ id: 'MeetingAttendanceRecord' });

const AttendanceRecordOut = z.object({ referralId: z.string(), status: AttendanceStatusSchema });

const MeetingOut = z.object({
  cohortId: z.string(),
  session: z.number().int(),
  date: z.string(),
  records: z.array(AttendanceRecordOut).readonly(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

const CohortAttendanceOut = z
  .object({
    cohortId: z.string(),
    meetings: z
      .array(
        z.object({
          session: z.number().int(),
          date: z.string(),
          records: z.array(AttendanceRecordOut).readonly(),
        }),
      )
      .readonly(),
    children: z
      .array(
        z.object({
          referralId: z.string(),
          present: z.number().int(),
          absent: z.number().int(),
          excused: z.number().int(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'CohortAttendance' });

const CohortDetailOut = z.object({
  cohort: CohortOut,
  seats: z.object({
    enrolled: z.number().int(),
    offered: z.number().int(),
    free: z.number().int(),
    waiting: z.number().int(),
  }),
});

/** Checks what a cohort points at: its service (a group service), its district and its needs. */
function checkCohortReferences(catalogue: Catalogue, cohort: GroupCohort): InputIssue[] {
  const issues: InputIssue[] = [];
  const service = catalogue.service(cohort.serviceId);
  if (!service)
    issues.push({ path: 'serviceId', message: `Unknown service "${cohort.serviceId}"` });
  else if (!isGroupKind(service.kind))
    issues.push({ path: 'serviceId', message: `${service.id} is not a group service` });
  if (!catalogue.district(cohort.premises.districtId))
    issues.push({
      path: 'premises.districtId',
      message: `Unknown district "${cohort.premises.districtId}"`,
    });
  cohort.needs.forEach((need, i) => {
    if (!catalogue.needs.get(need))
      issues.push({ path: `needs.${i}`, message: `Unknown need "${need}"` });
  });
  return issues;
}

/**
 * The leader rule, from `@lotsen/formation`: at least two leaders, one of them experienced, and an
 * experienced mentor for every first-time leader. A cohort being planned may have no leaders yet;
 * once leaders are assigned, or the cohort opens, the rule holds.
 */
async function enforceLeaderRule(
  db: Database,
  cohort: Pick<GroupCohort, 'leaderIds' | 'status'>,
): Promise<Result<void, unknown>> {
  if (cohort.leaderIds.length === 0 && cohort.status === 'planned') return ok(undefined);
  const pool = await db.leaders.list();
  if (!pool.ok) return pool;
  const known = new Set(pool.value.map((l) => l.id));
  const unknown = cohort.leaderIds
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !known.has(id))
    .map(({ id, i }) => ({ path: `leaderIds.${i}`, message: `Unknown leader "${id}"` }));
  if (unknown.length > 0)
    return err(new RequestRefused(400, 'UNKNOWN_REFERENCE', 'Unknown leaders', unknown));
  const check = checkLeaders(cohort, pool.value);
  if (!check.ok) {
    return err(
      new RequestRefused(
        422,
        'LEADER_RULE',
        'A group runs with at least two leaders, one of them experienced, and a mentor for each first-time leader',
        check.issues.map((i) => ({ path: 'leaderIds', message: i.text.en })),
      ),
    );
  }
  return ok(undefined);
}

async function validCohort(
  db: Database,
  catalogue: Catalogue,
  cohort: GroupCohort,
): Promise<Result<void, unknown>> {
  const issues = checkCohortReferences(catalogue, cohort);
  if (issues.length > 0)
    return err(
      new RequestRefused(400, 'UNKNOWN_REFERENCE', 'The cohort names unknown records', issues),
    );
  return enforceLeaderRule(db, cohort);
}

function publicCohort(cohort: StoredCohort, taken: number, serviceConfidential: boolean) {
  const { premises } = cohort;
  // The service's rule wins over the cohort's own flag: an editor may mark a service's place
  // confidential after its cohorts were planned, or a cohort may have been planned without the flag.
  const hidden = premises.confidential || serviceConfidential;
  return {
    id: cohort.id,
    serviceId: cohort.serviceId,
    status: cohort.status as 'planned' | 'open',
    ageBand: cohort.ageBand,
    needs: cohort.needs,
    startDate: cohort.startDate,
    ...(cohort.endDate === undefined ? {} : { endDate: cohort.endDate }),
    meetings: cohort.meetings,
    language: cohort.language,
    // A confidential place (groups for children who lived with violence) is never published.
    premises: hidden
      ? { districtId: premises.districtId, confidential: true }
      : {
          districtId: premises.districtId,
          name: premises.name,
          ...(premises.address === undefined ? {} : { address: premises.address }),
          confidential: false,
        },
    seats: { min: cohort.seats.min, max: cohort.seats.max },
    placesLeft: Math.max(0, cohort.seats.max - taken),
  };
}

/**
 * Cohorts and leaders: the public list of groups with places left, creating and planning cohorts,
 * the leader pool, assigning leaders under the leader rule, and attendance.
 */
export const cohortRoutes: FastifyPluginAsyncZod<CohortRoutesOptions> = async (
  app,
  { db, catalogue, now },
) => {
  const coordinator = { roles: ['coordinator'] } as const;

  app.get(
    '/v1/cohorts',
    {
      schema: {
        summary: 'Groups that are planned or open, with places left and start dates (public)',
        tags: ['catalogue'],
        querystring: PublicQuery,
        response: { 200: z.object({ items: z.array(PublicCohortOut) }), 400: ProblemSchema },
      },
    },
    async (request) => {
      const { districtId, serviceId, need } = request.query;
      const listed = unwrap(
        await db.cohorts.list({
          status: ['planned', 'open'],
          ...(districtId === undefined ? {} : { districtId }),
          ...(serviceId === undefined ? {} : { serviceId }),
        }),
      );
      const cohorts = listed.filter(
        (c) => need === undefined || c.needs.some((n) => catalogue.needs.related(need, n)),
      );
      const taken = unwrap(await takenSeats(db, cohorts));
      return {
        items: cohorts
          .map((c) =>
            publicCohort(
              c,
              taken[c.id] ?? 0,
              catalogue.service(c.serviceId)?.confidentialLocation ?? true,
            ),
          )
          .filter((c) => c.placesLeft > 0),
      };
    },
  );

  app.post(
    '/v1/cohorts',
    {
      config: coordinator,
      schema: {
        summary: 'Create a cohort of a group service (coordinator)',
        description:
          'Leaders may be left empty while the cohort is planned; once leaders are named, or the cohort opens, the leader rule holds (422 otherwise). A leader who already leads another cohort meeting at the same time (same weekday, overlapping times and dates) is 409, naming the leader and the other cohort.',
        tags: ['cohorts'],
        body: GroupCohortSchema,
        response: { 201: CohortOut, ...Errors, 409: ProblemSchema, 422: ProblemSchema },
        responseHeaders: { 201: ['location', 'etag'] },
      },
    },
    async (request, reply) => {
      unwrap(await validCohort(db, catalogue, request.body));
      const created = unwrap(await db.cohorts.create(request.body));
      return reply
        .code(201)
        .header('location', `/v1/cohorts/${created.id}`)
        .header('etag', etagOf(created.version))
        .send(created);
    },
  );

  app.get(
    '/v1/cohorts/:id',
    {
      config: { roles: ['coordinator', 'district_social_worker', 'group_leader'] },
      schema: {
        summary: 'One cohort with its seats (staff; a group leader sees their own cohorts)',
        tags: ['cohorts'],
        params: CohortParams,
        response: { 200: CohortDetailOut, ...Errors, 404: ProblemSchema },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!canSeeCohort(request.principal, id)) throw unseenCohort(id);
      const cohort = unwrap(await db.cohorts.get(id));
      const seats = unwrap(await db.seats.availability(id));
      const { enrolled, offered, free, waiting } = seats;
      return reply
        .header('etag', etagOf(cohort.version))
        .send({ cohort, seats: { enrolled, offered, free, waiting } });
    },
  );

  app.put(
    '/v1/cohorts/:id',
    {
      config: coordinator,
      schema: {
        summary: 'Plan a cohort: replace its dates, seats, place, leaders and status (coordinator)',
        description:
          'Send `If-Match` with the version you read; a stale one is 409. Seats cannot drop below those taken. A new schedule or status that would make a leader lead two cohorts at the same time is 409.',
        tags: ['cohorts'],
        params: CohortParams,
        headers: IfMatchHeaders,
        body: GroupCohortSchema,
        response: {
          200: CohortOut,
          ...Errors,
          404: ProblemSchema,
          409: ProblemSchema,
          422: ProblemSchema,
        },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      if (request.body.id !== request.params.id) {
        throw new RequestRefused(400, 'ID_MISMATCH', 'The body is another cohort', [
          { path: 'id', message: `Expected "${request.params.id}"` },
        ]);
      }
      unwrap(await validCohort(db, catalogue, request.body));
      const expectedVersion = versionOf(request.headers['if-match']);
      const updated = unwrap(
        await db.cohorts.update(
          request.body,
          expectedVersion === undefined ? {} : { expectedVersion },
        ),
      );
      return reply.header('etag', etagOf(updated.version)).send(updated);
    },
  );

  app.put(
    '/v1/cohorts/:id/leaders',
    {
      config: coordinator,
      schema: {
        summary: 'Assign the leaders of a cohort under the leader rule (coordinator)',
        description:
          'At least two leaders, one of them experienced, and an experienced mentor for every first-time leader; otherwise 422 with the reasons. A leader who already leads another cohort meeting at the same time (same weekday, overlapping times and dates; cancelled and completed cohorts do not count) is 409, with `errors` naming the leader (`leaderIds.<i>`) and the other cohort.',
        tags: ['cohorts'],
        params: CohortParams,
        headers: IfMatchHeaders,
        body: z.strictObject({ leaderIds: z.array(SlugSchema).min(1).max(20) }),
        response: {
          200: CohortOut,
          ...Errors,
          404: ProblemSchema,
          409: ProblemSchema,
          422: ProblemSchema,
        },
        responseHeaders: { 200: ['etag'] },
      },
    },
    async (request, reply) => {
      const cohort = unwrap(await db.cohorts.get(request.params.id));
      unwrap(
        await enforceLeaderRule(db, {
          leaderIds: request.body.leaderIds,
          status: cohort.status,
        }),
      );
      const expectedVersion = versionOf(request.headers['if-match']) ?? cohort.version;
      const assigned = unwrap(
        await db.cohorts.assignLeaders(request.params.id, request.body.leaderIds, {
          expectedVersion,
        }),
      );
      return reply.header('etag', etagOf(assigned.version)).send(assigned);
    },
  );

  app.post(
    '/v1/cohorts/:id/attendance',
    {
      config: { roles: ['group_leader'] },
      schema: {
        summary: "Record a meeting's attendance (the cohort's own group leaders only)",
        description:
          'Every child listed must hold an enrolled seat in the cohort. Recording a meeting again corrects the earlier record.',
        tags: ['cohorts'],
        params: CohortParams,
        body: AttendanceBody,
        response: { 201: MeetingOut, ...Errors, 404: ProblemSchema, 409: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      // Only group leaders come this far (the route's roles); another cohort's is a 404, as on GET.
      if (!canSeeCohort(request.principal, id)) throw unseenCohort(id);
      // Storage checks, under the cohort's lock, that the meeting exists and every child is enrolled.
      const recorded = unwrap(
        await db.attendance.record({
          cohortId: id,
          ...request.body,
          recordedBy: request.principal.kind === 'staff' ? request.principal.subject : 'unknown',
          at: now().toISOString(),
        }),
      );
      return reply.code(201).send(recorded);
    },
  );

  app.get(
    '/v1/cohorts/:id/attendance',
    {
      config: { roles: ['group_leader', 'coordinator'] },
      schema: {
        summary: "A cohort's attendance by meeting and by child (its group leaders, coordinators)",
        tags: ['cohorts'],
        params: CohortParams,
        response: { 200: CohortAttendanceOut, ...Errors, 404: ProblemSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      if (!canSeeCohort(request.principal, id)) throw unseenCohort(id);
      const attendance = unwrap(await db.attendance.read(id));
      return attendance;
    },
  );

  app.post(
    '/v1/leaders',
    {
      config: coordinator,
      schema: {
        summary: "Add a trained group leader to the city's pool (coordinator)",
        tags: ['cohorts'],
        body: LeaderSchema,
        response: { 201: LeaderOut, ...Errors, 409: ProblemSchema },
      },
    },
    async (request, reply) => {
      if (
        request.body.homeDistrictId !== undefined &&
        !catalogue.district(request.body.homeDistrictId)
      ) {
        throw new RequestRefused(400, 'UNKNOWN_REFERENCE', 'Unknown district', [
          {
            path: 'homeDistrictId',
            message: `Unknown district "${request.body.homeDistrictId}"`,
          },
        ]);
      }
      const created = unwrap(await db.leaders.create(request.body));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/v1/leaders',
    {
      config: coordinator,
      schema: {
        summary: 'The leader pool (coordinator)',
        tags: ['cohorts'],
        response: { 200: z.object({ items: z.array(LeaderOut) }), ...Errors },
      },
    },
    async () => {
      const listed = unwrap(await db.leaders.list());
      return { items: listed };
    },
  );
};
