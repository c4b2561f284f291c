import {
  CatalogueDataSchema,
  ProviderSchema,
  ServiceSchema,
  confidentialityIssues,
  createNeedTaxonomy,
  err,
  ok,
  toInputIssues,
  type CatalogueData,
  type District,
  type InputIssue,
  type NeedTaxonomy,
  type Provider,
  type Result,
  type Service,
} from '@lotsen/domain';
import { z } from 'zod';
import { CatalogueError } from './errors.js';

// The raw content's shape is @lotsen/domain's (storage keeps the same data); it is re-exported here
// because the catalogue is where callers build and read that data.
export { CatalogueDataSchema, type CatalogueData };

/** One data file of providers and their services, as kept in `data/`. */
export const CatalogueFileSchema = z.object({
  providers: z.array(ProviderSchema),
  services: z.array(ServiceSchema),
});
/** One data file of providers and services. */
export type CatalogueFile = z.infer<typeof CatalogueFileSchema>;

/** A validated catalogue with lookups. Immutable: build a new one to change it. */
export interface Catalogue {
  readonly districts: readonly District[];
  readonly providers: readonly Provider[];
  readonly services: readonly Service[];
  readonly needs: NeedTaxonomy;
  district(id: string): District | undefined;
  provider(id: string): Provider | undefined;
  service(id: string): Service | undefined;
  /** The raw data, e.g. to export or to store. */
  toData(): CatalogueData;
}

/** Marks a live catalogue (live.ts), whose snapshot changes. */
export const LIVE = Symbol.for('@lotsen/catalogue.live');

/**
 * The immutable snapshot behind a catalogue: a live catalogue's current one (see
 * `openLiveCatalogue`), or the catalogue itself. Caches and indexes key on it.
 */
export function snapshotOf(catalogue: Catalogue): Catalogue {
  return LIVE in catalogue
    ? (catalogue as unknown as { current(): Catalogue }).current()
    : catalogue;
}

function indexById<T extends { id: string }>(
  records: readonly T[],
  kind: string,
  issues: InputIssue[],
): Map<string, T> {
  const map = new Map<string, T>();
  records.forEach((record, i) => {
    if (map.has(record.id))
      issues.push({ path: `${kind}.${i}.id`, message: `Duplicate ${kind} id "${record.id}"` });
    map.set(record.id, record);
  });
  return map;
}

function checkReferences(
  data: CatalogueData,
  districts: Map<string, District>,
  providers: Map<string, Provider>,
  needs: NeedTaxonomy,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const district = (id: string, path: string) => {
    if (!districts.has(id)) issues.push({ path, message: `Unknown district "${id}"` });
  };
  data.districts.forEach((d, i) => {
    d.neighbours.forEach((n, j) => district(n, `districts.${i}.neighbours.${j}`));
    d.successorIds.forEach((n, j) => district(n, `districts.${i}.successorIds.${j}`));
  });
  data.providers.forEach((p, i) => {
    if (p.districtId) district(p.districtId, `providers.${i}.districtId`);
  });
  data.services.forEach((s, i) => {
    if (!providers.has(s.providerId)) {
      issues.push({
        path: `services.${i}.providerId`,
        message: `Unknown provider "${s.providerId}"`,
      });
    }
    s.needs.forEach((n, j) => {
      if (!needs.get(n))
        issues.push({ path: `services.${i}.needs.${j}`, message: `Unknown need "${n}"` });
      else if (needs.isProtection(n)) {
        issues.push({
          path: `services.${i}.needs.${j}`,
          message: 'A service never answers a protection need',
        });
      }
    });
    if (s.catchment.kind === 'districts') {
      s.catchment.districtIds.forEach((d, j) =>
        district(d, `services.${i}.catchment.districtIds.${j}`),
      );
    }
    if (s.venueDistrictId) district(s.venueDistrictId, `services.${i}.venueDistrictId`);
    for (const issue of confidentialityIssues(s))
      issues.push({ ...issue, path: `services.${i}.${issue.path}` });
  });
  return issues;
}

/**
 * Validates catalogue data and builds a {@link Catalogue}. Never throws: schema problems give
 * `INVALID_DATA`, repeated ids `DUPLICATE_ID`, dangling references `UNKNOWN_REFERENCE`, each with the
 * path of every offending field.
 */
export function createCatalogue(input: unknown): Result<Catalogue, CatalogueError> {
  const parsed = CatalogueDataSchema.safeParse(input);
  if (!parsed.success) {
    const issues = toInputIssues(parsed.error);
    return err(
      new CatalogueError('INVALID_DATA', `Invalid catalogue data: ${summarize(issues)}`, issues, {
        cause: parsed.error,
      }),
    );
  }
  const data = parsed.data;
  let needs: NeedTaxonomy;
  try {
    needs = createNeedTaxonomy(data.extraNeeds);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return err(new CatalogueError('INVALID_DATA', message, [{ path: 'extraNeeds', message }]));
  }
  const duplicates: InputIssue[] = [];
  const districts = indexById(data.districts, 'districts', duplicates);
  const providers = indexById(data.providers, 'providers', duplicates);
  const services = indexById(data.services, 'services', duplicates);
  if (duplicates.length > 0) {
    return err(new CatalogueError('DUPLICATE_ID', summarize(duplicates), duplicates));
  }
  const dangling = checkReferences(data, districts, providers, needs);
  if (dangling.length > 0) {
    return err(new CatalogueError('UNKNOWN_REFERENCE', summarize(dangling), dangling));
  }
  return ok({
    districts: data.districts,
    providers: data.providers,
    services: data.services,
    needs,
    district: (id) => districts.get(id),
    provider: (id) => providers.get(id),
    service: (id) => services.get(id),
    toData: () => structuredClone(data),
  });
}

function summarize(issues: readonly InputIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  return issues.length > 5
    ? `${shown.join('; ')}; and ${issues.length - 5} more`
    : shown.join('; ');
}
