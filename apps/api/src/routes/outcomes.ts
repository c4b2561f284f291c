import { CHANGE_CATEGORIES, renderTrajectoryChart, type Trajectory } from '@lotsen/outcomes';
import type { Database, OutcomeAdministration } from '@lotsen/storage';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../access.js';
import { AdministrationBodySchema, scoreAdministration, trajectoryOf } from '../outcome-record.js';
import { ProblemSchema, RequestRefused, unwrap } from '../problem.js';
import { todayOf } from '../waiting.js';
import { visibleReferral } from './referrals.js';
import { ReferralParams } from './schemas.js';

/** Options of the outcome routes. */
export interface OutcomeRoutesOptions {
  readonly db: Database;
  readonly now: () => Date;
}

const Errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

const AdministrationOut = z
  .object({
    id: z.string(),
    referralId: z.string(),
    instrument: z.string(),
    session: z.number().int(),
    date: z.string(),
    rater: z.string(),
    respondentId: z.string().optional(),
    phase: z.string().optional(),
    items: z.array(z.unknown()),
    /** The score from `@lotsen/outcomes`; absent for YCORS, which is recorded but never scored. */
    score: z.unknown().optional(),
    recordedAt: z.string(),
  })
  .meta({ id: 'OutcomeAdministration' });

const Category = z.enum(CHANGE_CATEGORIES).nullable();
const Nullable = <T extends z.ZodType>(t: T) => t.nullable();

const SeriesOut = z
  .object({
    referralId: z.string(),
    administrations: z.array(AdministrationOut).readonly(),
    firstSession: Nullable(z.number().int()),
    lastSession: Nullable(z.number().int()),
    closed: z.boolean(),
    /** ORS or CORS per rater: the change since the first session and its category. */
    outcome: z
      .array(
        z
          .object({
            form: z.enum(['ORS', 'CORS']),
            rater: z.string(),
            respondentId: Nullable(z.string()),
            population: z.string(),
            cutoff: Nullable(z.number()),
            threshold: Nullable(z.number()),
            points: z
              .array(
                z.object({
                  session: z.number().int(),
                  date: z.string(),
                  total: z.number(),
                }),
              )
              .readonly(),
            changeSinceFirst: Nullable(z.number()),
            latestCategory: Category,
          })
          .loose(),
      )
      .readonly(),
    /** SRS or CSRS per rater: the alliance, and whether it is falling. */
    session: z
      .array(
        z
          .object({
            form: z.enum(['SRS', 'CSRS']),
            rater: z.string(),
            latestAllianceFlag: Nullable(z.boolean()),
            falling: z.boolean(),
          })
          .loose(),
      )
      .readonly(),
    kasam: z.array(z.record(z.string(), z.unknown())).readonly(),
    score15: z.array(z.record(z.string(), z.unknown())).readonly(),
    unscored: z.array(z.record(z.string(), z.unknown())).readonly(),
    /** Administrations the package could not score, with why. */
    invalid: z
      .array(
        z.object({
          index: z.number().int(),
          instrument: z.string(),
          code: z.string(),
          message: z.string(),
        }),
      )
      .readonly(),
    followUp: z.record(z.string(), z.unknown()).nullable(),
    alerts: z
      .array(
        z.object({
          code: z.string(),
          instrument: Nullable(z.string()),
          rater: Nullable(z.string()),
          respondentId: Nullable(z.string()),
          session: Nullable(z.number().int()),
          message: z.string(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'OutcomeSeries' });

// The series flattens each point to its session, date and total: the full score (every item in
// millimetres) is in `administrations` already.
function seriesBody(
  referralId: string,
  administrations: readonly Omit<OutcomeAdministration, 'recordedBy'>[],
  t: Trajectory,
) {
  return {
    referralId,
    administrations,
    firstSession: t.firstSession,
    lastSession: t.lastSession,
    closed: t.closed,
    outcome: t.outcome.map((s) => ({
      ...s,
      points: s.points.map((p) => ({ session: p.session, date: p.date, total: p.score.total })),
    })),
    session: t.session.map((s) => ({
      ...s,
      points: s.points.map((p) => ({ session: p.session, date: p.date, total: p.score.total })),
    })),
    kasam: t.kasam.map((k) => JSON.parse(JSON.stringify(k)) as Record<string, unknown>),
    score15: t.score15.map((k) => JSON.parse(JSON.stringify(k)) as Record<string, unknown>),
    unscored: t.unscored.map((u) => ({ ...u })),
    invalid: t.invalid.map((i) => ({
      index: i.index,
      instrument: i.instrument,
      code: i.error.code,
      message: i.error.message,
    })),
    followUp: t.followUp ? { ...t.followUp } : null,
    alerts: t.alerts,
  };
}

/**
 * Outcomes of a referral: record an administration of any instrument `@lotsen/outcomes` knows
 * (scored by the package, stored with its items), the series with change categories and alerts,
 * and the trajectory chart as SVG. A coordinator, the district's social worker, or a group leader
 * of the cohort the child is in.
 */
export const outcomeRoutes: FastifyPluginAsyncZod<OutcomeRoutesOptions> = async (
  app,
  { db, now },
) => {
  const who = { roles: ['coordinator', 'district_social_worker', 'group_leader'] } as const;

  app.post(
    '/v1/referrals/:id/outcomes',
    {
      config: who,
      schema: {
        summary: 'Record an outcome administration (ORS, SRS, CORS, CSRS, YCORS, KASAM, SCORE-15)',
        description:
          'Item values only. The form is scored by @lotsen/outcomes with the child’s age on the day (or the given population); a form that does not score is refused with the item paths. YCORS is recorded without a score.',
        tags: ['outcomes'],
        params: ReferralParams,
        body: AdministrationBodySchema,
        response: { 201: AdministrationOut, ...Errors, 409: ProblemSchema, 422: ProblemSchema },
      },
    },
    async (request, reply) => {
      const referral = unwrap(await visibleReferral(db, request.principal, request.params.id));
      const body = request.body;
      if (body.date > todayOf(now())) {
        throw new RequestRefused(400, 'DATE_IN_FUTURE', 'The form cannot be from the future', [
          { path: 'date', message: 'Must not be after today' },
        ]);
      }
      const score = unwrap(scoreAdministration(referral.child, body));
      const actor = actorOf(request.principal);
      const recorded = unwrap(
        await db.outcomes.record({
          referralId: referral.id,
          instrument: body.instrument,
          session: body.session,
          date: body.date,
          rater: body.rater,
          ...(body.respondentId === undefined ? {} : { respondentId: body.respondentId }),
          ...(body.phase === undefined ? {} : { phase: body.phase }),
          items: body.items,
          ...(score === undefined ? {} : { score }),
          recordedBy: { actorId: actor.id, role: actor.role },
        }),
      );
      const { recordedBy: _recordedBy, ...out } = recorded;
      return reply.code(201).send(out);
    },
  );

  async function series(id: string, principal: Parameters<typeof visibleReferral>[1]) {
    const found = await visibleReferral(db, principal, id);
    if (!found.ok) return found;
    const listed = await db.outcomes.list(found.value.id);
    if (!listed.ok) return listed;
    const trajectory = trajectoryOf(found.value, listed.value, todayOf(now()));
    if (!trajectory.ok) return trajectory;
    return {
      ok: true as const,
      value: {
        administrations: listed.value.map(({ recordedBy: _r, ...a }) => a),
        trajectory: trajectory.value,
      },
    };
  }

  app.get(
    '/v1/referrals/:id/outcomes',
    {
      config: who,
      schema: {
        summary: 'The outcome series: change since the first session, its category, and alerts',
        tags: ['outcomes'],
        params: ReferralParams,
        response: { 200: SeriesOut, ...Errors },
      },
    },
    async (request) => {
      const result = unwrap(await series(request.params.id, request.principal));
      return seriesBody(request.params.id, result.administrations, result.trajectory);
    },
  );

  app.get(
    '/v1/referrals/:id/outcomes/chart.svg',
    {
      config: who,
      schema: {
        summary: 'The ORS/CORS trajectory chart with the SRS beneath, as accessible SVG',
        tags: ['outcomes'],
        params: ReferralParams,
        querystring: z.object({ lang: z.enum(['sv', 'en']).default('sv') }),
        response: {
          200: {
            description: 'An SVG image with a title and description for screen readers',
            content: { 'image/svg+xml': { schema: z.string() } },
          },
          ...Errors,
        },
      },
    },
    async (request, reply) => {
      const result = unwrap(await series(request.params.id, request.principal));
      const chart = unwrap(renderTrajectoryChart(result.trajectory, { lang: request.query.lang }));
      return reply.type('image/svg+xml; charset=utf-8').send(chart.svg);
    },
  );
};
