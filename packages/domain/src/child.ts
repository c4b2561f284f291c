import { z } from 'zod';
import { LanguageCodeSchema, TextSchema } from './text.js';
import { DistrictIdSchema } from './district.js';
import { containsPersonalIdentityNumber } from './personal-data.js';

/** A child's age in whole years: 0 to 25, as children's and young people's services reach. */
export const ChildAgeSchema = z.number().int().min(0).max(25);

/** A birth year and month (`YYYY-MM`): all Lotsen keeps of a birth date. */
export const BirthYearMonthSchema = TextSchema.regex(
  /^(19|20)\d{2}-(0[1-9]|1[0-2])$/,
  'Expected a year and month as YYYY-MM',
);

/** Why a reference to a child is refused when it is a personal identity number. */
export const IDENTITY_NUMBER_AS_REFERENCE_MESSAGE =
  'A personal identity number may not be used as a reference';

/**
 * A reference to a child (a pseudonym, a referral id) that is refused when it holds a personal
 * identity number: the reference is stored and shown, so it must never identify the child.
 */
export function childReference(text: z.ZodString): z.ZodString {
  return text.refine(
    (v) => !containsPersonalIdentityNumber(v),
    IDENTITY_NUMBER_AS_REFERENCE_MESSAGE,
  );
}

/**
 * Requires the age or the birth year-month of a child (either is enough to place the child in an age
 * band); the issue stands on `age`, where a form asks first.
 */
export function requireAgeOrBirthYearMonth<
  T extends z.ZodType<{ age?: number | undefined; birthYearMonth?: string | undefined }>,
>(schema: T): T {
  return schema.refine((c) => c.age !== undefined || c.birthYearMonth !== undefined, {
    message: 'Give the age or the birth year and month',
    path: ['age'],
  });
}

/**
 * A child, pseudonymously: an opaque reference, an age or a birth year-month, a district and the
 * languages the family speaks. Never a name or a personal identity number: unknown fields are refused,
 * and so is a reference that is a personal identity number.
 */
export const ChildSchema = requireAgeOrBirthYearMonth(
  z.strictObject({
    /** An opaque reference chosen by the referring unit (its case reference, a random code). */
    pseudonym: childReference(
      TextSchema.trim()
        .min(3)
        .max(64)
        .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, hyphens or underscores only'),
    ),
    age: ChildAgeSchema.optional(),
    birthYearMonth: BirthYearMonthSchema.optional(),
    districtId: DistrictIdSchema,
    languages: z.array(LanguageCodeSchema).default([]),
  }),
);
/** A child, pseudonymously. */
export type Child = z.infer<typeof ChildSchema>;

/**
 * The child's age in whole years on a date (`YYYY-MM-DD`). From a birth year-month the child is
 * assumed born on the first of the month, so the age is never overstated by more than a month.
 */
export function ageOn(child: Pick<Child, 'age' | 'birthYearMonth'>, date: string): number {
  if (child.birthYearMonth === undefined) return child.age ?? 0;
  const [by, bm] = child.birthYearMonth.split('-').map(Number) as [number, number];
  const [y, m] = date.split('-').map(Number) as [number, number];
  return y - by - (m < bm ? 1 : 0);
}
