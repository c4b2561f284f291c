import { z } from 'zod';
import { DistrictIdSchema } from './district.js';
import { PlainLocalizedTextSchema, SlugSchema, TextSchema, WebAddressSchema } from './text.js';
import { VerificationFields } from './verification.js';
import { SourceCitationSchema } from './source.js';

/** Who runs a service. */
export const ProviderKindSchema = z.enum([
  'district_administration',
  'central_unit',
  'voluntary_organisation',
  'region',
  'church',
  'contractor',
]);
/** Who runs a service. */
export type ProviderKind = z.infer<typeof ProviderKindSchema>;

/** Labels for {@link ProviderKind}. */
export const PROVIDER_KIND_LABELS = {
  district_administration: { sv: 'Stadsdelsförvaltning', en: 'District administration' },
  central_unit: {
    sv: 'Central enhet (socialförvaltningen)',
    en: 'Central unit (social services department)',
  },
  voluntary_organisation: { sv: 'Idéburen organisation', en: 'Voluntary organisation' },
  region: { sv: 'Region Stockholm', en: 'Stockholm Region (health care)' },
  church: { sv: 'Kyrka', en: 'Church' },
  contractor: { sv: 'Upphandlad utförare', en: 'Contracted provider' },
} as const satisfies Record<ProviderKind, { sv: string; en: string }>;

/** An organisation that runs services. */
export const ProviderSchema = z.object({
  id: SlugSchema,
  kind: ProviderKindSchema,
  name: PlainLocalizedTextSchema,
  description: PlainLocalizedTextSchema,
  /** For a district administration: the district it serves. */
  districtId: DistrictIdSchema.optional(),
  website: WebAddressSchema.optional(),
  phone: TextSchema.min(3).max(40).optional(),
  email: z.email().max(254).optional(),
  sources: z.array(SourceCitationSchema).min(1, 'Cite at least one source'),
  ...VerificationFields,
});
/** An organisation that runs services. */
export type Provider = z.infer<typeof ProviderSchema>;
