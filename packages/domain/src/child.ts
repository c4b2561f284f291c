import { z } from 'zod';
import { LanguageCodeSchema, TextSchema } from './text.js';
import { DistrictIdSchema } from './district.js';
import { containsPersonalIdentityNumber } from './personal-data.js';

/**
 * A child, pseudonymously: an opaque reference, an age or a birth year-month, a district and the
 * languages the family speaks. Never a name or a personal identity number: unknown fields are refused,
 * and so is a reference that is a personal identity number.
 */
export const ChildSchema = z
  .strictObject({
    /** An opaque reference chosen by the referring unit (its case reference, a random code). */
    pseudonym: TextSchema.trim()
      .min(3)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, hyphens or underscores only')
      .refine(
        (v) => !containsPersonalIdentityNumber(v),
        'A personal identity number may not be used as a reference',
      ),
    age: z.number().int().min(0).max(25).optional(),
    birthYearMonth: TextSchema.regex(
      /^(19|20)\d{2}-(0[1-9]|1[0-2])$/,
      'Expected a year and month as YYYY-MM',
    ).optional(),
    districtId: DistrictIdSchema,
    languages: z.array(LanguageCodeSchema).default([]),
  })
  .refine((c) => c.age !== undefined || c.birthYearMonth !== undefined, {
    message: 'Give the age or the birth year and month',
    path: ['age'],
  });
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
