import {
  AccessRouteSchema,
  ChildAgeSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  MS_PER_DAY,
  NeedIdSchema,
  ServiceKindSchema,
  TextSchema,
  err,
  isDistrictValidOn,
  isGroupKind,
  ok,
  toInputIssues,
  type AccessRoute,
  type District,
  type LocalizedText,
  type Provider,
  type Result,
  type Service,
  type ServiceKind,
} from '@lotsen/domain';
import { z } from 'zod';
import { snapshotOf, type Catalogue } from './catalogue.js';
import { CatalogueError } from './errors.js';
import { eligibleAgeBand } from './age-inference.js';
import { countsAsGroupSupport } from './group-support.js';

/** What a user asks: the child's circumstances, and optionally the kinds of support and ways in. */
export const MatchQuerySchema = z.strictObject({
  /** The child's age in whole years. */
  age: ChildAgeSchema,
  /** The district the child lives in. */
  districtId: TextSchema.min(1),
  /** What the child or family needs support with. */
  needs: z.array(NeedIdSchema).min(1, 'Name at least one need').max(20),
  /** A language the family prefers (ISO 639-1), to prefer services that offer it. */
  language: LanguageCodeSchema.optional(),
  /** Only these kinds of support. */
  kinds: z.array(ServiceKindSchema).min(1).optional(),
  /** Only services reachable these ways (e.g. a parent who wants to contact a service directly). */
  accessRoutes: z.array(AccessRouteSchema).min(1).optional(),
  /** The child recently lived through violence: individual crisis talks come before a group. */
  recentViolence: z.boolean().default(false),
  /** Someone fears the child is at risk. Never matched: routed to social services. */
  protectionConcern: z.boolean().default(false),
  /** The date to match on (district validity, next start); defaults to today. */
  date: IsoDateSchema.optional(),
  /** How many results at most. */
  limit: z.number().int().min(1).max(200).default(20),
});
/** A match query as sent by a user (defaults not yet applied). */
export type MatchQueryInput = z.input<typeof MatchQuerySchema>;
/** A validated match query. */
export type MatchQuery = z.output<typeof MatchQuerySchema>;

/** What is known about a service's next group: from the cohorts the coordination team plans. */
export interface ServiceAvailability {
  /** The earliest start date of a cohort that is planned or open. */
  readonly nextStart?: string;
  /** Places left across its planned and open cohorts. */
  readonly placesLeft: number;
}

/** Why a result is in the list, or what to know about it. */
export type MatchReasonCode =
  | 'need_fits'
  | 'need_related'
  | 'age_fits'
  | 'age_inferred'
  | 'age_unknown'
  | 'for_parent'
  | 'need_estimated'
  | 'own_district'
  | 'neighbour_district'
  | 'city_wide'
  | 'county_wide'
  | 'access_direct'
  | 'access_self_referral'
  | 'access_staff_referral'
  | 'access_aid_decision'
  | 'places_left'
  | 'waitlist'
  | 'no_planned_cohort'
  | 'language_offered'
  | 'language_not_listed'
  | 'after_crisis_talks';

/** One reason, with a text to show in Swedish and English. */
export interface MatchReason {
  readonly code: MatchReasonCode;
  readonly text: LocalizedText;
}

/** How near the service is to the child, best first. */
export type Locality = 'own_district' | 'neighbour_district' | 'city_wide' | 'county_wide';

/**
 * How sure the match is that the service takes the child's age: the source states a band that holds
 * it, a band inferred from the service's name or kind holds it, or nothing is known.
 */
export type AgeFit = 'stated' | 'inferred' | 'unknown';

/** One service in a match, with every reason it is there. */
export interface MatchResult {
  readonly service: Service;
  readonly provider: Provider;
  /** 1 for the best match. */
  readonly rank: number;
  readonly locality: Locality;
  /** How sure the age fit is (stated ranks above inferred, inferred above unknown). */
  readonly fit: AgeFit;
  /**
   * True for a service only for adults (its participants are parents): it is in a child's answer as
   * support for the parent, ranks below every service for the child, and a `for_parent` reason says so.
   */
  readonly forParent: boolean;
  readonly reasons: readonly MatchReason[];
  readonly availability?: ServiceAvailability;
}

/** Something the user should know about the whole answer. */
export type MatchNoticeCode =
  'protection_route' | 'crisis_talks_first' | 'no_local_group' | 'no_match' | 'district_replaced';

/** A notice on the whole answer. */
export interface MatchNotice {
  readonly code: MatchNoticeCode;
  readonly text: LocalizedText;
}

/** The answer to a match query. */
export interface MatchAnswer {
  readonly query: MatchQuery;
  readonly results: readonly MatchResult[];
  readonly notices: readonly MatchNotice[];
  /** How many services passed the hard eligibility checks (before `limit`). */
  readonly eligibleCount: number;
}

const LOCALITY_ORDER: Record<Locality, number> = {
  own_district: 0,
  neighbour_district: 1,
  city_wide: 2,
  county_wide: 3,
};

const ACCESS_ORDER: Record<AccessRoute, number> = {
  direct_intake: 0,
  self_referral: 0,
  staff_referral: 1,
  aid_decision: 2,
};

/** Per-service facts computed once per catalogue, so a query is a cheap scan. */
interface ServiceIndex {
  readonly service: Service;
  readonly provider: Provider;
  /** The age reason (`age_fits`, `age_inferred` or `age_unknown`), the same for every query. */
  readonly ageReason: MatchReason;
  /** The band a child's age must be in: the stated one, else the inferred one. */
  readonly band: { readonly min: number; readonly max: number } | undefined;
  readonly fit: AgeFit;
  /** Only for adults: shown to a child as support for the parent. */
  readonly forParent: boolean;
  readonly needsEstimated: boolean;
  /** {@link countsAsGroupSupport}: in the own district, no `no_local_group` notice. */
  readonly groupSupport: boolean;
  /** For a service of named districts: its `neighbour_district` reason, which names them all. */
  readonly neighbourReason: MatchReason | undefined;
  /** A reason per access route, easiest first. */
  readonly accessReasons: readonly MatchReason[];
  /** The service's needs plus everything they refine or are refined by. */
  readonly relatedNeeds: ReadonlySet<string>;
  readonly exactNeeds: ReadonlySet<string>;
  readonly districts: ReadonlySet<string> | undefined;
  readonly group: boolean;
  readonly easiestAccess: number;
  /** Position in Swedish alphabetical order of names (then ids): the final tie-breaker. */
  readonly order: number;
}

/** The services in alphabetical order, and for each need the positions of the services it relates to. */
interface CatalogueIndex {
  readonly entries: readonly ServiceIndex[];
  readonly byNeed: ReadonlyMap<string, readonly number[]>;
  /** Position of each district in `locality`. */
  readonly districtPosition: ReadonlyMap<string, number>;
  /**
   * Locality of every service for every district, precomputed (`entries.length` × districts):
   * `LOCALITY_ORDER` of it, or {@link OUT_OF_AREA}. A query then reads one byte per service.
   */
  readonly locality: Uint8Array;
  /** Scratch space for one query's ranking keys; matching is synchronous, so one buffer serves all. */
  readonly keys: Float64Array;
  /** The `own_district` reason of each district. */
  readonly ownDistrictReasons: ReadonlyMap<string, MatchReason>;
  /** The `need_fits` reason of each need, for the common query of one need. */
  readonly needFits: Map<string, MatchReason>;
  /** Reasons and notices that depend on a few query values, by a key of those values; see {@link shared}. */
  readonly texts: Map<string, MatchReason | MatchNotice>;
  /**
   * The `no_local_group` notice of each district, by the position of the nearest group plus one (0:
   * none): given by most answers, so found without building a key.
   */
  readonly noLocalGroup: Map<string, MatchNotice[]>;
}

/*
 * Reasons and notices are made once and shared by every answer that gives them (frozen, so no
 * caller can change another's): most of an answer's text then costs no work per query, and callers
 * can cache what they derive from one reason object (the API caches its JSON).
 */

/** A reason or notice, frozen. */
function frozen<C extends string>(code: C, sv: string, en: string) {
  return Object.freeze({ code, text: Object.freeze({ sv, en }) });
}

// Keys are made from query values (ids of needs, a language code), so their number has no bound
// of its own: past this many the cache starts over rather than grow.
const TEXTS_LIMIT = 10_000;

/** The shared reason or notice under `key`, made by `make` the first time. */
function shared<T extends MatchReason | MatchNotice>(
  index: CatalogueIndex,
  key: string,
  make: () => T,
): T {
  let value = index.texts.get(key) as T | undefined;
  if (value === undefined) {
    if (index.texts.size >= TEXTS_LIMIT) index.texts.clear();
    value = make();
    index.texts.set(key, value);
  }
  return value;
}

const OUT_OF_AREA = 255;
const LOCALITIES: readonly Locality[] = [
  'own_district',
  'neighbour_district',
  'city_wide',
  'county_wide',
];

const indexes = new WeakMap<Catalogue, CatalogueIndex>();

/**
 * Builds the matching index of a catalogue now rather than at its first query: a live catalogue
 * calls it before it swaps a new snapshot in, so that no request waits for it.
 */
export function prepareMatching(catalogue: Catalogue): void {
  indexCatalogue(catalogue);
}

function indexCatalogue(live: Catalogue): CatalogueIndex {
  // Keyed on the immutable snapshot: a live catalogue's index changes with it.
  const catalogue = snapshotOf(live);
  const cached = indexes.get(catalogue);
  if (cached) return cached;
  const allNeeds = catalogue.needs.needs.map((n) => n.id);
  // Sorting by name once here keeps locale-aware comparison out of every query.
  const collator = new Intl.Collator('sv');
  const built = catalogue.services
    .filter((s) => s.status === 'active')
    .sort(
      (a, b) => collator.compare(a.name.sv, b.name.sv) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((service, order): ServiceIndex => {
      const relatedNeeds = new Set<string>();
      for (const own of service.needs) {
        for (const other of allNeeds)
          if (catalogue.needs.related(own, other)) relatedNeeds.add(other);
      }
      const districts =
        service.catchment.kind === 'districts' ? new Set(service.catchment.districtIds) : undefined;
      return {
        service,
        // createCatalogue guarantees every providerId resolves.
        provider: catalogue.provider(service.providerId)!,
        ageReason: ageReason(service),
        band: eligibleAgeBand(service),
        fit: ageFit(service),
        forParent: isForParent(service),
        needsEstimated: service.needsEstimated === true,
        groupSupport: countsAsGroupSupport(service),
        neighbourReason: districts && neighbourReason(districts, catalogue),
        accessReasons: [...service.accessRoutes]
          .sort((a, b) => ACCESS_ORDER[a] - ACCESS_ORDER[b])
          .map((route) => ACCESS_REASONS[route]),
        relatedNeeds,
        exactNeeds: new Set(service.needs),
        districts,
        group: isGroupKind(service.kind),
        easiestAccess: Math.min(...service.accessRoutes.map((r) => ACCESS_ORDER[r])),
        order,
      };
    });
  // A query only ever looks at services related to one of its needs, so it starts from these lists
  // instead of scanning the whole catalogue.
  const byNeed = new Map<string, number[]>();
  for (const entry of built) {
    for (const need of entry.relatedNeeds) {
      const list = byNeed.get(need);
      if (list) list.push(entry.order);
      else byNeed.set(need, [entry.order]);
    }
  }
  const districtPosition = new Map(catalogue.districts.map((d, i) => [d.id, i]));
  const locality = new Uint8Array(built.length * catalogue.districts.length).fill(OUT_OF_AREA);
  catalogue.districts.forEach((district, d) => {
    for (const entry of built) {
      const where = localityOf(entry, district);
      if (where) locality[entry.order * catalogue.districts.length + d] = LOCALITY_ORDER[where];
    }
  });
  const index = {
    entries: built,
    byNeed,
    districtPosition,
    locality,
    keys: new Float64Array(built.length),
    ownDistrictReasons: new Map(
      catalogue.districts.map((district) => [
        district.id,
        frozen('own_district', `Finns i ${district.name.sv}`, `Available in ${district.name.en}`),
      ]),
    ),
    needFits: new Map(),
    texts: new Map(),
    noLocalGroup: new Map(),
  };
  indexes.set(catalogue, index);
  return index;
}

/** The positions of the services related to any of the needs, each once. */
function candidatePositions(index: CatalogueIndex, needs: readonly string[]): readonly number[] {
  if (needs.length === 1) return index.byNeed.get(needs[0]!) ?? [];
  const seen = new Uint8Array(index.entries.length);
  const positions: number[] = [];
  for (const need of needs) {
    for (const position of index.byNeed.get(need) ?? []) {
      if (seen[position] === 0) {
        seen[position] = 1;
        positions.push(position);
      }
    }
  }
  return positions;
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

function localityOf(entry: ServiceIndex, district: District): Locality | undefined {
  switch (entry.service.catchment.kind) {
    case 'city':
      return 'city_wide';
    case 'county':
      return 'county_wide';
    case 'districts':
      if (entry.districts!.has(district.id)) return 'own_district';
      return district.neighbours.some((n) => entry.districts!.has(n))
        ? 'neighbour_district'
        : undefined;
  }
}

function neighbourReason(districts: ReadonlySet<string>, catalogue: Catalogue): MatchReason {
  const names = [...districts].map((id) => catalogue.district(id)?.name ?? t(id, id));
  return frozen(
    'neighbour_district',
    `Finns i grannstadsdelen ${names.map((n) => n.sv).join(', ')}; kräver överenskommelse mellan stadsdelarna`,
    `Available in the neighbouring district ${names.map((n) => n.en).join(', ')}; needs an arrangement between the districts`,
  );
}

const CITY_WIDE_REASON = frozen(
  'city_wide',
  'För barn och familjer i hela staden',
  'For children and families across the city',
);
const COUNTY_WIDE_REASON = frozen(
  'county_wide',
  'För hela Stockholms län',
  'For the whole of Stockholm County',
);

function localityReason(
  locality: Locality,
  entry: ServiceIndex,
  district: District,
  index: CatalogueIndex,
): MatchReason {
  switch (locality) {
    case 'own_district':
      return index.ownDistrictReasons.get(district.id)!;
    case 'neighbour_district':
      // Only a service of named districts can be in a neighbouring one.
      return entry.neighbourReason!;
    case 'city_wide':
      return CITY_WIDE_REASON;
    case 'county_wide':
      return COUNTY_WIDE_REASON;
  }
}

/**
 * How sure a match can be of a service's ages: `stated` where the source gives a band, `inferred`
 * where only its name or kind implies one (`agesInferred`), else `unknown`. The same for every query,
 * so a result's {@link MatchResult.fit} is this.
 */
export function ageFit(service: Pick<Service, 'ages' | 'agesInferred'>): AgeFit {
  if (service.ages !== 'unknown') return 'stated';
  return service.agesInferred ? 'inferred' : 'unknown';
}

const AGE_FIT_ORDER: Record<AgeFit, number> = { stated: 0, inferred: 1, unknown: 2 };

/**
 * A service whose participants are all adults (the catalogue's `parent`): in a child's answer it is
 * support for the parent, so a result's {@link MatchResult.forParent} is this.
 */
export function isForParent(service: Pick<Service, 'participants'>): boolean {
  return !service.participants.some((p) => p === 'child' || p === 'young_adult');
}

const FOR_PARENT_REASON = frozen(
  'for_parent',
  'Stöd till föräldern, inte till barnet självt',
  'Support for the parent, not for the child',
);
const NEED_ESTIMATED_REASON = frozen(
  'need_estimated',
  'Källan anger inte vilka barn gruppen är för; behovet är en uppskattning. Fråga verksamheten.',
  'The source does not say which children the group is for; the need is an estimate. Ask the provider.',
);

function ageReason(service: Service): MatchReason {
  if (service.ages !== 'unknown') {
    return frozen(
      'age_fits',
      `För ${service.ages.min}–${service.ages.max} år`,
      `For ages ${service.ages.min}–${service.ages.max}`,
    );
  }
  const inferred = service.agesInferred;
  if (inferred) {
    const { min, max } = inferred.band;
    const ages =
      max >= 120
        ? { sv: `${min} år och äldre`, en: `${min} and older` }
        : { sv: `${min}–${max} år`, en: `ages ${min}–${max}` };
    const why =
      inferred.from === 'name'
        ? { sv: `namnet (”${inferred.evidence}”)`, en: `its name ("${inferred.evidence}")` }
        : { sv: 'typen av stöd', en: 'the kind of support' };
    return frozen(
      'age_inferred',
      `Troligen för ${ages.sv}: källan anger ingen ålder, men ${why.sv} tyder på det. Fråga om åldern när ni hör av er.`,
      `Probably for ${ages.en}: the source gives no age, but ${why.en} suggests so. Ask about the age when you get in touch.`,
    );
  }
  return frozen(
    'age_unknown',
    'Åldersgränsen anges inte i källan: kontrollera med verksamheten',
    'The source gives no age band: check with the provider',
  );
}

const ACCESS_REASONS: Record<AccessRoute, MatchReason> = {
  direct_intake: frozen(
    'access_direct',
    'Direktintag utan utredning: familjen kan börja utan beslut',
    'Direct intake without an investigation: the family can start without a decision',
  ),
  self_referral: frozen(
    'access_self_referral',
    'Familjen eller den unga kan själv ta kontakt',
    'The family or young person can get in touch on their own',
  ),
  staff_referral: frozen(
    'access_staff_referral',
    'Tar emot remiss från personal',
    'Takes referrals from staff',
  ),
  aid_decision: frozen(
    'access_aid_decision',
    'Kräver biståndsbeslut enligt SoL 4 kap. 1 §',
    'Needs an aid decision under SoL 4:1',
  ),
};

const NO_PLANNED_COHORT_REASON = frozen(
  'no_planned_cohort',
  'Ingen planerad grupp registrerad ännu',
  'No planned group registered yet',
);
const WAITLIST_REASON = frozen(
  'waitlist',
  'Fullt just nu: väntelista',
  'Full at the moment: waiting list',
);
const AFTER_CRISIS_TALKS_REASON = frozen(
  'after_crisis_talks',
  'Gruppen passar efter enskilda krissamtal',
  'The group fits after individual crisis talks',
);
const CRISIS_TALKS_FIRST_NOTICE = frozen(
  'crisis_talks_first',
  'När våldet är nyligt behöver barnet oftast enskilda krissamtal innan en grupp (som i Trappan-modellen).',
  'When the violence is recent, the child usually needs individual crisis talks before a group (as in the Trappan model).',
);

function availabilityReason(availability: ServiceAvailability | undefined): MatchReason {
  if (!availability) return NO_PLANNED_COHORT_REASON;
  if (availability.placesLeft > 0) {
    const start = availability.nextStart;
    return {
      code: 'places_left',
      text: t(
        `${availability.placesLeft} platser kvar${start ? `, nästa start ${start}` : ''}`,
        `${availability.placesLeft} places left${start ? `, next start ${start}` : ''}`,
      ),
    };
  }
  return WAITLIST_REASON;
}

function availabilityOrder(availability: ServiceAvailability | undefined): number {
  if (!availability) return 1;
  return availability.placesLeft > 0 ? 0 : 2;
}

/** The criteria of a ranking, most important first; see {@link rankKey}. */
interface RankCriteria {
  /** 0 for the child, 1 for the parent only: a service for adults never ranks above one for the child. */
  readonly audience: number;
  /** 0–2: the child's crisis talks, other, groups when violence is recent; else 0. */
  readonly stage: number;
  /** 0 when the source states the need, 1 when it is our estimate. */
  readonly needEstimated: number;
  /** {@link AGE_FIT_ORDER}. */
  readonly fit: number;
  readonly locality: number;
  readonly availability: number;
  readonly access: number;
  readonly language: number;
  readonly relatedOnly: number;
}

/**
 * Packs the ranking criteria, most important first, into one number (mixed radix: 2, 3, 2, 3, 4, 3,
 * 3, 2, 2 values), with the service's alphabetical position as the last digit, so that ranking is
 * one numeric sort and a key decodes back to its service. The largest key (5,184 × services) stays
 * far below 2^53.
 */
function rankKey(c: RankCriteria, order: number, serviceCount: number): number {
  let key = c.audience;
  key = key * 3 + c.stage;
  key = key * 2 + c.needEstimated;
  key = key * 3 + c.fit;
  key = key * 4 + c.locality;
  key = key * 3 + c.availability;
  key = key * 3 + c.access;
  key = key * 2 + c.language;
  key = key * 2 + c.relatedOnly;
  return key * serviceCount + order;
}

function needNames(catalogue: Catalogue, ids: readonly string[], lang: 'sv' | 'en'): string {
  return ids.map((id) => catalogue.needs.label(id, lang).toLowerCase()).join(', ');
}

/** Why a service fits the asked needs: exactly (`need_fits`) or through a related need. */
function needReason(
  index: CatalogueIndex,
  entry: ServiceIndex,
  needs: readonly string[],
  catalogue: Catalogue,
): MatchReason {
  if (needs.length === 1 && entry.exactNeeds.has(needs[0]!)) {
    // The common case, one need that the service names: no list to build.
    return needFits(index, catalogue, needs[0]!);
  }
  const exact = needs.filter((n) => entry.exactNeeds.has(n));
  if (exact.length === 1) return needFits(index, catalogue, exact[0]!);
  if (exact.length > 1) {
    return shared(index, `need_fits:${exact.join(',')}`, () => needFitsReason(catalogue, exact));
  }
  const related = needs.filter((n) => entry.relatedNeeds.has(n));
  return shared(index, `need_related:${entry.order}:${related.join(',')}`, () =>
    frozen(
      'need_related',
      `Närliggande behov: ${needNames(catalogue, entry.service.needs, 'sv')} (du sökte ${needNames(catalogue, related, 'sv')})`,
      `Related need: ${needNames(catalogue, entry.service.needs, 'en')} (you asked about ${needNames(catalogue, related, 'en')})`,
    ),
  );
}

/** The `need_fits` reason of one need, made once per need. */
function needFits(index: CatalogueIndex, catalogue: Catalogue, need: string): MatchReason {
  let reason = index.needFits.get(need);
  if (reason === undefined) {
    reason = needFitsReason(catalogue, [need]);
    index.needFits.set(need, reason);
  }
  return reason;
}

function needFitsReason(catalogue: Catalogue, needs: readonly string[]): MatchReason {
  return frozen(
    'need_fits',
    `Riktar sig till ${needNames(catalogue, needs, 'sv')}`,
    `Meant for ${needNames(catalogue, needs, 'en')}`,
  );
}

function languageReason(index: CatalogueIndex, language: string, offered: boolean): MatchReason {
  return offered
    ? shared(index, `language_offered:${language}`, () =>
        frozen(
          'language_offered',
          `Erbjuds på språket ${language}`,
          `Offered in the language ${language}`,
        ),
      )
    : shared(index, `language_not_listed:${language}`, () =>
        frozen(
          'language_not_listed',
          `Språket ${language} anges inte; fråga om tolk`,
          `The language ${language} is not listed; ask about an interpreter`,
        ),
      );
}

/** Validates a match query; never throws. Unknown districts and needs are reported with their paths. */
export function parseMatchQuery(
  catalogue: Catalogue,
  input: unknown,
): Result<MatchQuery, CatalogueError> {
  const parsed = MatchQuerySchema.safeParse(input);
  if (!parsed.success) {
    const issues = toInputIssues(parsed.error);
    return err(
      new CatalogueError('INVALID_QUERY', 'Invalid match query', issues, { cause: parsed.error }),
    );
  }
  return checkReferences(catalogue, parsed.data);
}

/** The query if its district and needs exist in the catalogue, else INVALID_QUERY with their paths. */
function checkReferences(
  catalogue: Catalogue,
  query: MatchQuery,
): Result<MatchQuery, CatalogueError> {
  const issues = [];
  if (!catalogue.district(query.districtId)) {
    issues.push({ path: 'districtId', message: `Unknown district "${query.districtId}"` });
  }
  query.needs.forEach((need, i) => {
    if (!catalogue.needs.get(need))
      issues.push({ path: `needs.${i}`, message: `Unknown need "${need}"` });
  });
  if (issues.length > 0)
    return err(new CatalogueError('INVALID_QUERY', 'Invalid match query', issues));
  return ok(query);
}

/**
 * Finds the services that fit a child, best first, each with the reasons it is there.
 *
 * Hard eligibility first (need, age, catchment: own district, a neighbour, city- or county-wide;
 * kinds and access routes when asked), then ranking by locality, availability, ease of access,
 * certainty about the age band and how exactly the need fits. Deterministic: ties are broken by name.
 *
 * Safety: a protection concern (the flag or a protection need) is never answered with services; the
 * answer is empty and carries a notice that routes to social services. When violence is recent,
 * individual crisis talks rank before groups and a notice says so.
 *
 * Reasons and notices are frozen objects shared by every answer that gives them (all but
 * `places_left`, which counts places).
 *
 * @param availability next start and places left per service id, from planned cohorts
 *
 * @example
 * ```ts
 * const answer = matchServices(stockholmCatalogue(), { age: 10, districtId: 'skarholmen', needs: ['parental-substance-abuse'] });
 * if (answer.ok) answer.value.results.map((r) => r.service.name.sv);
 * ```
 */
export function matchServices(
  catalogue: Catalogue,
  input: MatchQueryInput,
  availability: ReadonlyMap<string, ServiceAvailability> = new Map(),
): Result<MatchAnswer, CatalogueError> {
  const parsed = parseMatchQuery(catalogue, input);
  if (!parsed.ok) return parsed;
  return ok(answerQuery(catalogue, parsed.value, availability));
}

/**
 * {@link matchServices} for a query that has already passed {@link MatchQuerySchema} (or a schema
 * extending it), for example in an HTTP route's body schema, so that it is not parsed twice. Only
 * its references are checked here: an unknown district or need is `INVALID_QUERY` with its path.
 *
 * @example
 * ```ts
 * const query = MatchQuerySchema.parse(body); // or: a route already validated the body
 * const answer = matchValidatedQuery(stockholmCatalogue(), query);
 * ```
 */
export function matchValidatedQuery(
  catalogue: Catalogue,
  query: MatchQuery,
  availability: ReadonlyMap<string, ServiceAvailability> = new Map(),
): Result<MatchAnswer, CatalogueError> {
  const checked = checkReferences(catalogue, query);
  if (!checked.ok) return checked;
  return ok(answerQuery(catalogue, query, availability));
}

let day = '';
let dayStarts = 0;

/** Today's date (UTC), as `YYYY-MM-DD`; worked out again only when the day changes. */
function today(): string {
  const now = Date.now();
  // Also when the clock goes back (a test that sets it, say).
  if (now < dayStarts || now >= dayStarts + MS_PER_DAY) {
    dayStarts = Math.floor(now / MS_PER_DAY) * MS_PER_DAY;
    day = new Date(dayStarts).toISOString().slice(0, 10);
  }
  return day;
}

/** The answer to a valid query whose district and needs exist. */
function answerQuery(
  catalogue: Catalogue,
  query: MatchQuery,
  availability: ReadonlyMap<string, ServiceAvailability>,
): MatchAnswer {
  const index = indexCatalogue(catalogue);
  const district = catalogue.district(query.districtId)!;
  const notices: MatchNotice[] = [];
  const date = query.date ?? today();

  if (!isDistrictValidOn(district, date) && district.successorIds.length > 0) {
    notices.push(
      shared(index, `district_replaced:${district.id}`, () => {
        const successors = district.successorIds.map(
          (id) => catalogue.district(id)?.name ?? t(id, id),
        );
        return frozen(
          'district_replaced',
          `${district.name.sv} har ersatts av ${successors.map((s) => s.sv).join(', ')}`,
          `${district.name.en} has been replaced by ${successors.map((s) => s.en).join(', ')}`,
        );
      }),
    );
  }

  if (query.protectionConcern || query.needs.some((n) => catalogue.needs.isProtection(n))) {
    notices.push(
      shared(index, `protection_route:${district.id}`, () => {
        const intake = catalogue.providers.find(
          (p) => p.kind === 'district_administration' && p.districtId === district.id,
        );
        return frozen(
          'protection_route',
          `Oro för att ett barn far illa bedöms av socialtjänsten, aldrig med en grupp. Kontakta socialtjänstens mottagning i ${intake?.name.sv ?? district.name.sv}; vid akut fara ring 112, kvällar och helger socialjouren.`,
          `A concern that a child is at risk is assessed by social services, never with a group. Contact the social services intake in ${intake?.name.en ?? district.name.en}; in acute danger call 112, and the social services out-of-hours service in the evening and at weekends.`,
        );
      }),
    );
    return { query, results: [], notices, eligibleCount: 0 };
  }

  const wantedKinds = query.kinds ? new Set<ServiceKind>(query.kinds) : undefined;
  const wantedRoutes = query.accessRoutes ? new Set<AccessRoute>(query.accessRoutes) : undefined;
  const { entries, keys } = index;
  const districtCount = index.districtPosition.size;
  const d = index.districtPosition.get(district.id)!;
  let count = 0;
  // Tracked during the scan so the notices need no second pass.
  let localGroup = false;
  let firstGroupKey = Infinity;

  for (const position of candidatePositions(index, query.needs)) {
    const localityRank = index.locality[position * districtCount + d]!;
    if (localityRank === OUT_OF_AREA) continue;
    const entry = entries[position]!;
    const { service, band } = entry;
    // A stated band, or one inferred from the name or kind: a 7-year-old gets no teen group.
    if (band !== undefined && (query.age < band.min || query.age > band.max)) continue;
    if (wantedKinds && !wantedKinds.has(service.kind)) continue;
    if (wantedRoutes && !service.accessRoutes.some((r) => wantedRoutes.has(r))) continue;
    let exactNeed = false;
    for (const need of query.needs) if (entry.exactNeeds.has(need)) exactNeed = true;
    const languageListed =
      !query.language ||
      service.languages.length === 0 ||
      service.languages.includes(query.language);
    const key = rankKey(
      {
        stage: query.recentViolence
          ? service.kind === 'individual_talks'
            ? 0
            : entry.group
              ? 2
              : 1
          : 0,
        audience: entry.forParent ? 1 : 0,
        needEstimated: entry.needsEstimated ? 1 : 0,
        fit: AGE_FIT_ORDER[entry.fit],
        locality: localityRank,
        availability: availability.size === 0 ? 1 : availabilityOrder(availability.get(service.id)),
        access: entry.easiestAccess,
        language: languageListed ? 0 : 1,
        relatedOnly: exactNeed ? 0 : 1,
      },
      position,
      entries.length,
    );
    keys[count++] = key;
    if (entry.group) {
      if (localityRank === LOCALITY_ORDER.own_district && entry.groupSupport) localGroup = true;
      if (key < firstGroupKey) firstGroupKey = key;
    }
  }

  // A numeric typed-array sort; each key ends in the service's position, so it decodes back to it.
  const ranked = keys.subarray(0, count).sort();
  const results: MatchResult[] = [];
  const shown = Math.min(count, query.limit);
  for (let i = 0; i < shown; i++) {
    const entry = entries[ranked[i]! % entries.length]!;
    const { service, provider } = entry;
    const locality = LOCALITIES[index.locality[entry.order * districtCount + d]!]!;
    // "For the parent" comes first, so a card that shows only its first reasons still says it.
    const reasons: MatchReason[] = entry.forParent ? [FOR_PARENT_REASON] : [];
    reasons.push(
      needReason(index, entry, query.needs, catalogue),
      entry.ageReason,
      localityReason(locality, entry, district, index),
    );
    if (entry.needsEstimated) reasons.push(NEED_ESTIMATED_REASON);
    for (const access of entry.accessReasons) reasons.push(access);
    const known = availability.get(service.id);
    if (entry.group) reasons.push(availabilityReason(known));
    if (query.language !== undefined && service.languages.length > 0) {
      reasons.push(
        languageReason(index, query.language, service.languages.includes(query.language)),
      );
    }
    if (query.recentViolence && entry.group) reasons.push(AFTER_CRISIS_TALKS_REASON);
    const { fit, forParent } = entry;
    const result = { service, provider, rank: i + 1, locality, fit, forParent, reasons };
    // Only results with a known availability carry the key, as before.
    results.push(known ? { ...result, availability: known } : result);
  }

  if (query.recentViolence) notices.push(CRISIS_TALKS_FIRST_NOTICE);

  const groupsWanted = !wantedKinds || [...wantedKinds].some(isGroupKind);
  if (groupsWanted && !localGroup) {
    const nearest =
      firstGroupKey === Infinity ? undefined : entries[firstGroupKey % entries.length]!;
    let byNearest = index.noLocalGroup.get(district.id);
    if (byNearest === undefined) index.noLocalGroup.set(district.id, (byNearest = []));
    notices.push(
      (byNearest[nearest === undefined ? 0 : nearest.order + 1] ??= frozen(
        'no_local_group',
        `${district.name.sv} har ingen gruppverksamhet för det här behovet och åldern.${nearest ? ` Närmaste: ${nearest.service.name.sv}.` : ''}`,
        `${district.name.en} has no group for this need and age.${nearest ? ` Nearest: ${nearest.service.name.en}.` : ''}`,
      )),
    );
  }

  if (count === 0) {
    notices.push(
      shared(index, `no_match:${district.id}`, () =>
        frozen(
          'no_match',
          `Inget i katalogen passar. Socialtjänstens mottagning i ${district.name.sv} kan hjälpa till att hitta stöd.`,
          `Nothing in the catalogue fits. The social services intake in ${district.name.en} can help find support.`,
        ),
      ),
    );
  }

  return { query, results, notices, eligibleCount: count };
}
