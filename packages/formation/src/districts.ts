import type { District, DistrictId } from '@lotsen/domain';

/** How near a group is to a child's home district. */
export type Proximity = 'own_district' | 'neighbour' | 'further';

/**
 * Graph distances between districts over their `neighbours` (number of borders crossed). A district
 * that cannot be reached counts as one step beyond the farthest reachable one, so "anywhere" still
 * means anywhere.
 */
export interface DistrictDistances {
  /** The district ids, in input order. */
  readonly ids: readonly DistrictId[];
  /** The index of a district id, or -1 when it is unknown. */
  indexOf(id: DistrictId): number;
  /** Borders between two districts: 0 for the same district, 1 for neighbours. `Infinity` when either is unknown. */
  distance(from: DistrictId, to: DistrictId): number;
  /** The same by index, for hot loops. */
  distanceAt(from: number, to: number): number;
  /** The whole table, row by row (`table[from * ids.length + to]`). */
  readonly table: Int32Array;
  /** The district's name in a language, or its id when unknown. */
  name(id: DistrictId, language: 'sv' | 'en'): string;
}

// Districts change rarely and arrive as the same array again and again (one per catalogue), so the
// table is cached per array instance; a new array builds a new table.
const cache = new WeakMap<readonly District[], DistrictDistances>();

/**
 * Builds (or returns the cached) distance table. The neighbour relation is made symmetric (a border
 * listed on either side counts) and neighbours that are not in the list are ignored.
 */
export function districtDistances(districts: readonly District[]): DistrictDistances {
  const cached = cache.get(districts);
  if (cached) return cached;
  const n = districts.length;
  const index = new Map<string, number>();
  districts.forEach((d, i) => {
    if (!index.has(d.id)) index.set(d.id, i);
  });
  const adjacency: number[][] = districts.map(() => []);
  districts.forEach((d, i) => {
    for (const nb of d.neighbours) {
      const j = index.get(nb);
      if (j === undefined || j === i) continue;
      if (!adjacency[i]!.includes(j)) adjacency[i]!.push(j);
      if (!adjacency[j]!.includes(i)) adjacency[j]!.push(i);
    }
  });
  const table = new Int32Array(n * n).fill(-1);
  let farthest = 0;
  for (let s = 0; s < n; s++) {
    // Breadth-first search: the graph is small (14 districts in Stockholm), n searches are nothing.
    table[s * n + s] = 0;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q]!;
      const du = table[s * n + u]!;
      for (const v of adjacency[u]!) {
        if (table[s * n + v] === -1) {
          table[s * n + v] = du + 1;
          farthest = Math.max(farthest, du + 1);
          queue.push(v);
        }
      }
    }
  }
  for (let k = 0; k < table.length; k++) if (table[k] === -1) table[k] = farthest + 1;
  const names = districts.map((d) => d.name);
  const result: DistrictDistances = {
    ids: districts.map((d) => d.id),
    table,
    indexOf: (id) => index.get(id) ?? -1,
    distanceAt: (a, b) => table[a * n + b]!,
    distance: (a, b) => {
      const i = index.get(a);
      const j = index.get(b);
      return i === undefined || j === undefined ? Infinity : table[i * n + j]!;
    },
    name: (id, language) => {
      const i = index.get(id);
      return i === undefined ? id : names[i]![language];
    },
  };
  cache.set(districts, result);
  return result;
}

/** The proximity of a distance: 0 own district, 1 neighbour, more is further. */
export function proximityOf(distance: number): Proximity {
  return distance === 0 ? 'own_district' : distance === 1 ? 'neighbour' : 'further';
}

/** The largest distance a travel limit allows. */
export function travelReach(limit: 'own_district' | 'neighbours' | 'anywhere'): number {
  return limit === 'own_district' ? 0 : limit === 'neighbours' ? 1 : Infinity;
}
