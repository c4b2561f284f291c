import {
  AccessRouteSchema,
  NeedIdSchema,
  ServiceKindSchema,
  err,
  ok,
  toInputIssues,
  type Result,
  type Service,
  TextSchema,
} from '@lotsen/domain';
import { z } from 'zod';
import type { Catalogue } from './catalogue.js';
import { eligibleAgeBand } from './age-inference.js';
import { CatalogueError } from './errors.js';

/** Filters for browsing the catalogue; all given filters must hold (AND). */
export const ServiceFilterSchema = z.strictObject({
  /** Services for this need or a need it refines or is refined by. */
  need: NeedIdSchema.optional(),
  /**
   * Services whose age band (stated, or inferred from the name or kind) holds this age; services
   * with no known band are kept.
   */
  age: z.coerce.number().int().min(0).max(120).optional(),
  /** Services open to residents of this district (its own, city-wide and county-wide ones). */
  district: TextSchema.min(1).optional(),
  kind: ServiceKindSchema.optional(),
  access: AccessRouteSchema.optional(),
});
/** Filters for browsing the catalogue. */
export type ServiceFilter = z.infer<typeof ServiceFilterSchema>;

/** True when the age is in the band, or no band is known. */
function fitsAge(band: { min: number; max: number } | undefined, age: number): boolean {
  return band === undefined || (age >= band.min && age <= band.max);
}

/**
 * Lists the catalogue's services that pass every filter, sorted by Swedish name. Unknown districts
 * and needs are an `INVALID_QUERY` with the path, so a typo never looks like "no services".
 */
export function filterServices(
  catalogue: Catalogue,
  input: unknown,
): Result<Service[], CatalogueError> {
  const parsed = ServiceFilterSchema.safeParse(input);
  if (!parsed.success) {
    return err(
      new CatalogueError('INVALID_QUERY', 'Invalid service filter', toInputIssues(parsed.error)),
    );
  }
  const f = parsed.data;
  if (f.district !== undefined && !catalogue.district(f.district)) {
    return err(
      new CatalogueError('INVALID_QUERY', 'Invalid service filter', [
        { path: 'district', message: `Unknown district "${f.district}"` },
      ]),
    );
  }
  if (f.need !== undefined && !catalogue.needs.get(f.need)) {
    return err(
      new CatalogueError('INVALID_QUERY', 'Invalid service filter', [
        { path: 'need', message: `Unknown need "${f.need}"` },
      ]),
    );
  }
  const { need, age, district, kind, access } = f;
  const services = catalogue.services.filter(
    (s) =>
      (need === undefined || s.needs.some((n) => catalogue.needs.related(n, need))) &&
      (age === undefined || fitsAge(eligibleAgeBand(s), age)) &&
      (district === undefined ||
        s.catchment.kind !== 'districts' ||
        s.catchment.districtIds.includes(district)) &&
      (kind === undefined || s.kind === kind) &&
      (access === undefined || s.accessRoutes.includes(access)),
  );
  return ok(
    services.sort((a, b) => a.name.sv.localeCompare(b.name.sv, 'sv') || a.id.localeCompare(b.id)),
  );
}
