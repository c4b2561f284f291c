import {
  err,
  ok,
  type District,
  type Need,
  type Provider,
  type Result,
  type Service,
} from '@lotsen/domain';
import { snapshotOf, type Catalogue } from '../catalogue.js';
import { CatalogueError } from '../errors.js';
import { NEEDS_TAXONOMY, hsdsId, uuidFor } from './ids.js';
import {
  AREA_NAMES,
  CONFIDENTIAL_VENUE_TEXT,
  COST_OPTION_TEXT,
  NEEDS_TAXONOMY_TEXT,
  districtVenueText,
  sessionSummary,
  swedishLanguageName,
} from './text.js';
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsCostOption,
  HsdsDistrictExtension,
  HsdsLanguage,
  HsdsLocation,
  HsdsOrganization,
  HsdsOrganizationSummary,
  HsdsPage,
  HsdsPhone,
  HsdsPublication,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsServiceListItem,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './types.js';
import { toUri } from './uri.js';

/** The HSDS version the export follows. */
export const HSDS_VERSION = '3.0';

/** The version of the Lotsen HSDS profile (`docs/hsds-profile.md`) the export follows. */
export const LOTSEN_HSDS_PROFILE_VERSION = '1.0';

/** Where the Lotsen HSDS profile is published; the default `profile` of an export. */
export const LOTSEN_HSDS_PROFILE_URI =
  'https://github.com/lotsen/lotsen/blob/main/packages/catalogue/docs/hsds-profile.md';

/** Options of {@link toHsds}. */
export interface HsdsExportOptions {
  /** The profile URI to name in the document. Defaults to {@link LOTSEN_HSDS_PROFILE_URI}. */
  readonly profile?: string;
  /**
   * A timestamp (ISO 8601) to record as `x_lotsen.generated_at`. Left out by default, so that the same
   * catalogue always exports to the same bytes.
   */
  readonly generatedAt?: string;
}

const STATUS = {
  active: 'active',
  inactive: 'inactive',
  defunct: 'defunct',
  temporarily_closed: 'temporarily closed',
} as const satisfies Record<Service['status'], HsdsService['status']>;

/** Looks up a record the catalogue guarantees exists; a miss means the catalogue was built wrongly. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Invariant broken: ${what} is not in the catalogue`);
  return value;
}

function organizationSummary(provider: Provider): HsdsOrganizationSummary {
  const website = provider.website === undefined ? undefined : toUri(provider.website);
  return {
    id: hsdsId('organization', provider.id),
    name: provider.name.sv,
    description: provider.description.sv,
    ...(website !== undefined ? { website } : {}),
    x_lotsen: {
      id: provider.id,
      kind: provider.kind,
      ...(provider.districtId !== undefined ? { district_id: provider.districtId } : {}),
      ...(website !== undefined && website !== provider.website
        ? { website_as_written: provider.website! }
        : {}),
      sources: provider.sources,
      en: { name: provider.name.en, description: provider.description.en },
      ...definedOnly('editorial', {
        email: provider.email,
        verifiedOn: provider.verifiedOn,
        verifiedBy: provider.verifiedBy,
      }),
    },
  };
}

/** `{ [key]: fields }` without its undefined fields, or `{}` when none is defined. */
type Defined<T> = { [F in keyof T]?: Exclude<T[F], undefined> };
function definedOnly<K extends string, T extends object>(
  key: K,
  fields: T,
): { [P in K]?: Defined<T> } {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return Object.keys(defined).length === 0 ? {} : ({ [key]: defined } as { [P in K]?: Defined<T> });
}

// Only a verifier that is an e-mail address is HSDS `assurer_email`; a staff id stays in x_lotsen.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The editorial fields of a service; the address never when its venue is confidential. */
function serviceEditorial(service: Service) {
  return definedOnly('editorial', {
    plainSummary: service.plainSummary,
    schedule: service.schedule,
    howToStart: service.howToStart,
    address: service.confidentialLocation ? undefined : service.contact.address,
    contactPointOnly: service.contact.contactPointOnly,
    verifiedBy: service.verifiedBy,
  });
}

/**
 * One service as an HSDS `service` with only its one-to-one fields and the nested organization: an
 * item of a `GET /services` page (`compiled/service_list.json`).
 *
 * @param catalogue - the catalogue the service belongs to (for its provider).
 * @param service - a service of that catalogue, e.g. one of `filterServices(...)`.
 */
export function toHsdsServiceListItem(catalogue: Catalogue, service: Service): HsdsServiceListItem {
  const provider = must(catalogue.provider(service.providerId), `provider "${service.providerId}"`);
  const url = service.contact.url === undefined ? undefined : toUri(service.contact.url);
  const { ages, eligibilityNote, cost, contact } = service;
  return {
    id: hsdsId('service', service.id),
    organization_id: hsdsId('organization', provider.id),
    name: service.name.sv,
    description: service.description.sv,
    ...(url !== undefined ? { url } : {}),
    ...(contact.email !== undefined ? { email: contact.email } : {}),
    status: STATUS[service.status],
    ...(contact.howTo !== undefined ? { application_process: contact.howTo.sv } : {}),
    ...(cost.note !== undefined ? { fees_description: cost.note.sv } : {}),
    ...(eligibilityNote !== undefined ? { eligibility_description: eligibilityNote.sv } : {}),
    ...(ages !== 'unknown' ? { minimum_age: ages.min, maximum_age: ages.max } : {}),
    ...(service.verifiedOn !== undefined ? { assured_date: service.verifiedOn } : {}),
    ...(service.verifiedBy !== undefined && EMAIL.test(service.verifiedBy)
      ? { assurer_email: service.verifiedBy }
      : {}),
    organization: organizationSummary(provider),
    x_lotsen: {
      id: service.id,
      kind: service.kind,
      participants: service.participants,
      access_routes: service.accessRoutes,
      // HSDS reads absent ages as "no limit"; say outright that the source is silent.
      ...(ages === 'unknown' ? { ages: 'unknown' as const } : {}),
      ...(service.agesInferred !== undefined ? { ages_inferred: service.agesInferred } : {}),
      ...(service.needsEstimated !== undefined ? { needs_estimated: service.needsEstimated } : {}),
      ...(service.plainSummary !== undefined ? { plain_summary: service.plainSummary } : {}),
      ...(service.method !== undefined ? { method: service.method } : {}),
      confidential_location: service.confidentialLocation,
      ...(url !== undefined && url !== service.contact.url
        ? { url_as_written: service.contact.url! }
        : {}),
      sources: service.sources,
      en: {
        name: service.name.en,
        description: service.description.en,
        ...(eligibilityNote !== undefined ? { eligibility_description: eligibilityNote.en } : {}),
        ...(cost.note !== undefined ? { fees_description: cost.note.en } : {}),
        ...(contact.howTo !== undefined ? { application_process: contact.howTo.en } : {}),
      },
      ...serviceEditorial(service),
    },
  };
}

function needTerm(need: Need): HsdsTaxonomyTerm {
  return {
    id: hsdsId('taxonomy_term', need.id),
    code: need.id,
    name: need.label.sv,
    description: need.description.sv,
    ...(need.parentId !== undefined ? { parent_id: hsdsId('taxonomy_term', need.parentId) } : {}),
    taxonomy: NEEDS_TAXONOMY,
    taxonomy_id: uuidFor('taxonomy', NEEDS_TAXONOMY),
    language: 'sv',
    x_lotsen: { kind: need.kind, en: { name: need.label.en, description: need.description.en } },
  };
}

function needsTaxonomy(): HsdsTaxonomy {
  return {
    id: uuidFor('taxonomy', NEEDS_TAXONOMY),
    name: NEEDS_TAXONOMY,
    description: NEEDS_TAXONOMY_TEXT.sv,
    version: LOTSEN_HSDS_PROFILE_VERSION,
    x_lotsen: { en: { description: NEEDS_TAXONOMY_TEXT.en } },
  };
}

/**
 * Where the service meets, as a location, or nothing when our data does not say. A confidential
 * venue gets a location of its own (never shared, so co-located services do not give it away) with
 * no address, coordinates or premises name: only the district, which our data already publishes as
 * the service's venue district.
 */
function venueLocation(catalogue: Catalogue, service: Service): HsdsLocation | undefined {
  if (service.venueDistrictId === undefined) return undefined;
  if (service.confidentialLocation) {
    const { name, description } = CONFIDENTIAL_VENUE_TEXT;
    return {
      id: uuidFor('location', 'confidential', service.id),
      location_type: 'physical',
      name: name.sv,
      description: description.sv,
      x_lotsen: {
        district_id: service.venueDistrictId,
        confidential: true,
        en: { name: name.en, description: description.en },
      },
    };
  }
  const district = must(
    catalogue.district(service.venueDistrictId),
    `district "${service.venueDistrictId}"`,
  );
  const { name, description } = districtVenueText(district.name);
  return {
    id: uuidFor('location', 'district', district.id),
    location_type: 'physical',
    name: name.sv,
    description: description.sv,
    x_lotsen: {
      district_id: district.id,
      confidential: false,
      en: { name: name.en, description: description.en },
    },
  };
}

function serviceAtLocation(
  serviceUuid: string,
  service: Service,
  location: HsdsLocation,
): HsdsServiceAtLocation {
  return {
    id: uuidFor('service_at_location', service.id),
    service_id: serviceUuid,
    location_id: location.id,
  };
}

function serviceAreas(
  catalogue: Catalogue,
  serviceUuid: string,
  service: Service,
): HsdsServiceArea[] {
  const { catchment } = service;
  if (catchment.kind !== 'districts') {
    const name = AREA_NAMES[catchment.kind];
    return [
      {
        id: uuidFor('service_area', service.id, catchment.kind),
        service_id: serviceUuid,
        name: name.sv,
        x_lotsen: { area: catchment.kind, en: { name: name.en } },
      },
    ];
  }
  return catchment.districtIds.map((id) => {
    const district = must(catalogue.district(id), `district "${id}"`);
    return {
      id: uuidFor('service_area', service.id, 'district', id),
      service_id: serviceUuid,
      name: district.name.sv,
      x_lotsen: { area: 'district', district_id: id, en: { name: district.name.en } },
    };
  });
}

function schedules(serviceUuid: string, service: Service): HsdsSchedule[] {
  const { count, cap, note } = service.sessions;
  const summary = sessionSummary(count, cap);
  if (!summary && !note) return [];
  return [
    {
      id: uuidFor('schedule', service.id),
      service_id: serviceUuid,
      // iCal COUNT is one number; a range such as 15-20 meetings stays in the extension only.
      ...(count !== undefined && count.min === count.max ? { count: count.min } : {}),
      ...(summary ? { description: summary.sv } : {}),
      ...(note ? { notes: note.sv } : {}),
      x_lotsen: {
        ...(count !== undefined ? { session_count: { min: count.min, max: count.max } } : {}),
        ...(cap !== undefined ? { session_cap: cap } : {}),
        en: {
          ...(summary ? { description: summary.en } : {}),
          ...(note ? { notes: note.en } : {}),
        },
      },
    },
  ];
}

function costOptions(serviceUuid: string, service: Service): HsdsCostOption[] {
  const { kind } = service.cost;
  if (kind === 'unknown') return [];
  const option = COST_OPTION_TEXT[kind];
  return [
    {
      id: uuidFor('cost_option', service.id),
      service_id: serviceUuid,
      option: option.sv,
      // A free service costs 0 SEK; for a fee our sources give no amount, so none is invented.
      ...(kind === 'free' ? { amount: 0, currency: 'SEK' } : {}),
      x_lotsen: { en: { option: option.en } },
    },
  ];
}

function phonesAndContacts(
  serviceUuid: string,
  service: Service,
): { phones: HsdsPhone[]; contacts: HsdsContact[] } {
  const { phone, email } = service.contact;
  const phones: HsdsPhone[] =
    phone === undefined
      ? []
      : [{ id: uuidFor('phone', 'service', service.id), service_id: serviceUuid, number: phone }];
  if (phone === undefined && email === undefined) return { phones, contacts: [] };
  const contactId = uuidFor('contact', 'service', service.id);
  const contactPhones: HsdsPhone[] =
    phone === undefined
      ? []
      : [{ id: uuidFor('phone', 'contact', service.id), contact_id: contactId, number: phone }];
  return {
    phones,
    contacts: [
      {
        id: contactId,
        service_id: serviceUuid,
        ...(email !== undefined ? { email } : {}),
        phones: contactPhones,
      },
    ],
  };
}

function languages(serviceUuid: string, service: Service): HsdsLanguage[] {
  return service.languages.map((code) => ({
    id: uuidFor('language', service.id, code),
    service_id: serviceUuid,
    code,
    name: swedishLanguageName(code),
  }));
}

function attributes(catalogue: Catalogue, serviceUuid: string, service: Service): HsdsAttribute[] {
  return service.needs.map((needId) => {
    const term = needTerm(must(catalogue.needs.get(needId), `need "${needId}"`));
    return {
      id: uuidFor('attribute', service.id, 'need', needId),
      link_id: serviceUuid,
      link_entity: 'service',
      link_type: 'need',
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    };
  });
}

function fullService(catalogue: Catalogue, service: Service): HsdsService {
  const item = toHsdsServiceListItem(catalogue, service);
  const location = venueLocation(catalogue, service);
  return {
    ...item,
    ...phonesAndContacts(item.id, service),
    schedules: schedules(item.id, service),
    service_areas: serviceAreas(catalogue, item.id, service),
    service_at_locations: location
      ? [{ ...serviceAtLocation(item.id, service, location), location }]
      : [],
    languages: languages(item.id, service),
    cost_options: costOptions(item.id, service),
    attributes: attributes(catalogue, item.id, service),
  };
}

const servicesByHsdsId = new WeakMap<Catalogue, Map<string, Service>>();

/**
 * One service as a fully nested HSDS `service`, as `GET /services/{id}` returns it (the compiled
 * service schema): organization, service areas, languages, contacts, phones, schedules, cost options,
 * need attributes and the service-at-location with its location.
 *
 * @param serviceId - our slug id (`mini-maria`) or the service's HSDS UUID.
 * @returns the service, or `NOT_FOUND` when the catalogue has no such service.
 */
export function toHsdsService(
  catalogue: Catalogue,
  serviceId: string,
): Result<HsdsService, CatalogueError> {
  catalogue = snapshotOf(catalogue);
  let byUuid = servicesByHsdsId.get(catalogue);
  if (!byUuid) {
    byUuid = new Map(catalogue.services.map((s) => [hsdsId('service', s.id), s]));
    servicesByHsdsId.set(catalogue, byUuid);
  }
  const service = catalogue.service(serviceId) ?? byUuid.get(serviceId.toLowerCase());
  if (!service) {
    return err(
      new CatalogueError('NOT_FOUND', `No service with id "${serviceId}"`, [
        { path: 'id', message: `No service with id "${serviceId}"` },
      ]),
    );
  }
  return ok(fullService(catalogue, service));
}

function districtExtension(d: District): HsdsDistrictExtension {
  return {
    id: d.id,
    name: d.name,
    aliases: d.aliases,
    neighbours: d.neighbours,
    valid_from: d.validFrom,
    ...(d.validTo !== undefined ? { valid_to: d.validTo } : {}),
    successor_ids: d.successorIds,
    ...(d.population0to20 !== undefined ? { population_0_to_20: d.population0to20 } : {}),
    sources: d.sources,
    ...(d.contact !== undefined ? { contact: d.contact } : {}),
  };
}

/**
 * The whole catalogue as one Open Referral HSDS 3.0 JSON document. Every object in it validates
 * against its HSDS 3.0 schema; ids are stable UUIDs derived from our slug ids; Swedish text is in the
 * HSDS fields and English and Lotsen-only facts in `x_lotsen` (see `docs/hsds-profile.md`).
 * {@link fromHsds} reads it back to the same catalogue data.
 *
 * @example
 * ```ts
 * const document = toHsds(stockholmCatalogue());
 * writeFileSync('catalogue.hsds.json', JSON.stringify(document, null, 2));
 * ```
 */
export function toHsds(catalogue: Catalogue, options: HsdsExportOptions = {}): HsdsPublication {
  const services = catalogue.services.map((s) => fullService(catalogue, s));
  const locations = new Map<string, HsdsLocation>();
  const serviceAtLocations: HsdsServiceAtLocation[] = [];
  for (const service of services) {
    for (const { location, ...link } of service.service_at_locations) {
      if (location && !locations.has(location.id)) locations.set(location.id, location);
      serviceAtLocations.push(link);
    }
  }
  const organizations: HsdsOrganization[] = catalogue.providers.map((provider) => {
    const summary = organizationSummary(provider);
    return {
      ...summary,
      phones:
        provider.phone === undefined
          ? []
          : [
              {
                id: uuidFor('phone', 'organization', provider.id),
                organization_id: summary.id,
                number: provider.phone,
              },
            ],
      services: catalogue.services
        .filter((s) => s.providerId === provider.id)
        .map((s) => {
          const { organization: _parent, ...item } = toHsdsServiceListItem(catalogue, s);
          return item;
        }),
    };
  });
  return {
    version: HSDS_VERSION,
    profile: options.profile ?? LOTSEN_HSDS_PROFILE_URI,
    organizations,
    services,
    locations: [...locations.values()],
    service_at_locations: serviceAtLocations,
    taxonomies: [needsTaxonomy()],
    taxonomy_terms: catalogue.needs.needs.map(needTerm),
    x_lotsen: {
      profile_version: LOTSEN_HSDS_PROFILE_VERSION,
      language: 'sv',
      districts: catalogue.districts.map(districtExtension),
      ...(options.generatedAt !== undefined ? { generated_at: options.generatedAt } : {}),
    },
  };
}

/**
 * Wraps one page of a list in the HSDS API `Page` envelope (`total_items`, `total_pages`,
 * `page_number`, `size`, `first_page`, `last_page`, `empty`, `contents`). `size` is the number of
 * items on this page; a page past the end is `empty`; an empty list has 0 pages and its page 1 is both
 * first and last.
 *
 * @param items - the whole filtered list, in order.
 * @param page - the 1-based page number (the API's `page` parameter).
 * @param perPage - the page length (the API's `per_page` parameter).
 * @returns the page, or `INVALID_QUERY` when `page` or `perPage` is not a positive whole number.
 *
 * @example
 * ```ts
 * const items = filtered.map((s) => toHsdsServiceListItem(catalogue, s));
 * const page = hsdsPage(items, 2, 50); // items 51-100
 * ```
 */
export function hsdsPage<T>(
  items: readonly T[],
  page: number,
  perPage: number,
): Result<HsdsPage<T>, CatalogueError> {
  const issues = [
    ...(Number.isSafeInteger(page) && page >= 1
      ? []
      : [{ path: 'page', message: 'Expected a whole number from 1' }]),
    ...(Number.isSafeInteger(perPage) && perPage >= 1
      ? []
      : [{ path: 'per_page', message: 'Expected a whole number from 1' }]),
  ];
  if (issues.length > 0) {
    return err(
      new CatalogueError(
        'INVALID_QUERY',
        issues.map((i) => `${i.path}: ${i.message}`).join('; '),
        issues,
      ),
    );
  }
  const totalPages = Math.ceil(items.length / perPage);
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return ok({
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  });
}
