import { z } from 'zod';
import { DistrictIdSchema } from './district.js';
import { NeedIdSchema } from './need.js';
import { AgeBandSchema } from './service.js';
import { IsoDateSchema, LanguageCodeSchema, SlugSchema, TextSchema } from './text.js';

/** Where a cohort is in its life. */
export const CohortStatusSchema = z.enum([
  'planned',
  'open',
  'full',
  'running',
  'completed',
  'cancelled',
]);
/** Where a cohort is in its life. */
export type CohortStatus = z.infer<typeof CohortStatusSchema>;

/** Labels for {@link CohortStatus}. */
export const COHORT_STATUS_LABELS = {
  planned: { sv: 'Planerad', en: 'Planned' },
  open: { sv: 'Öppen för anmälan', en: 'Open for referrals' },
  full: { sv: 'Fullsatt', en: 'Full' },
  running: { sv: 'Pågår', en: 'Running' },
  completed: { sv: 'Avslutad', en: 'Completed' },
  cancelled: { sv: 'Inställd', en: 'Cancelled' },
} as const satisfies Record<CohortStatus, { sv: string; en: string }>;

/** The place a group meets. A confidential address is never shown in public lists. */
export const PremisesSchema = z.object({
  name: TextSchema.min(1),
  districtId: DistrictIdSchema,
  address: TextSchema.min(1).optional(),
  confidential: z.boolean().default(false),
});
/** The place a group meets. */
export type Premises = z.infer<typeof PremisesSchema>;

/** One run of a group: a start date, a number of meetings, seats, leaders and a place. */
export const GroupCohortSchema = z
  .object({
    id: SlugSchema,
    serviceId: SlugSchema,
    ageBand: AgeBandSchema,
    needs: z.array(NeedIdSchema).min(1),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.optional(),
    /** The date by which the minimum must be reached for the group to start (launch rule). */
    cutoffDate: IsoDateSchema.optional(),
    meetings: z.object({
      count: z.number().int().positive(),
      weekday: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']).optional(),
      startTime: TextSchema.regex(
        /^([01]\d|2[0-3]):[0-5]\d$/,
        'Expected a time as HH:MM',
      ).optional(),
      durationMinutes: z.number().int().positive().max(600).optional(),
    }),
    seats: z
      .object({ min: z.number().int().positive(), max: z.number().int().positive() })
      .refine((s) => s.min <= s.max, { message: 'min seats must not be above max', path: ['max'] }),
    leaderIds: z.array(SlugSchema),
    premises: PremisesSchema,
    language: LanguageCodeSchema.default('sv'),
    status: CohortStatusSchema,
  })
  .refine((c) => !c.endDate || c.endDate >= c.startDate, {
    message: 'endDate must not be before startDate',
    path: ['endDate'],
  })
  .refine((c) => !c.cutoffDate || c.cutoffDate <= c.startDate, {
    message: 'cutoffDate must not be after startDate',
    path: ['cutoffDate'],
  });
/** One run of a group. */
export type GroupCohort = z.infer<typeof GroupCohortSchema>;
