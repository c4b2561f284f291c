import {
  AgeBandSchema,
  DistrictContactSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  NeedIdSchema,
  NeedKindSchema,
  ProviderSchema,
  STANDARD_NEEDS,
  ServiceSchema,
  SlugSchema,
  SourceCitationSchema,
  TextSchema,
  WebAddressSchema,
  err,
  ok,
  toInputIssues,
  type District,
  type InputIssue,
  type Need,
  type Provider,
  type Result,
  type Service,
  LanguageCodeSchema,
} from '@lotsen/domain';
import { z } from 'zod';
import { createCatalogue, type CatalogueData } from '../catalogue.js';
import { CatalogueError } from '../errors.js';
import { NEEDS_TAXONOMY } from './ids.js';
import { fromUri } from './uri.js';

// The import reads the Lotsen profile of HSDS 3.0 (docs/hsds-profile.md). It parses the document
// with zod schemas that follow the HSDS field names, so every problem is reported with its path in
// the document (`services.3.x_lotsen.en.name`). HSDS fields are read where HSDS has the fact
// (Swedish text, ages, status, languages, needs, catchment, venue); `x_lotsen` only for the rest.
// Unknown properties are ignored, so a document enriched by other HSDS tools still imports.

const Uuid = z.guid('Expected a UUID');
const Sv = LocalizedTextSchema.shape.sv;
const En = LocalizedTextSchema.shape.en;
const Phone = TextSchema.min(3);

const OrganizationIn = z.object({
  id: Uuid,
  name: Sv,
  description: Sv,
  website: WebAddressSchema.optional(),
  phones: z
    .array(z.object({ number: Phone }))
    .max(1, 'Lotsen keeps one phone per organization')
    .default([]),
  x_lotsen: z.object({
    id: SlugSchema,
    kind: ProviderSchema.shape.kind,
    district_id: SlugSchema.optional(),
    website_as_written: TextSchema.optional(),
    sources: ProviderSchema.shape.sources,
    en: z.object({ name: En, description: En }),
    editorial: ProviderSchema.pick({ email: true, verifiedOn: true, verifiedBy: true }).optional(),
  }),
});

const LocationIn = z.object({
  id: Uuid,
  addresses: z.array(z.unknown()).optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  x_lotsen: z.object({ district_id: SlugSchema, confidential: z.boolean() }),
});
type LocationIn = z.infer<typeof LocationIn>;

const ServiceIn = z.object({
  id: Uuid,
  organization_id: Uuid,
  name: Sv,
  description: Sv,
  url: WebAddressSchema.optional(),
  email: z.email().optional(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  application_process: Sv.optional(),
  fees_description: Sv.optional(),
  eligibility_description: Sv.optional(),
  minimum_age: z.number().optional(),
  maximum_age: z.number().optional(),
  phones: z
    .array(z.object({ number: Phone }))
    .max(1, 'Lotsen keeps one phone per service')
    .default([]),
  schedules: z
    .array(
      z.object({
        count: z.number().int().positive().optional(),
        notes: Sv.optional(),
        x_lotsen: z
          .object({
            session_count: AgeBandSchema.optional(),
            session_cap: z.number().int().positive().optional(),
            en: z.object({ notes: En.optional() }).default({}),
          })
          .default({ en: {} }),
      }),
    )
    .max(1, 'Lotsen keeps one schedule per service')
    .default([]),
  service_areas: z
    .array(
      z.object({
        x_lotsen: z.discriminatedUnion('area', [
          z.object({ area: z.literal('district'), district_id: SlugSchema }),
          z.object({ area: z.literal('city') }),
          z.object({ area: z.literal('county') }),
        ]),
      }),
    )
    .min(1, 'Name the area the service is for'),
  service_at_locations: z
    .array(z.object({ location_id: Uuid, location: z.unknown().optional() }))
    .max(1, 'Lotsen keeps one venue per service')
    .default([]),
  languages: z.array(z.object({ code: LanguageCodeSchema })).default([]),
  cost_options: z
    .array(z.object({ amount: z.number().optional() }))
    .max(1, 'Lotsen keeps one cost option per service')
    .default([]),
  attributes: z
    .array(
      z.object({
        taxonomy_term_id: Uuid.optional(),
        taxonomy_term: z.object({ id: Uuid }).loose().optional(),
      }),
    )
    .default([]),
  x_lotsen: z.object({
    id: SlugSchema,
    kind: ServiceSchema.shape.kind,
    participants: ServiceSchema.shape.participants,
    access_routes: ServiceSchema.shape.accessRoutes,
    ages: z.literal('unknown').optional(),
    ages_inferred: ServiceSchema.shape.agesInferred,
    needs_estimated: ServiceSchema.shape.needsEstimated,
    plain_summary: ServiceSchema.shape.plainSummary,
    method: ServiceSchema.shape.method,
    confidential_location: z.boolean(),
    url_as_written: TextSchema.optional(),
    sources: ServiceSchema.shape.sources,
    en: z.object({
      name: En,
      description: En,
      eligibility_description: En.optional(),
      fees_description: En.optional(),
      application_process: En.optional(),
    }),
    editorial: z
      .object({
        plainSummary: ServiceSchema.shape.plainSummary,
        schedule: ServiceSchema.shape.schedule,
        howToStart: ServiceSchema.shape.howToStart,
        address: ServiceSchema.shape.contact.unwrap().shape.address,
        contactPointOnly: ServiceSchema.shape.contact.unwrap().shape.contactPointOnly,
        verifiedBy: ServiceSchema.shape.verifiedBy,
      })
      .optional(),
  }),
  assured_date: ServiceSchema.shape.verifiedOn,
  assurer_email: TextSchema.optional(),
});
type ServiceIn = z.infer<typeof ServiceIn>;

const TermRef = z
  .object({ id: Uuid, taxonomy: TextSchema.optional(), taxonomy_id: Uuid.optional() })
  .loose();

const NeedTermIn = z.object({
  id: Uuid,
  code: NeedIdSchema,
  name: Sv,
  description: Sv,
  parent_id: Uuid.optional(),
  x_lotsen: z.object({ kind: NeedKindSchema, en: z.object({ name: En, description: En }) }),
});

const DistrictIn = z.object({
  id: SlugSchema,
  name: LocalizedTextSchema,
  aliases: z.array(TextSchema.trim().min(1)),
  neighbours: z.array(SlugSchema),
  valid_from: IsoDateSchema,
  valid_to: IsoDateSchema.optional(),
  successor_ids: z.array(SlugSchema).default([]),
  population_0_to_20: z
    .object({
      year: z.number().int(),
      count: z.number().int().nonnegative(),
      source: SourceCitationSchema,
    })
    .optional(),
  sources: z.array(SourceCitationSchema).min(1, 'Cite at least one source'),
  contact: DistrictContactSchema.optional(),
});

const PublicationIn = z.object({
  version: TextSchema.regex(/^3\./, 'Expected an HSDS 3.x document').optional(),
  organizations: z.array(OrganizationIn),
  services: z.array(ServiceIn),
  locations: z.array(LocationIn).default([]),
  taxonomies: z.array(z.object({ id: Uuid, name: TextSchema }).loose()).default([]),
  taxonomy_terms: z.array(TermRef).default([]),
  x_lotsen: z.object({ districts: z.array(DistrictIn) }),
});
type PublicationIn = z.infer<typeof PublicationIn>;

/** Collects issues with document paths while mapping. */
class Issues {
  readonly list: InputIssue[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}

/** Swedish in the HSDS field and English in `x_lotsen.en` must come as a pair. */
function pair(
  sv: string | undefined,
  en: string | undefined,
  path: string,
  field: string,
  issues: Issues,
): { sv: string; en: string } | undefined {
  if (sv !== undefined && en !== undefined) return { sv, en };
  if (sv !== undefined) issues.add(`${path}.x_lotsen.en.${field}`, 'English text is required');
  if (en !== undefined) issues.add(`${path}.${field}`, 'Swedish text is required');
  return undefined;
}

function toDistrict(d: z.infer<typeof DistrictIn>): District {
  return {
    id: d.id,
    name: d.name,
    aliases: d.aliases,
    neighbours: d.neighbours,
    validFrom: d.valid_from,
    ...(d.valid_to !== undefined ? { validTo: d.valid_to } : {}),
    successorIds: d.successor_ids,
    ...(d.population_0_to_20 !== undefined ? { population0to20: d.population_0_to_20 } : {}),
    sources: d.sources,
    ...(d.contact !== undefined ? { contact: d.contact } : {}),
  };
}

function toProvider(o: z.infer<typeof OrganizationIn>): Provider {
  const x = o.x_lotsen;
  const phone = o.phones[0]?.number;
  return {
    id: x.id,
    kind: x.kind,
    name: { sv: o.name, en: x.en.name },
    description: { sv: o.description, en: x.en.description },
    ...(x.district_id !== undefined ? { districtId: x.district_id } : {}),
    ...(o.website !== undefined ? { website: fromUri(o.website, x.website_as_written) } : {}),
    ...(phone !== undefined ? { phone } : {}),
    sources: x.sources,
    ...x.editorial,
  };
}

interface Lookups {
  readonly providerByOrgId: ReadonlyMap<string, string>;
  readonly locationById: ReadonlyMap<string, unknown>;
  readonly termById: ReadonlyMap<string, z.infer<typeof TermRef>>;
  readonly needsTaxonomyId: string | undefined;
}

function isNeedTerm(term: z.infer<typeof TermRef>, lookups: Lookups): boolean {
  return (
    term.taxonomy === NEEDS_TAXONOMY ||
    (term.taxonomy_id !== undefined && term.taxonomy_id === lookups.needsTaxonomyId)
  );
}

function catchmentOf(s: ServiceIn, path: string, issues: Issues): Service['catchment'] | undefined {
  const areas = s.service_areas.map((a) => a.x_lotsen);
  const wide = areas.find((a) => a.area !== 'district');
  if (wide) {
    if (areas.length > 1) {
      issues.add(
        `${path}.service_areas`,
        `A ${wide.area}-wide service has exactly one service area`,
      );
      return undefined;
    }
    return { kind: wide.area };
  }
  return {
    kind: 'districts',
    districtIds: areas.flatMap((a) => (a.area === 'district' ? [a.district_id] : [])),
  };
}

function agesOf(s: ServiceIn, path: string, issues: Issues): Service['ages'] | undefined {
  const { minimum_age: min, maximum_age: max } = s;
  if (min === undefined && max === undefined) return 'unknown';
  if (s.x_lotsen.ages === 'unknown') {
    issues.add(
      `${path}.x_lotsen.ages`,
      'Ages are "unknown" but minimum_age or maximum_age is given',
    );
    return undefined;
  }
  if (min === undefined || max === undefined) {
    issues.add(
      `${path}.${min === undefined ? 'minimum_age' : 'maximum_age'}`,
      'Give both minimum_age and maximum_age, or neither',
    );
    return undefined;
  }
  const band = AgeBandSchema.safeParse({ min, max });
  if (!band.success) {
    issues.add(
      `${path}.minimum_age`,
      'Expected whole-year ages from 0 to 120, minimum not above maximum',
    );
    return undefined;
  }
  return band.data;
}

function venueOf(
  s: ServiceIn,
  path: string,
  lookups: Lookups,
  issues: Issues,
): { venueDistrictId?: string } | undefined {
  const link = s.service_at_locations[0];
  if (!link) return {};
  const linkPath = `${path}.service_at_locations.0`;
  const raw = link.location ?? lookups.locationById.get(link.location_id);
  if (raw === undefined) {
    issues.add(`${linkPath}.location_id`, `Unknown location "${link.location_id}"`);
    return undefined;
  }
  const parsed = LocationIn.safeParse(raw);
  if (!parsed.success) {
    const base = link.location !== undefined ? `${linkPath}.location` : `${linkPath}.location_id`;
    for (const i of toInputIssues(parsed.error))
      issues.add(i.path ? `${base}.${i.path}` : base, i.message);
    return undefined;
  }
  const location: LocationIn = parsed.data;
  if (s.x_lotsen.confidential_location || location.x_lotsen.confidential) {
    // The profile's one hard privacy rule: a confidential venue never travels with an address.
    if (
      (location.addresses?.length ?? 0) > 0 ||
      location.latitude !== undefined ||
      location.longitude !== undefined
    ) {
      issues.add(
        `${linkPath}.location`,
        'A confidential location must not carry an address or coordinates',
      );
      return undefined;
    }
  }
  return { venueDistrictId: location.x_lotsen.district_id };
}

function needsOf(
  s: ServiceIn,
  path: string,
  lookups: Lookups,
  issues: Issues,
): { needs: string[]; attributeIndex: number[] } | undefined {
  const needs: string[] = [];
  const attributeIndex: number[] = [];
  let ok = true;
  s.attributes.forEach((a, i) => {
    const termId = a.taxonomy_term_id ?? a.taxonomy_term?.id;
    // An attribute without a term (HSDS allows one) says nothing about needs.
    if (termId === undefined) return;
    const nested = a.taxonomy_term === undefined ? undefined : TermRef.safeParse(a.taxonomy_term);
    const term = lookups.termById.get(termId) ?? (nested?.success ? nested.data : undefined);
    if (!term) {
      issues.add(`${path}.attributes.${i}.taxonomy_term_id`, `Unknown taxonomy term "${termId}"`);
      ok = false;
      return;
    }
    // Attributes of other taxonomies are someone else's enrichment: not ours to read.
    if (!isNeedTerm(term, lookups)) return;
    const code = NeedIdSchema.safeParse(term.code);
    if (!code.success) {
      issues.add(`${path}.attributes.${i}.taxonomy_term_id`, 'The need term has no valid code');
      ok = false;
      return;
    }
    needs.push(code.data);
    attributeIndex.push(i);
  });
  if (!ok) return undefined;
  if (needs.length === 0) {
    issues.add(`${path}.attributes`, `Link at least one term of the "${NEEDS_TAXONOMY}" taxonomy`);
    return undefined;
  }
  return { needs, attributeIndex };
}

function toService(
  s: ServiceIn,
  path: string,
  lookups: Lookups,
  issues: Issues,
): { service: Service; attributeIndex: number[] } | undefined {
  const x = s.x_lotsen;
  const before = issues.list.length;
  const providerId = lookups.providerByOrgId.get(s.organization_id);
  if (providerId === undefined)
    issues.add(`${path}.organization_id`, `Unknown organization "${s.organization_id}"`);
  const eligibilityNote = pair(
    s.eligibility_description,
    x.en.eligibility_description,
    path,
    'eligibility_description',
    issues,
  );
  const costNote = pair(
    s.fees_description,
    x.en.fees_description,
    path,
    'fees_description',
    issues,
  );
  const howTo = pair(
    s.application_process,
    x.en.application_process,
    path,
    'application_process',
    issues,
  );
  const schedule = s.schedules[0];
  const sessionNote = schedule
    ? pair(schedule.notes, schedule.x_lotsen.en.notes, `${path}.schedules.0`, 'notes', issues)
    : undefined;
  const catchment = catchmentOf(s, path, issues);
  const ages = agesOf(s, path, issues);
  const venue = venueOf(s, path, lookups, issues);
  const needs = needsOf(s, path, lookups, issues);
  if (
    issues.list.length > before ||
    !catchment ||
    !ages ||
    !venue ||
    !needs ||
    providerId === undefined
  )
    return undefined;

  const count =
    schedule?.x_lotsen.session_count ??
    (schedule?.count !== undefined ? { min: schedule.count, max: schedule.count } : undefined);
  const cap = schedule?.x_lotsen.session_cap;
  const cost = s.cost_options[0];
  const phone = s.phones[0]?.number;
  const url = s.url === undefined ? undefined : fromUri(s.url, x.url_as_written);
  const service: Service = {
    id: x.id,
    providerId,
    name: { sv: s.name, en: x.en.name },
    description: { sv: s.description, en: x.en.description },
    kind: x.kind,
    needs: needs.needs,
    ages,
    ...(x.ages_inferred !== undefined ? { agesInferred: x.ages_inferred } : {}),
    ...(x.needs_estimated !== undefined ? { needsEstimated: x.needs_estimated } : {}),
    ...(x.plain_summary !== undefined ? { plainSummary: x.plain_summary } : {}),
    participants: x.participants,
    accessRoutes: x.access_routes,
    catchment,
    sessions: {
      ...(count !== undefined ? { count } : {}),
      ...(cap !== undefined ? { cap } : {}),
      ...(sessionNote !== undefined ? { note: sessionNote } : {}),
    },
    languages: s.languages.map((l) => l.code),
    cost: {
      // A cost option of 0 is how the profile writes "free"; any other option is a fee.
      kind: cost === undefined ? 'unknown' : cost.amount === 0 ? 'free' : 'fee',
      ...(costNote !== undefined ? { note: costNote } : {}),
    },
    contact: {
      ...(phone !== undefined ? { phone } : {}),
      ...(s.email !== undefined ? { email: s.email } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(howTo !== undefined ? { howTo } : {}),
      ...(x.editorial?.address !== undefined ? { address: x.editorial.address } : {}),
      ...(x.editorial?.contactPointOnly !== undefined
        ? { contactPointOnly: x.editorial.contactPointOnly }
        : {}),
    },
    ...(venue.venueDistrictId !== undefined ? { venueDistrictId: venue.venueDistrictId } : {}),
    confidentialLocation: x.confidential_location,
    ...(x.method !== undefined ? { method: x.method } : {}),
    ...(eligibilityNote !== undefined ? { eligibilityNote } : {}),
    status: s.status === 'temporarily closed' ? 'temporarily_closed' : s.status,
    sources: x.sources,
    ...(x.editorial?.plainSummary !== undefined ? { plainSummary: x.editorial.plainSummary } : {}),
    ...(x.editorial?.schedule !== undefined ? { schedule: x.editorial.schedule } : {}),
    ...(x.editorial?.howToStart !== undefined ? { howToStart: x.editorial.howToStart } : {}),
    ...(s.assured_date !== undefined ? { verifiedOn: s.assured_date } : {}),
    // The verifier as written: a staff id rides in x_lotsen, an e-mail in assurer_email too.
    ...((x.editorial?.verifiedBy ?? s.assurer_email) !== undefined
      ? { verifiedBy: (x.editorial?.verifiedBy ?? s.assurer_email)! }
      : {}),
  };
  return { service, attributeIndex: needs.attributeIndex };
}

function extraNeedsOf(
  doc: PublicationIn,
  raw: readonly unknown[],
  lookups: Lookups,
  issues: Issues,
): { needs: Need[]; termIndex: number[] } {
  const standard = new Set(STANDARD_NEEDS.map((n) => n.id));
  const codeById = new Map<string, string>();
  const parsed: { term: z.infer<typeof NeedTermIn>; index: number }[] = [];
  doc.taxonomy_terms.forEach((ref, index) => {
    if (!isNeedTerm(ref, lookups)) return;
    const term = NeedTermIn.safeParse(raw[index]);
    if (!term.success) {
      for (const i of toInputIssues(term.error))
        issues.add(`taxonomy_terms.${index}${i.path ? `.${i.path}` : ''}`, i.message);
      return;
    }
    codeById.set(term.data.id, term.data.code);
    parsed.push({ term: term.data, index });
  });
  const needs: Need[] = [];
  const termIndex: number[] = [];
  // The standard needs live in @lotsen/domain; only the catalogue's additions come from the document.
  for (const { term, index } of parsed) {
    if (standard.has(term.code)) continue;
    let parentId: string | undefined;
    if (term.parent_id !== undefined) {
      parentId = codeById.get(term.parent_id);
      if (parentId === undefined) {
        issues.add(`taxonomy_terms.${index}.parent_id`, `Unknown parent term "${term.parent_id}"`);
        continue;
      }
    }
    needs.push({
      id: term.code,
      label: { sv: term.name, en: term.x_lotsen.en.name },
      description: { sv: term.description, en: term.x_lotsen.en.description },
      kind: term.x_lotsen.kind,
      ...(parentId !== undefined ? { parentId } : {}),
    });
    termIndex.push(index);
  }
  return { needs, termIndex };
}

const DISTRICT_FIELDS: Record<string, string> = {
  validFrom: 'valid_from',
  validTo: 'valid_to',
  successorIds: 'successor_ids',
  population0to20: 'population_0_to_20',
};

/**
 * Where in the document a catalogue-level problem (a dangling reference, a duplicate id) comes from.
 * Records keep their order through the mapping, so index `i` of the data is index `i` of the document.
 */
function documentPath(
  path: string,
  attributeIndex: readonly number[][],
  termIndex: readonly number[],
): string {
  const [record, index, field, ...rest] = path.split('.');
  const i = Number(index);
  switch (record) {
    case 'districts':
      return [
        'x_lotsen',
        'districts',
        index,
        ...(field ? [DISTRICT_FIELDS[field] ?? field] : []),
        ...rest,
      ].join('.');
    case 'providers':
      if (field === 'id') return `organizations.${index}.x_lotsen.id`;
      if (field === 'districtId') return `organizations.${index}.x_lotsen.district_id`;
      return `organizations.${index}`;
    case 'services':
      if (field === 'id') return `services.${index}.x_lotsen.id`;
      if (field === 'providerId') return `services.${index}.organization_id`;
      if (field === 'needs' && rest[0] !== undefined) {
        return `services.${index}.attributes.${attributeIndex[i]?.[Number(rest[0])] ?? ''}`.replace(
          /\.$/,
          '',
        );
      }
      if (field === 'catchment' && rest[0] === 'districtIds' && rest[1] !== undefined) {
        return `services.${index}.service_areas.${rest[1]}.x_lotsen.district_id`;
      }
      if (field === 'venueDistrictId') return `services.${index}.service_at_locations.0`;
      return `services.${index}`;
    case 'extraNeeds':
      return termIndex[i] === undefined ? 'taxonomy_terms' : `taxonomy_terms.${termIndex[i]}`;
    default:
      return path;
  }
}

function invalid(issues: readonly InputIssue[], cause?: unknown): CatalogueError {
  const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  return new CatalogueError(
    'INVALID_DATA',
    `Invalid HSDS document: ${shown.join('; ')}${more}`,
    issues,
    {
      ...(cause !== undefined ? { cause } : {}),
    },
  );
}

/**
 * Reads an HSDS 3.0 document written by {@link toHsds} (the Lotsen profile, `docs/hsds-profile.md`)
 * back into catalogue data. Never throws: a document that does not follow the profile, or that would
 * give an invalid catalogue (a dangling reference, a repeated id), is `INVALID_DATA` with the path in
 * the document of every problem.
 *
 * @param document - the parsed JSON document (not the JSON text).
 * @returns data that {@link createCatalogue} accepts; `toHsds` then `fromHsds` gives back the data of
 *   the catalogue that was exported.
 *
 * @example
 * ```ts
 * const data = fromHsds(JSON.parse(readFileSync('catalogue.hsds.json', 'utf8')));
 * if (!data.ok) console.error(data.error.issues); // [{ path: 'services.3.x_lotsen.en.name', ... }]
 * ```
 */
export function fromHsds(document: unknown): Result<CatalogueData, CatalogueError> {
  const parsed = PublicationIn.safeParse(document);
  if (!parsed.success) return err(invalid(toInputIssues(parsed.error), parsed.error));
  const doc = parsed.data;
  // The raw terms, so that need terms are checked in full while other taxonomies' terms pass untouched.
  const rawTerms = (document as { taxonomy_terms?: unknown[] }).taxonomy_terms ?? [];

  const issues = new Issues();
  const lookups: Lookups = {
    providerByOrgId: new Map(doc.organizations.map((o) => [o.id, o.x_lotsen.id])),
    locationById: new Map(doc.locations.map((l) => [l.id, l])),
    termById: new Map(doc.taxonomy_terms.map((t) => [t.id, t])),
    needsTaxonomyId: doc.taxonomies.find((t) => t.name === NEEDS_TAXONOMY)?.id,
  };

  const districts = doc.x_lotsen.districts.map(toDistrict);
  const providers = doc.organizations.map(toProvider);
  const services: Service[] = [];
  const attributeIndex: number[][] = [];
  doc.services.forEach((s, i) => {
    const mapped = toService(s, `services.${i}`, lookups, issues);
    if (mapped) {
      services.push(mapped.service);
      attributeIndex.push(mapped.attributeIndex);
    }
  });
  const extra = extraNeedsOf(doc, rawTerms, lookups, issues);
  if (issues.list.length > 0) return err(invalid(issues.list));

  const data: CatalogueData = { districts, providers, services, extraNeeds: extra.needs };
  // The domain schemas and the reference checks of createCatalogue catch what the profile schemas
  // cannot see alone (a URL that is no URL, a district that does not exist, a repeated id).
  const catalogue = createCatalogue(data);
  if (!catalogue.ok) {
    const located = catalogue.error.issues.map((i) => {
      const at = documentPath(i.path, attributeIndex, extra.termIndex);
      return {
        path: at,
        message: at === i.path ? i.message : `${i.message} (catalogue field ${i.path})`,
      };
    });
    return err(invalid(located, catalogue.error));
  }
  return ok(catalogue.value.toData());
}
