import type { NeedTaxonomy } from '@lotsen/domain';
import { travelReach, type DistrictDistances } from './districts.js';
import type { NeedBits } from './fit.js';
import { createWaitlist, type WaitlistEntry } from './waitlist.js';
import type { WaitingChild } from './waiting-child.js';
import type { Weighting } from './weighting.js';

/**
 * The waiting children in waitlist order, and what group formation knows of those it may place, by
 * child index (the index into `formable`, which keeps waitlist order: index 0 is first in line).
 */
export interface ChildTable {
  /** Every waiting child, in waitlist order. */
  readonly entries: readonly WaitlistEntry[];
  /** Per entry: a protection concern, so a group is never the answer and the child is not placed. */
  readonly protection: readonly boolean[];
  /** The entries group formation may place, in waitlist order. */
  readonly formable: readonly WaitlistEntry[];
  readonly count: number;
  /** Index of the child's home district in the distance table. */
  readonly district: Int32Array;
  /** How many district borders the family can cross. */
  readonly reach: Float64Array;
  /** The age given in whole years, or -1 when the birth year-month is given instead. */
  readonly fixedAge: Int32Array;
  /** The birth year-month as months since year 0 (when `fixedAge` is -1). */
  readonly birthMonth: Int32Array;
  /** The needs related to the child's needs, as bit masks (`needWords` words per child). */
  readonly relatedNeeds: Uint32Array;
  /** What placing the child is worth (see `Weighting`). */
  readonly weight: Float64Array;
}

/** Phase 2 of group formation: the waitlist, and the facts of each child who may be placed. */
export function lineUpChildren(
  children: readonly WaitingChild[],
  context: {
    readonly date: string;
    readonly weighting: Weighting;
    readonly taxonomy: NeedTaxonomy;
    readonly districts: DistrictDistances;
    readonly needBits: NeedBits;
  },
): ChildTable {
  const { date, weighting, taxonomy, districts, needBits } = context;
  const entries = createWaitlist(children, date, weighting).entries;
  const protection = entries.map((e) => e.child.needs.some((n) => taxonomy.isProtection(n)));
  const formable = entries.filter((_, k) => !protection[k]);
  const count = formable.length;
  const words = needBits.words;
  const table = {
    entries,
    protection,
    formable,
    count,
    district: new Int32Array(count),
    reach: new Float64Array(count),
    fixedAge: new Int32Array(count).fill(-1),
    birthMonth: new Int32Array(count),
    relatedNeeds: new Uint32Array(count * words),
    weight: Float64Array.from(formable, (e) => e.weight),
  };
  formable.forEach(({ child }, i) => {
    table.district[i] = districts.indexOf(child.districtId);
    table.reach[i] = travelReach(child.mayTravel);
    if (child.birthYearMonth !== undefined) {
      const [year, month] = child.birthYearMonth.split('-').map(Number) as [number, number];
      table.birthMonth[i] = year * 12 + (month - 1);
    } else table.fixedAge[i] = child.age ?? 0;
    needBits.relatedMask(child.needs, table.relatedNeeds, i * words);
  });
  return table;
}
