import { createCatalogue, type Catalogue } from './catalogue.js';
import { stockholmCatalogueData } from './stockholm-data.js';

let cached: Catalogue | undefined;

/**
 * The service catalogue of the city of Stockholm, built from the city's own reports (2007–2018).
 * Every entry cites the report, section and lines it comes from. The data ships with the package and
 * is validated by its tests, so an invalid file is a bug: this throws rather than returning a result.
 *
 * @example
 * ```ts
 * const catalogue = stockholmCatalogue();
 * catalogue.district('skarholmen')?.name.sv; // "Skärholmen"
 * ```
 */
export function stockholmCatalogue(): Catalogue {
  if (cached) return cached;
  const result = createCatalogue(stockholmCatalogueData());
  if (!result.ok) throw result.error;
  cached = result.value;
  return cached;
}
