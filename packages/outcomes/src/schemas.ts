import { IsoDateSchema, err, ok, parseWith, type Result, TextSchema } from '@lotsen/domain';
import { z } from 'zod';
import { OutcomesError, type OutcomesIssue } from './errors.js';
import { INSTRUMENTS, POPULATIONS, RATERS } from './types.js';

/** Where in a case an administration belongs (MOS: start, during, closure, follow-up call). */
export const PHASES = ['before', 'during', 'closure', 'follow-up'] as const;
/** Where in a case an administration belongs. */
export type Phase = (typeof PHASES)[number];

/**
 * One administration of one instrument, as stored: item values only, never item wording. Items are
 * checked by the scoring functions (not here) so that they report precise codes such as
 * `MISSING_ITEM` or `OUT_OF_RANGE`.
 */
export const AdministrationSchema = z
  .object({
    instrument: z.enum(INSTRUMENTS),
    /** Session number; 0 means before the first session (intake). */
    session: z.number().int().min(0).max(10000),
    date: IsoDateSchema,
    rater: z.enum(RATERS),
    /** Tells apart two respondents with the same rater role (two parents). Pseudonymous. */
    respondentId: TextSchema.min(1).max(100).optional(),
    items: z.array(z.unknown()),
    unit: z.enum(['cm', 'mm']).optional(),
    population: z.enum(POPULATIONS).optional(),
    age: z.number().optional(),
    phase: z.enum(PHASES).optional(),
    describesUsVeryWell: z.union([z.literal(1), z.literal(5)]).optional(),
    extra: z.record(TextSchema, z.unknown()).optional(),
  })
  .strict();
/** One administration of one instrument. */
export type Administration = z.infer<typeof AdministrationSchema>;

/** All administrations for one case (one child or family), with its closure. */
export const CaseRecordSchema = z
  .object({
    /** Pseudonymous case id: never a name or personal identity number. */
    caseId: TextSchema.min(1).max(200),
    administrations: z.array(AdministrationSchema).max(10000),
    /** Date the case closed; starts the follow-up clock. */
    closedOn: IsoDateSchema.optional(),
    /** Number of the last session, when known; otherwise the highest session number recorded. */
    closedAtSession: z.number().int().min(0).optional(),
    /** Planned number of sessions, to tell when KASAM is due (the second-to-last session). */
    plannedSessions: z.number().int().min(1).optional(),
    /** Date of the follow-up contact about 3 months after closure, once it has happened. */
    followUpOn: IsoDateSchema.optional(),
  })
  .strict()
  .refine((c) => !c.followUpOn || !c.closedOn || c.followUpOn >= c.closedOn, {
    message: 'followUpOn must not be before closedOn',
    path: ['followUpOn'],
  });
/** All administrations for one case. */
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/** One scored outcome administration, the unit aggregates are built from. */
export const OutcomeObservationSchema = z
  .object({
    caseId: TextSchema.min(1).max(200),
    instrument: z.enum(['ORS', 'CORS', 'SCORE-15', 'SOC-13', 'SOC-29']),
    session: z.number().int().min(0),
    rater: z.enum(RATERS),
    respondentId: TextSchema.min(1).max(100).optional(),
    population: z.enum(POPULATIONS).optional(),
    caretakerRated: z.boolean().optional(),
    /** Total in the instrument's points: PCOMS 0–40, SCORE-15 sum 15–75, KASAM total. */
    score: z.number(),
    cohortId: TextSchema.min(1).optional(),
    serviceId: TextSchema.min(1).optional(),
    providerId: TextSchema.min(1).optional(),
    districtId: TextSchema.min(1).optional(),
  })
  .strict();
/** One scored outcome administration with the groups it belongs to. */
export type OutcomeObservation = z.infer<typeof OutcomeObservationSchema>;

function toOutcomesResult<T>(
  result: Result<
    T,
    { message: string; issues: readonly { path: string; message: string }[]; cause?: unknown }
  >,
): Result<T, OutcomesError> {
  if (result.ok) return ok(result.value);
  const issues: OutcomesIssue[] = result.error.issues.map((i) => ({
    code: 'INVALID_INPUT',
    path: i.path,
    message: i.message,
  }));
  return err(
    new OutcomesError('INVALID_INPUT', result.error.message, issues, { cause: result.error.cause }),
  );
}

/** Parses an untrusted case record (e.g. a request body); never throws. */
export function parseCaseRecord(input: unknown): Result<CaseRecord, OutcomesError> {
  return toOutcomesResult(parseWith(CaseRecordSchema, input, 'case record'));
}

/** Parses untrusted outcome observations for {@link aggregateOutcomes}; never throws. */
export function parseObservations(input: unknown): Result<OutcomeObservation[], OutcomesError> {
  return toOutcomesResult(
    parseWith(z.array(OutcomeObservationSchema), input, 'outcome observations'),
  );
}
