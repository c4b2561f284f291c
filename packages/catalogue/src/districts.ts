import { isDistrictValidOn, type District } from '@lotsen/domain';
import type { Catalogue } from './catalogue.js';

/** Lowercases, folds diacritics (people type "Sodermalm" and "Sodermalm"), and squeezes separators. */
export function normalizePlaceName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Damerau-Levenshtein distance with an early exit once `limit` is exceeded. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How a place name was recognised. */
export type PlaceMatchKind = 'exact' | 'typo';

/** A district that a typed place name may mean. */
export interface DistrictCandidate {
  readonly district: District;
  /** The name or alias that matched. */
  readonly matchedName: string;
  readonly kind: PlaceMatchKind;
}

/**
 * Finds the districts a typed place name means: the district's name, its id, or an area people use
 * ("Söder", "Rinkeby", "Järva"). An area can span two districts (Järva), so several may come back.
 * Typos are forgiven (one edit from five letters, two from nine) only when nothing matches exactly.
 * Districts no longer in force on `date` are left out.
 *
 * @example
 * ```ts
 * findDistricts(stockholmCatalogue(), 'Söder').map((c) => c.district.id); // ["sodermalm"]
 * ```
 */
export function findDistricts(
  catalogue: Catalogue,
  text: string,
  date?: string,
): DistrictCandidate[] {
  const wanted = normalizePlaceName(text);
  if (wanted.length < 2) return [];
  const live = catalogue.districts.filter((d) => !date || isDistrictValidOn(d, date));
  const names = live.flatMap((district) =>
    [district.name.sv, district.name.en, district.id, ...district.aliases].map((name) => ({
      district,
      name,
      normalized: normalizePlaceName(name),
    })),
  );
  const exact = names.filter((n) => n.normalized === wanted);
  const pick = exact.length > 0 ? exact : typoMatches(names, wanted);
  const seen = new Set<string>();
  const kind: PlaceMatchKind = exact.length > 0 ? 'exact' : 'typo';
  return pick
    .filter((n) => !seen.has(n.district.id) && seen.add(n.district.id))
    .map((n) => ({ district: n.district, matchedName: n.name, kind }));
}

function typoMatches<T extends { normalized: string }>(names: readonly T[], wanted: string): T[] {
  const limit = wanted.length >= 9 ? 2 : wanted.length >= 5 ? 1 : 0;
  if (limit === 0) return [];
  const scored = names
    .map((n) => ({ n, d: editDistance(n.normalized, wanted, limit) }))
    .filter((x) => x.d <= limit);
  const best = Math.min(...scored.map((x) => x.d));
  return scored.filter((x) => x.d === best).map((x) => x.n);
}
