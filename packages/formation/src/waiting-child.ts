import {
  BirthYearMonthSchema,
  ChildAgeSchema,
  DistrictIdSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  NeedIdSchema,
  TextSchema,
  childReference,
  err,
  ok,
  requireAgeOrBirthYearMonth,
  toInputIssues,
  type Result,
} from '@lotsen/domain';
import { z } from 'zod';
import { FormationError } from './errors.js';

/**
 * How far a family can take the child to a group: only the own district, the own district and the
 * districts that share a border with it, or anywhere in the city.
 */
export const TravelLimitSchema = z.enum(['own_district', 'neighbours', 'anywhere']);
/** How far a family can take the child to a group. */
export type TravelLimit = z.infer<typeof TravelLimitSchema>;

/**
 * A child waiting for a group, as the waitlist and group formation see it: pseudonymous (a referral
 * id, never a name), with an age or a birth year-month, the home district, the needs, the date the
 * child joined the queue, a priority and how far the family can travel.
 */
export const WaitingChildSchema = requireAgeOrBirthYearMonth(
  z.strictObject({
    /** The referral (anmälan) this child waits on; opaque. */
    referralId: childReference(TextSchema.trim().min(1).max(128)),
    age: ChildAgeSchema.optional(),
    birthYearMonth: BirthYearMonthSchema.optional(),
    districtId: DistrictIdSchema,
    needs: z.array(NeedIdSchema).min(1, 'Give at least one need'),
    /** The day the child joined the queue (`YYYY-MM-DD`). */
    waitingSince: IsoDateSchema,
    /** 0 is normal; each step up counts as extra waiting days (see `Weighting.priorityDays`). */
    priority: z.number().int().min(0).max(3).default(0),
    /** The language the child needs the group to be held in (ISO 639); omitted means any. */
    language: LanguageCodeSchema.optional(),
    mayTravel: TravelLimitSchema,
  }),
);
/** A child waiting for a group. */
export type WaitingChild = z.infer<typeof WaitingChildSchema>;
/** A waiting child as callers write it (`priority` may be left out). */
export type WaitingChildInput = z.input<typeof WaitingChildSchema>;

/** Parses an untrusted waiting child; never throws. */
export function parseWaitingChild(input: unknown): Result<WaitingChild, FormationError> {
  const result = WaitingChildSchema.safeParse(input);
  if (result.success) return ok(result.data);
  return err(invalidInput('waiting child', result.error));
}

/** Builds the `INVALID_INPUT` error for a failed zod parse, every field with its path. */
export function invalidInput(what: string, error: z.ZodError, prefix = ''): FormationError {
  const issues = toInputIssues(error).map((i) => ({
    path: prefix && i.path ? `${prefix}.${i.path}` : prefix || i.path,
    message: i.message,
  }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new FormationError('INVALID_INPUT', `Invalid ${what}: ${summary}`, issues, {
    cause: error,
  });
}
