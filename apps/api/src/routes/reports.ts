import type { Catalogue } from '@lotsen/catalogue';
import { IsoDateSchema } from '@lotsen/domain';
import type { Database, OutcomeAdministration } from '@lotsen/storage';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allow } from '../auth.js';
import { ProblemSchema, sendPackageError } from '../problem.js';
import { equityCsv, equityReport } from '../reports/equity.js';
import { listAllReferrals, todayOf } from '../waiting.js';

/** Options of the report routes. */
export interface ReportRoutesOptions {
  readonly db: Database;
  readonly catalogue: Catalogue;
  readonly now: () => Date;
}

const Share = z.number().nullable();

const EquityReportOut = z
  .object({
    asOf: z.string(),
    minCellSize: z.number().int(),
    rows: z
      .array(
        z.object({
          districtId: z.string(),
          districtName: z.string(),
          needId: z.string(),
          needLabel: z.string(),
          localGroupSupport: z.boolean(),
          referrals: z.number().int().nullable(),
          population0to20: z.number().int().nullable(),
          populationYear: z.number().int().nullable(),
          referralsPer1000: Share,
          waitingDaysMedian: Share,
          waitingDaysP90: Share,
          startedWithin30DaysShare: Share,
          completionShare: Share,
          outcomeCases: z.number().int().nullable(),
          improvedShare: Share,
          recoveredShare: Share,
          deterioratedShare: Share,
          closedLoopRate: Share,
          suppressed: z.array(z.string()).readonly(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'EquityReport' });

/** The equity report, for the coordination team and for other city systems (exports). */
export const reportRoutes: FastifyPluginAsyncZod<ReportRoutesOptions> = async (
  app,
  { db, catalogue, now },
) => {
  app.get(
    '/v1/reports/equity',
    {
      preHandler: allow('coordinator', 'system'),
      schema: {
        summary: 'Equity per district and need: local groups, waits, starts, completion, outcomes',
        description:
          'Per district and need: whether there is a local group, referrals, median and 90th-percentile waiting days, share started within 30 days, completion share, outcome improvement shares, closed-loop rate and referrals per 1,000 residents aged 0–20. Counts of 1–4, and shares that would reveal them, are suppressed. `format=csv` gives the same rows as CSV.',
        tags: ['reports'],
        querystring: z.object({
          format: z.enum(['json', 'csv']).default('json'),
          asOf: IsoDateSchema.optional(),
        }),
        response: {
          200: {
            description: 'The report, as JSON or CSV',
            content: {
              'application/json': { schema: EquityReportOut },
              'text/csv': { schema: z.string() },
            },
          },
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? todayOf(now());
      const referrals = await listAllReferrals(db);
      if (!referrals.ok) return sendPackageError(reply, request, referrals.error);
      const outcomes = new Map<string, readonly OutcomeAdministration[]>();
      for (const r of referrals.value) {
        const listed = await db.outcomes.list(r.id);
        if (!listed.ok) return sendPackageError(reply, request, listed.error);
        if (listed.value.length > 0) outcomes.set(r.id, listed.value);
      }
      const report = equityReport({ catalogue, referrals: referrals.value, outcomes, asOf });
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="lotsen-equity-${asOf}.csv"`)
          .send(equityCsv(report));
      }
      return reply.type('application/json; charset=utf-8').send(report);
    },
  );
};
