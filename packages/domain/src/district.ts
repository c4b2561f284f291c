import { z } from 'zod';
import {
  IsoDateSchema,
  LocalizedTextSchema,
  PlainLocalizedTextSchema,
  SlugSchema,
  TextSchema,
  WebAddressSchema,
} from './text.js';
import { SourceCitationSchema } from './source.js';

/** The id of a district administration (stadsdelsförvaltning), e.g. `rinkeby-kista`. */
export const DistrictIdSchema = SlugSchema;
/** The id of a district. */
export type DistrictId = z.infer<typeof DistrictIdSchema>;

/**
 * How a district's social services are reached (the intake, socialtjänstens mottagning): where
 * worried parents and staff are sent when a child may be at risk. Its district's editors and the
 * coordination team keep it.
 */
export const DistrictContactSchema = z.object({
  phone: TextSchema.trim().min(3).max(40).optional(),
  email: z.email().max(254).optional(),
  url: WebAddressSchema.optional(),
  /** Opening hours and what to say, in words. */
  note: PlainLocalizedTextSchema.optional(),
});
/** How a district's social services are reached. */
export type DistrictContact = z.infer<typeof DistrictContactSchema>;

/**
 * A district of the city. Districts are merged and renamed from time to time, so each has validity
 * dates and, once it ends, the districts that took over (`successorIds`).
 */
export const DistrictSchema = z
  .object({
    id: DistrictIdSchema,
    name: LocalizedTextSchema,
    /** Names people type: areas within the district, short forms, older names ("Söder", "Järva", "Årsta"). */
    aliases: z.array(TextSchema.trim().min(1)),
    /** Districts that share a border, used to offer the nearest group when the own district has none. */
    neighbours: z.array(DistrictIdSchema),
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.optional(),
    successorIds: z.array(DistrictIdSchema).default([]),
    /** Residents aged 0–20, with the year and the source, for rates per 1,000. */
    population0to20: z
      .object({
        year: z.number().int(),
        count: z.number().int().nonnegative(),
        source: SourceCitationSchema,
      })
      .optional(),
    sources: z.array(SourceCitationSchema).min(1, 'Cite at least one source'),
    /** How its social services' intake is reached, once someone has entered it. */
    contact: DistrictContactSchema.optional(),
  })
  .refine((d) => !d.validTo || d.validTo >= d.validFrom, {
    message: 'validTo must not be before validFrom',
    path: ['validTo'],
  })
  .refine((d) => !d.neighbours.includes(d.id), {
    message: 'A district is not its own neighbour',
    path: ['neighbours'],
  });
/** A district of the city. */
export type District = z.infer<typeof DistrictSchema>;

/** True when the district is in force on the given date (`YYYY-MM-DD`). */
export function isDistrictValidOn(district: District, date: string): boolean {
  return district.validFrom <= date && (!district.validTo || date <= district.validTo);
}
