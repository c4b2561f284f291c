import { z } from 'zod';
import { DistrictSchema } from './district.js';
import { NeedSchema } from './need.js';
import { ProviderSchema } from './provider.js';
import { ServiceSchema } from './service.js';

/**
 * The raw content of a service catalogue: what the data files and an HSDS import produce and what
 * storage keeps. Only the shape lives here; cross-references (a service's provider, a need's id) are
 * `@lotsen/catalogue`'s to check when it builds a catalogue from this data.
 */
export const CatalogueDataSchema = z.object({
  districts: z.array(DistrictSchema),
  providers: z.array(ProviderSchema),
  services: z.array(ServiceSchema),
  /** Needs beyond the standard taxonomy (`STANDARD_NEEDS`). */
  extraNeeds: z.array(NeedSchema).default([]),
});
/** The raw content of a catalogue. */
export type CatalogueData = z.infer<typeof CatalogueDataSchema>;
/** Catalogue content as written, before defaults are applied (`extraNeeds` may be left out). */
export type CatalogueDataInput = z.input<typeof CatalogueDataSchema>;
