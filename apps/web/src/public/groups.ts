import type { ApiClient } from '../api/client.js';
import type { paths } from '../api/schema.js';

/*
 * What the public groups page shows: the API's planned and open cohorts with places left, each with
 * its service, filtered by area and need (by the API, which owns how needs relate) and by age band
 * and term (here: they are the page's way of asking, not rules of the data). Answers are kept for a
 * short while, as the API allows public clients and CDNs to (its catalogue reads are public for five
 * minutes), so that a busy page does not ask the API for the same list on every visit.
 */

/** The body of an API answer, as the typed client gives it. */
type Data<F extends (...args: never[]) => Promise<{ data?: unknown }>> = NonNullable<
  Awaited<ReturnType<F>>['data']
>;

// The API's reads this page makes, typed from the OpenAPI document by the client.
const readDistricts = (api: ApiClient) => api.GET('/v1/districts');
const readNeeds = (api: ApiClient) => api.GET('/v1/needs');
const readService = (api: ApiClient, id: string) =>
  api.GET('/v1/services/{id}', { params: { path: { id } } });
const readCohorts = (api: ApiClient, query: { districtId?: string; need?: string }) =>
  api.GET('/v1/cohorts', { params: { query } });

/** A cohort as the public list gives it. */
export type PublicCohort = Data<typeof readCohorts>['items'][number];
/** A service record. */
export type Service = Data<typeof readService>['service'];
/** A district. */
export type District = Data<typeof readDistricts>['items'][number];
/** A need. */
export type Need = Data<typeof readNeeds>['items'][number];

/** The age bands a family can choose; a group fits when its ages overlap the band. */
export const AGE_BANDS = [
  { id: '0-5', min: 0, max: 5 },
  { id: '6-9', min: 6, max: 9 },
  { id: '10-12', min: 10, max: 12 },
  { id: '13-15', min: 13, max: 15 },
  { id: '16-20', min: 16, max: 20 },
] as const;

/** A term: spring (January–June) or autumn (July–December) of a year, as `2027-spring`. */
export interface Term {
  readonly id: string;
  readonly season: 'spring' | 'autumn';
  readonly year: number;
}

/** The term a date (YYYY-MM-DD) falls in. */
export function termOf(date: string): Term {
  const year = Number(date.slice(0, 4));
  const season = Number(date.slice(5, 7)) <= 6 ? 'spring' : 'autumn';
  return { id: `${year}-${season}`, season, year };
}

/** The filters of the page, as its GET form sends them; unknown values are ignored, not refused. */
export interface GroupFilter {
  readonly districtId?: string;
  readonly ageBand?: string;
  readonly need?: string;
  readonly term?: string;
}

/** One group as the page shows it. */
export interface GroupListing {
  readonly cohort: PublicCohort;
  readonly service: Service;
  /** True when the cohort has started (its first meeting is today or past). */
  readonly ongoing: boolean;
}

/** Everything the page needs for one request. */
export interface GroupsView {
  readonly groups: readonly GroupListing[];
  readonly districts: readonly District[];
  readonly needs: readonly Need[];
  readonly terms: readonly Term[];
  /** Ids of every cohort listed before age and term filters (for the example-data notice). */
  readonly cohortIds: readonly string[];
}

interface Cached<T> {
  readonly value: Promise<T>;
  readonly until: number;
}

/** Options of {@link createGroupsSource}. */
export interface GroupsSourceOptions {
  readonly api: ApiClient;
  /** How long API answers are reused, in milliseconds (default 30 s). */
  readonly maxAgeMs?: number;
  readonly now?: () => Date;
}

/** Reads the page's data from the API, keeping answers for a short while. */
export interface GroupsSource {
  /** The groups that fit a filter, with the lists the filter form offers. */
  view(filter: GroupFilter): Promise<GroupsView>;
  /** The groups of the chosen services (the shortlist), in the order given. */
  shortlist(serviceIds: readonly string[]): Promise<GroupsView>;
}

/** A request to the API failed: the page says the groups cannot be shown now. */
export class ApiUnavailable extends Error {
  override readonly name = 'ApiUnavailable';
}

function must<T>(answer: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (answer.data === undefined)
    throw new ApiUnavailable(`${what}: the API answered ${answer.response.status}`);
  return answer.data;
}

/** Builds the page's data source over the API client. */
export function createGroupsSource(options: GroupsSourceOptions): GroupsSource {
  const { api } = options;
  const maxAgeMs = options.maxAgeMs ?? 30_000;
  const now = options.now ?? (() => new Date());
  const cache = new Map<string, Cached<unknown>>();

  function remembered<T>(key: string, load: () => Promise<T>): Promise<T> {
    const at = Date.now();
    const hit = cache.get(key) as Cached<T> | undefined;
    if (hit && hit.until > at) return hit.value;
    // A refused connection or a broken answer is the API being unavailable, as a 5xx is.
    const value = load().catch((error: unknown) => {
      throw error instanceof ApiUnavailable
        ? error
        : new ApiUnavailable(`${key}: ${error instanceof Error ? error.message : String(error)}`);
    });
    cache.set(key, { value, until: at + maxAgeMs });
    // A failed answer is not kept: the next visitor asks again.
    value.catch(() => cache.delete(key));
    return value;
  }

  const districts = () =>
    remembered('districts', async () => must(await readDistricts(api), 'districts').items);
  const needs = () => remembered('needs', async () => must(await readNeeds(api), 'needs').items);
  const service = (id: string) =>
    remembered(`service:${id}`, async () => {
      const answer = await readService(api, id);
      return answer.response.status === 404 ? undefined : must(answer, 'service').service;
    });
  const cohorts = (districtId?: string, need?: string) =>
    remembered(`cohorts:${districtId ?? ''}:${need ?? ''}`, async () => {
      const query = {
        ...(districtId === undefined ? {} : { districtId }),
        ...(need === undefined ? {} : { need }),
      };
      return must(await readCohorts(api, query), 'cohorts').items;
    });

  async function listings(list: readonly PublicCohort[]): Promise<GroupListing[]> {
    const today = now().toISOString().slice(0, 10);
    const services = await Promise.all(list.map((c) => service(c.serviceId)));
    return list.flatMap((cohort, i) => {
      const s = services[i];
      return s ? [{ cohort, service: s, ongoing: cohort.startDate <= today }] : [];
    });
  }

  async function lists() {
    const [d, n] = await Promise.all([districts(), needs()]);
    return { districts: d, needs: n };
  }

  const byStart = (a: GroupListing, b: GroupListing) =>
    a.cohort.startDate.localeCompare(b.cohort.startDate) || a.cohort.id.localeCompare(b.cohort.id);

  return {
    async view(filter) {
      const { districts: d, needs: n } = await lists();
      // Values not in the lists are dropped rather than sent on: a hand-edited link still shows groups.
      const districtId = d.some((x) => x.id === filter.districtId) ? filter.districtId : undefined;
      const need = n.some((x) => x.id === filter.need) ? filter.need : undefined;
      const all = await listings(await cohorts(districtId, need));
      const band = AGE_BANDS.find((b) => b.id === filter.ageBand);
      const groups = all
        .filter(
          (g) => !band || (g.cohort.ageBand.min <= band.max && g.cohort.ageBand.max >= band.min),
        )
        .filter((g) => !filter.term || termOf(g.cohort.startDate).id === filter.term)
        .sort(byStart);
      const everyCohort = await listings(await cohorts());
      const terms = [
        ...new Map(
          everyCohort.map((g) => [termOf(g.cohort.startDate).id, termOf(g.cohort.startDate)]),
        ).values(),
      ].sort((a, b) => a.id.localeCompare(b.id));
      return {
        groups,
        districts: d,
        needs: n,
        terms,
        cohortIds: everyCohort.map((g) => g.cohort.id),
      };
    },
    async shortlist(serviceIds) {
      const { districts: d, needs: n } = await lists();
      const all = await listings(await cohorts());
      const chosen = new Set(serviceIds);
      const groups = all.filter((g) => chosen.has(g.service.id)).sort(byStart);
      return { groups, districts: d, needs: n, terms: [], cohortIds: all.map((g) => g.cohort.id) };
    },
  };
}
