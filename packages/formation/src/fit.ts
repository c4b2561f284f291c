import { ageOn, type District, type GroupCohort, type NeedTaxonomy } from '@lotsen/domain';
import { districtDistances, proximityOf, travelReach, type Proximity } from './districts.js';
import type { WaitingChild } from './waiting-child.js';

/** The taxonomy and the districts that fit checks, waitlists and offers need. */
export interface FitContext {
  readonly taxonomy: NeedTaxonomy;
  readonly districts: readonly District[];
}

/**
 * Why a child does not fit one cohort, in the order they are checked: a protection concern first
 * (never matched), then need, age (on the cohort's start date), language and travel.
 */
export type FitIssueCode =
  | 'protection_concern'
  | 'need_mismatch'
  | 'age_outside_band'
  | 'language_mismatch'
  | 'beyond_travel_limit';

/** Whether a child fits a cohort, with the distance between the child's home and the group. */
export type FitCheck =
  | {
      readonly fits: true;
      /** The child's age on the cohort's start date. */
      readonly age: number;
      /** Borders between the child's district and the group's premises. */
      readonly distance: number;
      readonly proximity: Proximity;
    }
  | {
      readonly fits: false;
      readonly code: FitIssueCode;
      readonly age: number;
      readonly distance: number;
    };

/**
 * Checks one child against one cohort: need (one of the child's needs is related to one of the
 * cohort's, see `NeedTaxonomy.related`), age band on the start date, language (when the child needs
 * one), and the family's travel limit. A child with a protection concern never fits any group.
 * It does not look at seats, leaders or the cohort's status.
 */
export function checkFit(child: WaitingChild, cohort: GroupCohort, context: FitContext): FitCheck {
  const age = ageOn(child, cohort.startDate);
  const distance = districtDistances(context.districts).distance(
    child.districtId,
    cohort.premises.districtId,
  );
  const fail = (code: FitIssueCode): FitCheck => ({ fits: false, code, age, distance });
  const { taxonomy } = context;
  if (child.needs.some((n) => taxonomy.isProtection(n))) return fail('protection_concern');
  if (!child.needs.some((a) => cohort.needs.some((b) => taxonomy.related(a, b))))
    return fail('need_mismatch');
  if (age < cohort.ageBand.min || age > cohort.ageBand.max) return fail('age_outside_band');
  if (child.language !== undefined && child.language !== (cohort.language ?? 'sv'))
    return fail('language_mismatch');
  if (distance > travelReach(child.mayTravel)) return fail('beyond_travel_limit');
  return { fits: true, age, distance, proximity: proximityOf(distance) };
}

/**
 * Need ids as bit positions, with each need's related set as a bit mask, so that "is one of the
 * child's needs related to one of the cohort's" is a few AND operations in the hot loop of group
 * formation instead of taxonomy walks. Cached per taxonomy instance.
 */
export interface NeedBits {
  readonly words: number;
  indexOf(id: string): number;
  /** Writes the union of the related sets of `ids` into `out` at `offset` (unknown ids ignored). */
  relatedMask(ids: readonly string[], out: Uint32Array, offset: number): void;
  /** Writes the plain set of `ids` into `out` at `offset`. */
  mask(ids: readonly string[], out: Uint32Array, offset: number): void;
}

const bitsCache = new WeakMap<NeedTaxonomy, NeedBits>();

/** Builds (or returns the cached) bit index of a taxonomy. */
export function needBits(taxonomy: NeedTaxonomy): NeedBits {
  const cached = bitsCache.get(taxonomy);
  if (cached) return cached;
  const ids = taxonomy.needs.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const words = Math.max(1, Math.ceil(ids.length / 32));
  const related = new Uint32Array(ids.length * words);
  for (let i = 0; i < ids.length; i++) {
    for (let j = 0; j < ids.length; j++) {
      if (taxonomy.related(ids[i]!, ids[j]!)) related[i * words + (j >>> 5)]! |= 1 << (j & 31);
    }
  }
  const bits: NeedBits = {
    words,
    indexOf: (id) => index.get(id) ?? -1,
    relatedMask: (list, out, offset) => {
      for (const id of list) {
        const i = index.get(id);
        if (i === undefined) continue;
        for (let w = 0; w < words; w++) out[offset + w]! |= related[i * words + w]!;
      }
    },
    mask: (list, out, offset) => {
      for (const id of list) {
        const i = index.get(id);
        if (i !== undefined) out[offset + (i >>> 5)]! |= 1 << (i & 31);
      }
    },
  };
  bitsCache.set(taxonomy, bits);
  return bits;
}
