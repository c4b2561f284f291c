import type { Catalogue } from '@lotsen/catalogue';
import { IsoDateSchema, SlugSchema, err, ok, type InputIssue } from '@lotsen/domain';
import { TravelLimitSchema, WeightingSchema, checkFit, formGroups } from '@lotsen/formation';
import { inCatchment } from '@lotsen/referral';
import type { Database, StoredReferral } from '@lotsen/storage';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../access.js';
import { ProblemSchema, RequestRefused, unwrap } from '../problem.js';
import {
  decideReferralEvent,
  writeReferralDecision,
  type ReferralDecision,
} from '../referral-flow.js';
import { unitOfWork } from '../unit-of-work.js';
import { loadWaiting, todayOf, waitingChildOf } from '../waiting.js';
import { ExplanationOut } from './schemas.js';

/** Options of the group formation routes. */
export interface FormationRoutesOptions {
  readonly db: Database;
  readonly catalogue: Catalogue;
  readonly now: () => Date;
}

const Errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

const ProposalBody = z
  .strictObject({
    /** The day the proposal is for (default today): waiting time and cut-off dates count to it. */
    date: IsoDateSchema.optional(),
    /** Only these cohorts (default every planned or open cohort). */
    cohortIds: z.array(SlugSchema).min(1).max(1000).optional(),
    /** How far families can travel, where the referral does not say (default neighbours). */
    mayTravel: TravelLimitSchema.default('neighbours'),
    /** Apply the leader rule (default true). */
    requireLeaders: z.boolean().optional(),
    weighting: WeightingSchema.optional(),
  })
  .meta({ id: 'FormationRequest' });

const ProposalOut = z
  .object({
    date: z.string(),
    weighting: z.record(z.string(), z.number()),
    placements: z
      .array(
        z.object({
          referralId: z.string(),
          cohortId: z.string(),
          districtId: z.string(),
          distance: z.number().int(),
          proximity: z.string(),
          weight: z.number(),
          reason: ExplanationOut,
        }),
      )
      .readonly(),
    unplaced: z
      .array(
        z.object({
          referralId: z.string(),
          reason: ExplanationOut,
          alternative: z
            .object({
              cohortId: z.string(),
              districtId: z.string(),
              distance: z.number().int(),
              kind: z.string(),
              text: z.object({ sv: z.string(), en: z.string() }),
            })
            .optional(),
        }),
      )
      .readonly(),
    cohorts: z
      .array(
        z.object({
          cohortId: z.string(),
          districtId: z.string(),
          launched: z.boolean(),
          decision: ExplanationOut,
          seats: z.object({ min: z.number().int(), max: z.number().int() }),
          enrolled: z.number().int(),
          referralIds: z.array(z.string()).readonly(),
          total: z.number().int(),
          leaderIssues: z
            .array(ExplanationOut.extend({ leaderId: z.string().optional() }))
            .readonly()
            .optional(),
          alternativeCohortId: z.string().optional(),
        }),
      )
      .readonly(),
    summary: z.record(z.string(), z.number()),
  })
  .meta({ id: 'FormationProposal' });

const DecisionBody = z
  .strictObject({
    /**
     * The placements to offer: the proposal's, or the coordinator's adjustment of them. Each child
     * is offered the seat with an OFFER event in one transaction: all are made, or none.
     */
    placements: z
      .array(z.strictObject({ referralId: z.uuid(), cohortId: SlugSchema }))
      .min(1)
      .max(1000)
      .refine((ps) => new Set(ps.map((p) => p.referralId)).size === ps.length, {
        message: 'A child is placed twice',
      }),
    /** The families' reply deadline; not after any cohort's start date. */
    replyBy: z.iso.datetime({ offset: true }),
    mayTravel: TravelLimitSchema.default('neighbours'),
  })
  .meta({ id: 'FormationDecision' });

const DecisionOut = z.object({
  offered: z.array(
    z.object({
      referralId: z.string(),
      cohortId: z.string(),
      status: z.string(),
      version: z.number().int(),
      crossDistrict: z.boolean(),
    }),
  ),
});

/**
 * Group formation: a proposal of which waiting children go to which planned cohorts (from
 * `@lotsen/formation`, every placement and non-placement explained), and accepting it, as proposed
 * or adjusted, as seat offers.
 */
export const formationRoutes: FastifyPluginAsyncZod<FormationRoutesOptions> = async (
  app,
  { db, catalogue, now },
) => {
  const coordinator = { roles: ['coordinator'] } as const;

  app.post(
    '/v1/formation/proposals',
    {
      config: coordinator,
      schema: {
        summary: 'Propose groups: waiting children to planned cohorts, every decision explained',
        description:
          'Reads the children waiting for a group (accepted or waitlisted) and the planned or open cohorts, and returns the proposal of @lotsen/formation. Nothing is written: accept it, as is or adjusted, with POST /v1/formation/decisions.',
        tags: ['formation'],
        body: ProposalBody,
        response: { 200: ProposalOut, ...Errors },
      },
    },
    async (request) => {
      const {
        date = todayOf(now()),
        cohortIds,
        mayTravel,
        requireLeaders,
        weighting,
      } = request.body;
      const waiting = unwrap(await loadWaiting(db, date, mayTravel));
      const cohorts = cohortIds
        ? waiting.cohorts.filter((c) => cohortIds.includes(c.id))
        : waiting.cohorts;
      const unknown = (cohortIds ?? [])
        .map((id, i) => ({ id, i }))
        .filter(({ id }) => !cohorts.some((c) => c.id === id))
        .map(({ id, i }) => ({
          path: `cohortIds.${i}`,
          message: `No planned or open cohort "${id}"`,
        }));
      if (unknown.length > 0) {
        throw new RequestRefused(400, 'UNKNOWN_REFERENCE', 'Unknown cohorts', unknown);
      }
      const leaders = unwrap(await db.leaders.list());
      const enrolled = Object.fromEntries(cohorts.map((c) => [c.id, waiting.taken[c.id] ?? 0]));
      const proposal = unwrap(
        formGroups({
          children: waiting.children,
          cohorts,
          leaders,
          districts: catalogue.districts,
          taxonomy: catalogue.needs,
          date,
          enrolled,
          options: {
            ...(requireLeaders === undefined ? {} : { requireLeaders }),
            ...(weighting === undefined
              ? {}
              : {
                  weighting: Object.fromEntries(
                    Object.entries(weighting).filter(([, v]) => v !== undefined),
                  ),
                }),
          },
        }),
      );
      const { stats: _stats, ...rest } = proposal;
      return { ...rest, weighting: { ...rest.weighting }, summary: { ...rest.summary } };
    },
  );

  app.post(
    '/v1/formation/decisions',
    {
      config: coordinator,
      schema: {
        summary: 'Accept a proposal, as is or adjusted: offer each child the seat, all or none',
        description:
          'Each child must be waiting (accepted or waitlisted), fit the cohort (age band, need, language, travel) and find a seat left; the referral machine must accept the OFFER. Any refusal rolls every offer back.',
        tags: ['formation'],
        body: DecisionBody,
        response: { 200: DecisionOut, ...Errors, 409: ProblemSchema, 422: ProblemSchema },
      },
    },
    async (request) => {
      const { placements, replyBy, mayTravel } = request.body;
      const at = now().toISOString();
      const waiting = unwrap(await loadWaiting(db, todayOf(now()), mayTravel));
      const referrals = new Map<string, StoredReferral>(waiting.referrals.map((r) => [r.id, r]));
      const cohorts = new Map(waiting.cohorts.map((c) => [c.id, c]));
      const context = { taxonomy: catalogue.needs, districts: catalogue.districts };

      const refusals: { status: 409 | 422; issue: InputIssue }[] = [];
      const adding: Record<string, number> = {};
      const decisions: { decision: ReferralDecision; crossDistrict: boolean }[] = [];
      placements.forEach(({ referralId, cohortId }, i) => {
        const referral = referrals.get(referralId);
        const cohort = cohorts.get(cohortId);
        if (!referral) {
          refusals.push({
            status: 409,
            issue: { path: `placements.${i}.referralId`, message: 'Not waiting for a group' },
          });
          return;
        }
        if (!cohort) {
          refusals.push({
            status: 409,
            issue: { path: `placements.${i}.cohortId`, message: 'Not a planned or open cohort' },
          });
          return;
        }
        // An adjusted placement is held to the same fit as the proposal's own.
        const fit = checkFit(waitingChildOf(referral, mayTravel), cohort, context);
        if (!fit.fits) {
          refusals.push({
            status: 422,
            issue: { path: `placements.${i}`, message: `Does not fit the cohort: ${fit.code}` },
          });
          return;
        }
        adding[cohortId] = (adding[cohortId] ?? 0) + 1;
        const service = catalogue.service(referral.serviceId);
        const crossDistrict =
          cohort.premises.districtId !== referral.child.districtId ||
          (service !== undefined && !inCatchment(service.catchment, referral.child.districtId));
        const decided = decideReferralEvent(
          referral,
          {
            type: 'OFFER',
            cohortId,
            startDate: cohort.startDate,
            replyBy,
            crossDistrict,
            venueDistrictId: cohort.premises.districtId,
          },
          actorOf(request.principal),
          at,
          undefined,
        );
        if (!decided.ok) {
          const message = decided.error instanceof Error ? decided.error.message : 'Refused';
          refusals.push({ status: 409, issue: { path: `placements.${i}`, message } });
          return;
        }
        decisions.push({ decision: decided.value, crossDistrict });
      });
      for (const [cohortId, n] of Object.entries(adding)) {
        const cohort = cohorts.get(cohortId)!;
        const free = cohort.seats.max - (waiting.taken[cohortId] ?? 0);
        if (n > free) {
          refusals.push({
            status: 409,
            issue: {
              path: 'placements',
              message: `Cohort ${cohortId} has ${free} seats left, not ${n}`,
            },
          });
        }
      }
      if (refusals.length > 0) {
        const status = refusals.some((r) => r.status === 409) ? 409 : 422;
        throw new RequestRefused(
          status,
          'PLACEMENTS_REFUSED',
          'No offer was made: some placements cannot be offered',
          refusals.map((r) => r.issue),
        );
      }
      const written = unwrap(
        await unitOfWork(db, async (tx) => {
          const offered = [];
          for (const { decision, crossDistrict } of decisions) {
            const stored = await writeReferralDecision(tx, decision);
            if (!stored.ok) return err(stored.error);
            offered.push({
              referralId: stored.value.id,
              cohortId: stored.value.cohortId ?? '',
              status: stored.value.status,
              version: stored.value.version,
              crossDistrict,
            });
          }
          return ok(offered);
        }),
      );
      return { offered: written };
    },
  );
};
