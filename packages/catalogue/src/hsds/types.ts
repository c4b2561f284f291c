import type {
  AgeInference,
  AccessRoute,
  District,
  NeedKind,
  Provider,
  Service,
  ProviderKind,
  ServiceKind,
  SourceCitation,
} from '@lotsen/domain';

// The HSDS 3.0 objects Lotsen writes, typed with only the fields we fill. Field names follow the
// official schemas (`hsds-schema/v3.0/` of the reference folder) exactly (snake_case), so a value of these types serialises to
// a valid HSDS object. Our own data rides in one `x_lotsen` object per HSDS object (see
// `docs/hsds-profile.md`); HSDS allows extra properties.

/** The English versions of the Swedish HSDS text fields of one object, keyed by the HSDS field name. */
export type HsdsEnglish<K extends string> = { readonly [P in K]?: string };

/** HSDS `phone`. */
export interface HsdsPhone {
  readonly id: string;
  readonly organization_id?: string;
  readonly service_id?: string;
  readonly contact_id?: string;
  readonly number: string;
  readonly type?: string;
}

/** HSDS `contact`: how to reach a service, without naming a person. */
export interface HsdsContact {
  readonly id: string;
  readonly service_id: string;
  readonly email?: string;
  readonly phones: readonly HsdsPhone[];
}

/** Lotsen's extension on a `schedule`: the session facts HSDS has no field for. */
export interface HsdsScheduleExtension {
  /** Number of meetings in a series, both ends inclusive (`{ min: 15, max: 20 }`). */
  readonly session_count?: { readonly min: number; readonly max: number };
  /** The most sessions offered ("at most 5 talks"). */
  readonly session_cap?: number;
  readonly en: HsdsEnglish<'description' | 'notes'>;
}

/** HSDS `schedule`: the shape of a series of sessions. Written only when the source says something. */
export interface HsdsSchedule {
  readonly id: string;
  readonly service_id: string;
  /** iCal COUNT: set only when the series has one fixed number of meetings. */
  readonly count?: number;
  /** A Swedish summary of the session facts, for readers that ignore `x_lotsen`. */
  readonly description?: string;
  /** The source's own note on sessions, in Swedish. */
  readonly notes?: string;
  readonly x_lotsen: HsdsScheduleExtension;
}

/** Which area a `service_area` stands for. */
export type HsdsAreaExtension =
  | { readonly area: 'district'; readonly district_id: string; readonly en: HsdsEnglish<'name'> }
  | { readonly area: 'city' | 'county'; readonly en: HsdsEnglish<'name'> };

/** HSDS `service_area`: one per district in a service's catchment, or the city, or the county. */
export interface HsdsServiceArea {
  readonly id: string;
  readonly service_id: string;
  readonly name: string;
  readonly x_lotsen: HsdsAreaExtension;
}

/** HSDS `language`: a language a service is delivered in. */
export interface HsdsLanguage {
  readonly id: string;
  readonly service_id: string;
  /** ISO 639-1 (or 639-3) code, as in our data. */
  readonly code: string;
  /** The language's Swedish name, derived from the code. */
  readonly name: string;
}

/** HSDS `cost_option`. */
export interface HsdsCostOption {
  readonly id: string;
  readonly service_id: string;
  readonly option: string;
  /** `0` for a free service; absent when the source gives no amount. */
  readonly amount?: number;
  readonly currency?: string;
  readonly x_lotsen: { readonly en: HsdsEnglish<'option'> };
}

/** Lotsen's extension on a need's `taxonomy_term`. */
export interface HsdsTermExtension {
  readonly kind: NeedKind;
  readonly en: HsdsEnglish<'name' | 'description'>;
}

/** HSDS `taxonomy_term`: one need of the `lotsen-needs` taxonomy. */
export interface HsdsTaxonomyTerm {
  readonly id: string;
  /** Our need id (`parental-substance-abuse`). */
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly parent_id?: string;
  readonly taxonomy: string;
  readonly taxonomy_id: string;
  readonly language: string;
  readonly x_lotsen: HsdsTermExtension;
}

/** HSDS `taxonomy`. */
export interface HsdsTaxonomy {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly version: string;
  readonly x_lotsen: { readonly en: HsdsEnglish<'description'> };
}

/** HSDS `attribute`: links a service to one need term. */
export interface HsdsAttribute {
  readonly id: string;
  readonly link_id: string;
  readonly link_entity: 'service';
  readonly link_type: 'need';
  readonly taxonomy_term_id: string;
  readonly taxonomy_term: HsdsTaxonomyTerm;
}

/** Lotsen's extension on a `location`. */
export interface HsdsLocationExtension {
  /** The district the location is in. */
  readonly district_id?: string;
  /**
   * True for a venue that must not be published. Such a location has no address, no coordinates and
   * no name of the premises, and belongs to one service only.
   */
  readonly confidential: boolean;
  readonly en: HsdsEnglish<'name' | 'description'>;
}

/** HSDS `location`: where a service meets, at district level (we keep no street addresses). */
export interface HsdsLocation {
  readonly id: string;
  readonly location_type: 'physical';
  readonly name: string;
  readonly description: string;
  readonly x_lotsen: HsdsLocationExtension;
}

/** HSDS `service_at_location`. `location` is nested in a full service, left out in the flat list. */
export interface HsdsServiceAtLocation {
  readonly id: string;
  readonly service_id: string;
  readonly location_id: string;
  readonly location?: HsdsLocation;
}

/** Lotsen's extension on an `organization`. */
export interface HsdsOrganizationExtension {
  /** Our slug id (`sdf-bromma`). */
  readonly id: string;
  readonly kind: ProviderKind;
  readonly district_id?: string;
  /** The website as written in our data, when it had to be percent-encoded for `website`. */
  readonly website_as_written?: string;
  readonly sources: readonly SourceCitation[];
  readonly en: HsdsEnglish<'name' | 'description'>;
  /** What editors keep beyond the reports: e-mail and verification, as the domain has them. */
  readonly editorial?: Pick<Provider, 'email' | 'verifiedOn' | 'verifiedBy'>;
}

/** HSDS `organization` with only one-to-one fields, as nested in a service. */
export interface HsdsOrganizationSummary {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly website?: string;
  readonly x_lotsen: HsdsOrganizationExtension;
}

/** HSDS `organization` as published: with its phones and its services (list items). */
export interface HsdsOrganization extends HsdsOrganizationSummary {
  readonly phones: readonly HsdsPhone[];
  /**
   * The organization's services as `compiled/service_list.json` items, without the nested
   * `organization` (it is this one). The fully nested services are in the publication's `services`.
   */
  readonly services: readonly Omit<HsdsServiceListItem, 'organization'>[];
}

/** Lotsen's extension on a `service`: the facts HSDS has no field for, and the English text. */
export interface HsdsServiceExtension {
  /** Our slug id (`bromma-komet-3-11`). */
  readonly id: string;
  readonly kind: ServiceKind;
  readonly participants: readonly ('child' | 'parent' | 'young_adult')[];
  readonly access_routes: readonly AccessRoute[];
  /** `"unknown"` when the source gives no ages; then `minimum_age`/`maximum_age` are absent. */
  readonly ages?: 'unknown';
  /** The band the name or kind implies where the source gives none, marked as an inference. */
  readonly ages_inferred?: AgeInference;
  /** `true` when the source names no target group and the needs are our estimate. */
  readonly needs_estimated?: boolean;
  /** The description in plain words for families, in Swedish and English (`plainSummary`). */
  readonly plain_summary?: { readonly sv: string; readonly en: string };
  readonly method?: string;
  /** Where the service meets must not be published. */
  readonly confidential_location: boolean;
  /** The URL as written in our data, when it had to be percent-encoded for `url`. */
  readonly url_as_written?: string;
  readonly sources: readonly SourceCitation[];
  readonly en: HsdsEnglish<
    'name' | 'description' | 'eligibility_description' | 'fees_description' | 'application_process'
  >;
  /**
   * What editors keep beyond the reports, as the domain has it: plain summary, schedule, how to
   * start, address (never for a confidential venue), contact point only, who verified it.
   */
  readonly editorial?: HsdsServiceEditorial;
}

/** The editorial fields of a service in `x_lotsen.editorial`. */
export interface HsdsServiceEditorial {
  readonly plainSummary?: Service['plainSummary'];
  readonly schedule?: Service['schedule'];
  readonly howToStart?: Service['howToStart'];
  readonly address?: string;
  readonly contactPointOnly?: boolean;
  readonly verifiedBy?: string;
}

/** HSDS `service` with only one-to-one fields: a `GET /services` page item (`compiled/service_list.json`). */
export interface HsdsServiceListItem {
  readonly id: string;
  readonly organization_id: string;
  readonly name: string;
  readonly description: string;
  readonly url?: string;
  readonly email?: string;
  readonly status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  readonly application_process?: string;
  readonly fees_description?: string;
  readonly eligibility_description?: string;
  readonly minimum_age?: number;
  readonly maximum_age?: number;
  /** When the entry was last confirmed with the provider (`verifiedOn`). */
  readonly assured_date?: string;
  /** Who confirmed it, when that is an e-mail address (`verifiedBy`). */
  readonly assurer_email?: string;
  readonly organization: HsdsOrganizationSummary;
  readonly x_lotsen: HsdsServiceExtension;
}

/** A fully nested HSDS `service`, as `GET /services/{id}` returns it. */
export interface HsdsService extends HsdsServiceListItem {
  readonly phones: readonly HsdsPhone[];
  readonly schedules: readonly HsdsSchedule[];
  readonly service_areas: readonly HsdsServiceArea[];
  readonly service_at_locations: readonly HsdsServiceAtLocation[];
  readonly languages: readonly HsdsLanguage[];
  readonly contacts: readonly HsdsContact[];
  readonly cost_options: readonly HsdsCostOption[];
  readonly attributes: readonly HsdsAttribute[];
}

/** A district as kept in the publication's `x_lotsen.districts` (HSDS has no district object). */
export interface HsdsDistrictExtension {
  readonly id: string;
  readonly name: { readonly sv: string; readonly en: string };
  readonly aliases: readonly string[];
  readonly neighbours: readonly string[];
  readonly valid_from: string;
  readonly valid_to?: string;
  readonly successor_ids: readonly string[];
  readonly population_0_to_20?: {
    readonly year: number;
    readonly count: number;
    readonly source: SourceCitation;
  };
  readonly sources: readonly SourceCitation[];
  /** How the district's social services are reached, once an editor entered it. */
  readonly contact?: District['contact'];
}

/** The publication's own extension. */
export interface HsdsPublicationExtension {
  /** The version of the Lotsen HSDS profile the document follows. */
  readonly profile_version: string;
  /** The language of the HSDS text fields (`sv`); English is in each object's `x_lotsen.en`. */
  readonly language: 'sv';
  readonly districts: readonly HsdsDistrictExtension[];
  /** When the document was written, if the caller said (left out by default so exports are stable). */
  readonly generated_at?: string;
}

/**
 * A whole catalogue as one HSDS 3.0 JSON document: the core objects as top-level arrays, each
 * object valid against its HSDS schema, plus Lotsen's `x_lotsen` extension.
 */
export interface HsdsPublication {
  /** The HSDS version, as in the API's `GET /` response. */
  readonly version: '3.0';
  /** URI of the Lotsen HSDS profile. */
  readonly profile: string;
  readonly organizations: readonly HsdsOrganization[];
  readonly services: readonly HsdsService[];
  readonly locations: readonly HsdsLocation[];
  readonly service_at_locations: readonly HsdsServiceAtLocation[];
  readonly taxonomies: readonly HsdsTaxonomy[];
  readonly taxonomy_terms: readonly HsdsTaxonomyTerm[];
  readonly x_lotsen: HsdsPublicationExtension;
}

/** The HSDS API `Page` envelope (`components.schemas.Page` of `openapi.json`) around a list. */
export interface HsdsPage<T> {
  readonly total_items: number;
  readonly total_pages: number;
  readonly page_number: number;
  readonly size: number;
  readonly first_page: boolean;
  readonly last_page: boolean;
  readonly empty: boolean;
  readonly contents: readonly T[];
}
