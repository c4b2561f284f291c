import type { Catalogue } from '@lotsen/catalogue';
import { IsoDateSchema } from '@lotsen/domain';
import { equityCsv, equityReport } from '@lotsen/reports';
import type { Database } from '@lotsen/storage';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema, unwrap } from '../problem.js';
import { todayOf } from '../waiting.js';

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
          teamsReferrals: z.number().int().nullable(),
          referrerToldRate: Share,
          onWaitingList: z.number().int().nullable(),
          listWaitDaysMedian: Share,
          listWaitUpTo30Days: z.number().int().nullable(),
          listWait31To90Days: z.number().int().nullable(),
          listWaitOver90Days: z.number().int().nullable(),
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
      config: { roles: ['coordinator', 'system'] },
      schema: {
        summary: 'Equity per district and need: local groups, waits, starts, completion, outcomes',
        description:
          'Per district and need: whether there is a local group, referrals, median and 90th-percentile waiting days, share started within 30 days, completion share, outcome improvement shares, closed-loop rate and referrals per 1,000 residents aged 0–20; from the queue, the referrals made from Teams and the share whose referrer a status message reached (`referrerToldRate`), and the children on a waiting list with the days they have waited (median, and up to 30 / 31–90 / over 90 days), as they stood at the end of `asOf` (default today, UTC). Counts of 1–4, and shares that would reveal them, are suppressed; `suppressed` names the hidden figures of each row. `format=csv` gives the same rows as CSV. Computed by @lotsen/reports.',
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
        responseHeaders: { 200: ['content-disposition'] },
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? todayOf(now());
      // One query for every referral's facts as they stood at the end of the day; the arithmetic
      // and the suppression are @lotsen/reports'.
      const facts = unwrap(await db.reports.referralFacts({ until: `${asOf}T23:59:59.999Z` }));
      const report = unwrap(equityReport({ catalogue, referrals: facts, asOf }));
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
