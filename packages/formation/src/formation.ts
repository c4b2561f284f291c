import {
  IsoDateSchema,
  err,
  ok,
  type District,
  type GroupCohort,
  type InputIssue,
  type Leader,
  type LocalizedText,
  type NeedTaxonomy,
  type Result,
  TextSchema,
} from '@lotsen/domain';
import { z } from 'zod';
import { districtDistances, proximityOf, travelReach, type Proximity } from './districts.js';
import { FormationError, type FormationErrorCode } from './errors.js';
import {
  explain,
  freeSeats,
  type CohortDecisionCode,
  type Explanation,
  type FormationReasonCode,
} from './explain.js';
import { needBits } from './fit.js';
import { checkLeaders, type LeaderIssue } from './leaders.js';
import { solveAssignment, type SolverStats } from './solver.js';
import { createWaitlist } from './waitlist.js';
import {
  WaitingChildSchema,
  invalidInput,
  type WaitingChild,
  type WaitingChildInput,
} from './waiting-child.js';
import { WeightingSchema, resolveWeighting, type Weighting } from './weighting.js';

/** Options for {@link formGroups}. */
export interface FormationOptions {
  /** How waiting time, priority and travel weigh (see {@link Weighting}). */
  readonly weighting?: Partial<Weighting>;
  /**
   * Apply the leader rule ({@link checkLeaders}): a cohort without two leaders, one of them
   * experienced and a mentor for each first-time leader, is not launched. Default true; turn it off
   * to plan children first and recruit leaders after.
   */
  readonly requireLeaders?: boolean;
  /** Run the improvement phases after the repair (reopen, exchanges, travel). Default true. */
  readonly improve?: boolean;
}

/** Everything group formation looks at. Nothing is read from anywhere else. */
export interface FormationInput {
  /** The waiting children; validated with {@link WaitingChildSchema}, so untrusted data may come in. */
  readonly children: readonly WaitingChildInput[] | readonly unknown[];
  /** The planned cohorts (only `planned` and `open` ones take children). */
  readonly cohorts: readonly GroupCohort[];
  /** The leader pool the cohorts' `leaderIds` point into. */
  readonly leaders: readonly Leader[];
  /** The districts, for travel distance over their neighbours. */
  readonly districts: readonly District[];
  readonly taxonomy: NeedTaxonomy;
  /** The day of the proposal (`YYYY-MM-DD`): waiting time and cut-off dates are counted to it. */
  readonly date: string;
  /** Children already enrolled, per cohort id: they hold seats and count towards the minimum. */
  readonly enrolled?: Readonly<Record<string, number>>;
  readonly options?: FormationOptions;
}

/** A child placed in a cohort, and why there. */
export interface Placement {
  readonly referralId: string;
  readonly cohortId: string;
  readonly districtId: string;
  readonly distance: number;
  readonly proximity: Proximity;
  /** What the placement is worth (see {@link Weighting}). */
  readonly weight: number;
  readonly reason: Explanation<FormationReasonCode>;
}

/** The nearest other possibility for a child who was not placed. */
export interface Alternative {
  readonly cohortId: string;
  readonly districtId: string;
  readonly distance: number;
  /**
   * `free_seats`: launched with seats left, but beyond the travel limit; `needs_children`: would
   * start with more children; `waitlist`: launched and full, the child can queue for it.
   */
  readonly kind: 'free_seats' | 'needs_children' | 'waitlist';
  readonly text: LocalizedText;
}

/** A child not placed, and why. */
export interface NonPlacement {
  readonly referralId: string;
  readonly reason: Explanation<FormationReasonCode>;
  readonly alternative?: Alternative;
}

/** What becomes of one cohort. */
export interface CohortOutcome {
  readonly cohortId: string;
  readonly districtId: string;
  readonly launched: boolean;
  readonly decision: Explanation<CohortDecisionCode>;
  readonly seats: { readonly min: number; readonly max: number };
  /** Children enrolled before the proposal. */
  readonly enrolled: number;
  /** Referral ids of the children the proposal places here, in waitlist order. */
  readonly referralIds: readonly string[];
  /** Enrolled plus placed. */
  readonly total: number;
  /** Why the leader rule fails, when it does. */
  readonly leaderIssues?: readonly LeaderIssue[];
  /** For a cohort that does not start: the nearest launched cohort for the same ages and needs with seats left. */
  readonly alternativeCohortId?: string;
}

/** Totals of a proposal. */
export interface FormationSummary {
  readonly children: number;
  readonly placed: number;
  readonly unplaced: number;
  readonly ownDistrict: number;
  readonly neighbour: number;
  readonly further: number;
  readonly cohortsLaunched: number;
  readonly cohortsNotLaunched: number;
  /** Sum of the placed children's weights. */
  readonly weightedPlacements: number;
  /** Sum of district borders crossed by placed children. */
  readonly travelSteps: number;
  /** `weightedPlacements - travelPenalty × travelSteps`: the number the algorithm maximises. */
  readonly objective: number;
}

/** A proposed assignment of waiting children to cohorts, with every decision explained. */
export interface FormationProposal {
  readonly date: string;
  readonly weighting: Weighting;
  /** In waitlist order. */
  readonly placements: readonly Placement[];
  /** In waitlist order. */
  readonly unplaced: readonly NonPlacement[];
  /** In input order. */
  readonly cohorts: readonly CohortOutcome[];
  readonly summary: FormationSummary;
  /** What the engine did (chains, pulls, closures, exchanges); useful when tuning. */
  readonly stats: Readonly<SolverStats>;
}

const OptionsSchema = z
  .strictObject({
    weighting: WeightingSchema.optional(),
    requireLeaders: z.boolean().optional(),
    improve: z.boolean().optional(),
  })
  .optional();
const EnrolledSchema = z.record(TextSchema, z.number().int().min(0)).optional();
const ChildrenSchema = z.array(WaitingChildSchema);

const TAKES_CHILDREN = new Set(['planned', 'open']);
// Cohorts that are over (or never will be) are left out of every explanation.
const GONE = new Set(['completed', 'cancelled']);

// Levels of fit of a child to a cohort, from the most basic miss to a candidate; the highest level a
// child reaches over all cohorts picks the explanation of a non-placement.
const NEED = 0;
const AGE = 1;
const LANGUAGE = 2;
const TRAVEL = 3;
const UNUSABLE = 4;
const CANDIDATE = 5;

/**
 * Proposes which waiting children go to which planned cohorts.
 *
 * It places the most children, weighted by waiting time (longer waits count more, see
 * {@link Weighting}), then keeps travel short (own district, then neighbours, then further),
 * respecting each cohort's age band (on its start date), needs (a child fits when one of its needs is
 * related to one of the cohort's), seats, language, and the family's travel limit. A child with a
 * protection concern is never placed. Launch rule: a cohort starts when its minimum is reached
 * (children already enrolled count) and its cut-off date has not passed; a cohort that cannot reach
 * its minimum is not launched and its children are pooled into other cohorts, nearest first, or
 * told the nearest alternative. With `requireLeaders` (default), a cohort must also pass
 * {@link checkLeaders}. Every placement, non-placement and cohort decision carries a code and a
 * Swedish and English text. The same input gives the same proposal.
 *
 * Input is validated: malformed children or options give `INVALID_INPUT`, repeated ids
 * `DUPLICATE_ID`, and districts, needs or cohorts that do not exist `UNKNOWN_REFERENCE`. Cohorts,
 * leaders and districts are expected to be parsed already with `@lotsen/domain`.
 *
 * @example
 * ```ts
 * const result = formGroups({ children, cohorts, leaders, districts, taxonomy, date: '2026-11-23' });
 * if (!result.ok) throw result.error;
 * for (const p of result.value.placements) console.log(p.referralId, p.cohortId, p.reason.text.sv);
 * for (const u of result.value.unplaced) console.log(u.referralId, u.reason.code, u.alternative?.text.sv);
 * ```
 */
export function formGroups(input: FormationInput): Result<FormationProposal, FormationError> {
  const validated = validate(input);
  if (!validated.ok) return validated;
  const { children, weighting, requireLeaders, improve } = validated.value;
  const { cohorts, leaders, districts, taxonomy, date } = input;
  const enrolled = input.enrolled ?? {};
  const dist = districtDistances(districts);
  const bits = needBits(taxonomy);
  const W = bits.words;
  const m = cohorts.length;

  // ---- cohorts: what each may do ----
  const leaderPool = new Map(leaders.map((l) => [l.id, l] as const));
  const decisionOf: CohortDecisionCode[] = [];
  const leaderIssues: (readonly LeaderIssue[] | undefined)[] = [];
  const lo = new Int32Array(m);
  const hi = new Int32Array(m);
  const usable = new Uint8Array(m);
  const cDistrict = new Int32Array(m);
  const cStartMonths = new Int32Array(m);
  const cAgeMin = new Int32Array(m);
  const cAgeMax = new Int32Array(m);
  const cNeeds = new Uint32Array(m * W);
  const cLang: string[] = [];
  const gone = new Uint8Array(m);
  cohorts.forEach((c, j) => {
    const e = enrolled[c.id] ?? 0;
    lo[j] = Math.max(0, c.seats.min - e);
    hi[j] = Math.max(0, c.seats.max - e);
    cDistrict[j] = dist.indexOf(c.premises.districtId);
    const [y, mo] = c.startDate.split('-').map(Number) as [number, number];
    cStartMonths[j] = y * 12 + (mo - 1);
    cAgeMin[j] = c.ageBand.min;
    cAgeMax[j] = c.ageBand.max;
    bits.mask(c.needs, cNeeds, j * W);
    cLang.push(c.language ?? 'sv');
    gone[j] = GONE.has(c.status) ? 1 : 0;
    const check = checkLeaders(c, leaderPool);
    leaderIssues.push(check.issues.length > 0 ? check.issues : undefined);
    let decision: CohortDecisionCode = 'launch';
    if (!TAKES_CHILDREN.has(c.status)) decision = 'not_open';
    else if ((c.cutoffDate ?? c.startDate) < date) decision = 'past_cutoff';
    else if (requireLeaders && !check.ok) decision = 'lacks_leaders';
    decisionOf.push(decision);
    usable[j] = decision === 'launch' ? 1 : 0;
  });

  // ---- children: waitlist order, the problem's child index ----
  const waitlist = createWaitlist(children, date, weighting);
  const entries = waitlist.entries;
  const isProtection = entries.map((e) => e.child.needs.some((n) => taxonomy.isProtection(n)));
  const formable = entries.filter((_, i) => !isProtection[i]);
  const n = formable.length;
  const kDistrict = new Int32Array(n);
  const kReach = new Float64Array(n);
  const kAgeFixed = new Int32Array(n).fill(-1);
  const kBirthMonths = new Int32Array(n);
  const kRelated = new Uint32Array(n * W);
  formable.forEach((e, i) => {
    const ch = e.child;
    kDistrict[i] = dist.indexOf(ch.districtId);
    kReach[i] = travelReach(ch.mayTravel);
    if (ch.birthYearMonth !== undefined) {
      const [by, bm] = ch.birthYearMonth.split('-').map(Number) as [number, number];
      kBirthMonths[i] = by * 12 + (bm - 1);
    } else kAgeFixed[i] = ch.age ?? 0;
    bits.relatedMask(ch.needs, kRelated, i * W);
  });

  /** The fit level of child i to cohort j (NEED … CANDIDATE). */
  const level = (i: number, j: number): number => {
    let needOk = false;
    for (let w = 0; w < W; w++)
      if ((kRelated[i * W + w]! & cNeeds[j * W + w]!) !== 0) needOk = true;
    if (!needOk) return NEED;
    // Same as ageOn(child, startDate): whole years between the birth month and the start month.
    const age =
      kAgeFixed[i]! >= 0 ? kAgeFixed[i]! : Math.floor((cStartMonths[j]! - kBirthMonths[i]!) / 12);
    if (age < cAgeMin[j]! || age > cAgeMax[j]!) return AGE;
    const lang = formable[i]!.child.language;
    if (lang !== undefined && lang !== cLang[j]) return LANGUAGE;
    if (dist.distanceAt(kDistrict[i]!, cDistrict[j]!) > kReach[i]!) return TRAVEL;
    return usable[j] ? CANDIDATE : UNUSABLE;
  };

  // For each child, every cohort it fits apart from travel and the cohort's own state ("static"
  // fits: level TRAVEL and up), nearest first; candidates are the subset the child may join. The
  // explanations read these lists instead of scanning every cohort again.
  const staticStart = new Int32Array(n + 1);
  let staticCohort = new Int32Array(Math.max(16, n * 8));
  let staticLevel = new Int8Array(staticCohort.length);
  const candStart = new Int32Array(n + 1);
  let candCohort = new Int32Array(Math.max(16, n * 4));
  let candDist = new Int32Array(candCohort.length);
  let staticLen = 0;
  let candLen = 0;
  const bestLevel = new Int8Array(n);
  const keys = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    let best = -1;
    let found = 0;
    const di = kDistrict[i]!;
    for (let j = 0; j < m; j++) {
      if (gone[j]) continue;
      const l = level(i, j);
      if (l > best) best = l;
      // Sort key: distance first, then input order, so the engine tries the nearest seats first.
      if (l >= TRAVEL) keys[found++] = dist.distanceAt(di, cDistrict[j]!) * m + j;
    }
    bestLevel[i] = best;
    const sorted = keys.subarray(0, found).sort();
    if (staticLen + found > staticCohort.length) {
      const grown = new Int32Array(Math.max(staticCohort.length * 2, staticLen + found));
      grown.set(staticCohort);
      staticCohort = grown;
      const grownLevel = new Int8Array(grown.length);
      grownLevel.set(staticLevel);
      staticLevel = grownLevel;
    }
    if (candLen + found > candCohort.length) {
      const grown = new Int32Array(Math.max(candCohort.length * 2, candLen + found));
      grown.set(candCohort);
      candCohort = grown;
      const grownDist = new Int32Array(grown.length);
      grownDist.set(candDist);
      candDist = grownDist;
    }
    for (let k = 0; k < found; k++) {
      const j = sorted[k]! % m;
      const l = level(i, j);
      staticCohort[staticLen] = j;
      staticLevel[staticLen++] = l;
      if (l === CANDIDATE) {
        candCohort[candLen] = j;
        candDist[candLen++] = (sorted[k]! - j) / m;
      }
    }
    staticStart[i + 1] = staticLen;
    candStart[i + 1] = candLen;
  }

  const weight = Float64Array.from(formable, (e) => e.weight);
  const solved = solveAssignment(
    {
      n,
      m,
      weight,
      candStart,
      candCohort: candCohort.subarray(0, candLen),
      candDist: candDist.subarray(0, candLen),
      lo,
      hi,
      usable,
      childZone: kDistrict,
      cohortZone: cDistrict,
      zones: dist.ids.length,
      zoneDist: dist.table,
      travelPenalty: weighting.travelPenalty,
    },
    { improve },
  );
  const { assign, launched, belowMinimum } = solved;

  // ---- explanations ----
  const placedCount = new Int32Array(m);
  for (let i = 0; i < n; i++) if (assign[i]! >= 0) placedCount[assign[i]!]!++;
  const cohortName = (j: number) => cohorts[j]!.id;
  const districtSv = (j: number) => dist.name(cohorts[j]!.premises.districtId, 'sv');
  const districtEn = (j: number) => dist.name(cohorts[j]!.premises.districtId, 'en');
  const childDistance = (i: number, j: number) => dist.distanceAt(kDistrict[i]!, cDistrict[j]!);
  const freeLeft = (j: number) => hi[j]! - placedCount[j]!;
  // Children left waiting who could join each cohort: "starts if n more" counts them in.
  const waitingFit = new Int32Array(m);
  for (let i = 0; i < n; i++)
    if (assign[i] === -1)
      for (let k = candStart[i]!; k < candStart[i + 1]!; k++) waitingFit[candCohort[k]!]!++;

  const placements: Placement[] = [];
  const unplaced: NonPlacement[] = [];
  const members: string[][] = cohorts.map(() => []);
  let ownDistrict = 0;
  let neighbour = 0;
  let further = 0;
  let weighted = 0;
  let travelSteps = 0;

  let f = 0; // index into formable, which keeps waitlist order
  entries.forEach((entry, k) => {
    const referralId = entry.child.referralId;
    if (isProtection[k]) {
      unplaced.push({
        referralId,
        reason: explain(
          'protection_concern',
          'Oro för att barnet far illa: en grupp är aldrig svaret. Ärendet går till socialtjänsten för en individuell bedömning.',
          'Concern that the child is at risk: a group is never the answer. The case goes to social services for an individual assessment.',
        ),
      });
      return;
    }
    const i = f++;
    const j = assign[i]!;
    if (j >= 0) {
      const d = childDistance(i, j);
      members[j]!.push(referralId);
      weighted += weight[i]!;
      travelSteps += d;
      if (d === 0) ownDistrict++;
      else if (d === 1) neighbour++;
      else further++;
      placements.push({
        referralId,
        cohortId: cohorts[j]!.id,
        districtId: cohorts[j]!.premises.districtId,
        distance: d,
        proximity: proximityOf(d),
        weight: weight[i]!,
        reason: placedReason(i, j, d),
      });
      return;
    }
    const reason = unplacedReason(i);
    const alternative = alternativeFor(i);
    unplaced.push(alternative ? { referralId, reason, alternative } : { referralId, reason });
  });

  function placedReason(i: number, j: number, d: number): Explanation<FormationReasonCode> {
    const where = `${cohortName(j)} (${districtSv(j)})`;
    const whereEn = `${cohortName(j)} (${districtEn(j)})`;
    if (d === 0)
      return explain(
        'placed_own_district',
        `Plats i ${where} i den egna stadsdelen.`,
        `Placed in ${whereEn} in the own district.`,
      );
    // Why not nearer: a nearer cohort did not start (pooled), was full, could not run, or none fits.
    let pooledFrom = -1;
    let nearerFull = false;
    let nearerHasRoom = false;
    let nearerUnusable = false;
    for (let k = staticStart[i]!; k < staticStart[i + 1]!; k++) {
      const c = staticCohort[k]!;
      if (childDistance(i, c) >= d) break;
      const l = staticLevel[k]!;
      if (l === CANDIDATE) {
        if (belowMinimum[c] && !launched[c]) {
          if (pooledFrom === -1 || childDistance(i, c) < childDistance(i, pooledFrom))
            pooledFrom = c;
        } else if (launched[c]) {
          if (freeLeft(c) > 0) nearerHasRoom = true;
          else nearerFull = true;
        }
      } else if (l === UNUSABLE) nearerUnusable = true;
    }
    if (pooledFrom >= 0)
      return explain(
        'cohort_below_minimum_pooled',
        `${cohortName(pooledFrom)} (${districtSv(pooledFrom)}) når inte sitt minsta antal barn och startar inte; barnet samlas i stället med barn från andra stadsdelar i ${where}, ${d} stadsdelsgräns${d === 1 ? '' : 'er'} bort.`,
        `${cohortName(pooledFrom)} (${districtEn(pooledFrom)}) does not reach its minimum and will not start; the child is pooled with children from other districts in ${whereEn}, ${d} district border${d === 1 ? '' : 's'} away.`,
      );
    // A nearer group with room while this one is at its minimum means the child was moved so that
    // this group could start; the children asked to travel are those who have waited least.
    const needed =
      nearerHasRoom && (enrolled[cohorts[j]!.id] ?? 0) + placedCount[j]! <= cohorts[j]!.seats.min;
    const whySv = needed
      ? `${cohortName(j)} behöver barnet för att nå sitt minsta antal (${cohorts[j]!.seats.min}) och kunna starta`
      : nearerFull
        ? 'grupperna närmare hemmet som passar är fulla'
        : nearerUnusable
          ? 'grupperna närmare hemmet som passar kan inte starta (ledare, status eller sista dag)'
          : 'ingen grupp närmare hemmet passar barnet';
    const whyEn = needed
      ? `${cohortName(j)} needs the child to reach its minimum (${cohorts[j]!.seats.min}) and start`
      : nearerFull
        ? 'the groups nearer home that fit are full'
        : nearerUnusable
          ? 'the groups nearer home that fit cannot start (leaders, status or cut-off date)'
          : 'no group nearer home fits the child';
    return d === 1
      ? explain(
          'placed_neighbour',
          `Plats i ${where} i en grannstadsdel: ${whySv}.`,
          `Placed in ${whereEn} in a neighbouring district: ${whyEn}.`,
        )
      : explain(
          'placed_further',
          `Plats i ${where}, ${d} stadsdelsgränser bort: ${whySv}.`,
          `Placed in ${whereEn}, ${d} district borders away: ${whyEn}.`,
        );
  }

  function unplacedReason(i: number): Explanation<FormationReasonCode> {
    const child = formable[i]!.child;
    switch (bestLevel[i]) {
      case -1:
      case NEED:
        return explain(
          'no_cohort_for_need',
          `Ingen planerad grupp arbetar med barnets behov (${child.needs.map((x) => taxonomy.label(x, 'sv')).join(', ')}).`,
          `No planned group works with the child's needs (${child.needs.map((x) => taxonomy.label(x, 'en')).join(', ')}).`,
        );
      case AGE: {
        const age = kAgeFixed[i]! >= 0 ? `${kAgeFixed[i]} år` : `född ${child.birthYearMonth}`;
        const ageEn = kAgeFixed[i]! >= 0 ? `aged ${kAgeFixed[i]}` : `born ${child.birthYearMonth}`;
        return explain(
          'no_cohort_for_age',
          `Ingen planerad grupp för barnets behov tar emot barn i barnets ålder (${age}).`,
          `No planned group for the child's needs takes children of the child's age (${ageEn}).`,
        );
      }
      case LANGUAGE:
        return explain(
          'no_cohort_for_language',
          `Ingen planerad grupp som passar hålls på språket barnet behöver (${child.language}).`,
          `No planned group that fits is held in the language the child needs (${child.language}).`,
        );
      case TRAVEL:
        return explain(
          'beyond_travel_limit',
          'Grupper som passar finns bara längre bort än familjen kan resa.',
          'Groups that fit are only further away than the family can travel.',
        );
      case UNUSABLE: {
        // The nearest cohort that fits but cannot run says why.
        let near = -1;
        for (let k = staticStart[i]!; k < staticStart[i + 1]! && near === -1; k++)
          if (staticLevel[k] === UNUSABLE) near = staticCohort[k]!;
        const decision = decisionOf[near]!;
        if (decision === 'lacks_leaders')
          return explain(
            'cohort_lacks_leaders',
            `Gruppen som passar (${cohortName(near)}) saknar ledare: minst två, varav en erfaren, och en mentor för varje ny ledare.`,
            `The group that fits (${cohortName(near)}) lacks leaders: at least two, one of them experienced, and a mentor for each first-time leader.`,
          );
        if (decision === 'past_cutoff')
          return explain(
            'cohort_past_cutoff',
            `Sista dag för att fylla gruppen som passar (${cohortName(near)}) har passerat.`,
            `The cut-off date for filling the group that fits (${cohortName(near)}) has passed.`,
          );
        return explain(
          'cohort_full',
          `Gruppen som passar (${cohortName(near)}) tar inte emot fler barn (${cohorts[near]!.status}).`,
          `The group that fits (${cohortName(near)}) takes no more children (${cohorts[near]!.status}).`,
        );
      }
      default: {
        let anyLaunched = false;
        for (let k = candStart[i]!; k < candStart[i + 1]!; k++)
          if (launched[candCohort[k]!]) anyLaunched = true;
        return anyLaunched
          ? explain(
              'cohort_full',
              'Alla grupper som passar och som familjen kan resa till är fulla; barn som väntat längre eller saknar andra möjligheter fick platserna. Barnet står kvar i kön.',
              'Every group that fits within the travel limit is full; children who waited longer or had no other option took the seats. The child stays in the queue.',
            )
          : explain(
              'cohort_below_minimum',
              'Grupperna som passar och som familjen kan resa till når inte sitt minsta antal barn och startar inte.',
              'The groups that fit within the travel limit do not reach their minimum and will not start.',
            );
      }
    }
  }

  function alternativeFor(i: number): Alternative | undefined {
    if (bestLevel[i]! < TRAVEL) return undefined;
    let free = -1;
    let needs = -1;
    let queue = -1;
    // The static list is nearest first, so the first cohort of each kind is the nearest one.
    for (let k = staticStart[i]!; k < staticStart[i + 1]!; k++) {
      const c = staticCohort[k]!;
      if (!usable[c]) continue;
      if (launched[c] && freeLeft(c) > 0) {
        if (free === -1) free = c;
      } else if (!launched[c]) {
        if (needs === -1) needs = c;
      } else if (queue === -1) queue = c;
    }
    if (free >= 0) {
      const d = childDistance(i, free);
      const seats = freeSeats(freeLeft(free));
      return {
        cohortId: cohortName(free),
        districtId: cohorts[free]!.premises.districtId,
        distance: d,
        kind: 'free_seats',
        text: {
          sv: `Närmaste alternativ: ${cohortName(free)} i ${districtSv(free)} (${d} ${d === 1 ? 'stadsdelsgräns' : 'stadsdelsgränser'} bort) har ${seats.sv}, om familjen kan resa dit.`,
          en: `Nearest alternative: ${cohortName(free)} in ${districtEn(free)} (${d} district ${d === 1 ? 'border' : 'borders'} away) has ${seats.en}, if the family can travel there.`,
        },
      };
    }
    if (needs >= 0) {
      const missing = Math.max(1, lo[needs]! - placedCount[needs]! - waitingFit[needs]!);
      const moreEn = `${missing} more ${missing === 1 ? 'child is' : 'children are'}`;
      return {
        cohortId: cohortName(needs),
        districtId: cohorts[needs]!.premises.districtId,
        distance: childDistance(i, needs),
        kind: 'needs_children',
        text: {
          sv: `Närmaste alternativ: ${cohortName(needs)} i ${districtSv(needs)} startar om ${missing} barn till anmäls senast ${cohorts[needs]!.cutoffDate ?? cohorts[needs]!.startDate}.`,
          en: `Nearest alternative: ${cohortName(needs)} in ${districtEn(needs)} starts if ${moreEn} referred by ${cohorts[needs]!.cutoffDate ?? cohorts[needs]!.startDate}.`,
        },
      };
    }
    if (queue >= 0)
      return {
        cohortId: cohortName(queue),
        districtId: cohorts[queue]!.premises.districtId,
        distance: childDistance(i, queue),
        kind: 'waitlist',
        text: {
          sv: `Närmaste alternativ: kö till ${cohortName(queue)} i ${districtSv(queue)}; en plats erbjuds när någon hoppar av.`,
          en: `Nearest alternative: queue for ${cohortName(queue)} in ${districtEn(queue)}; a seat is offered when someone drops out.`,
        },
      };
    return undefined;
  }

  // ---- cohorts ----
  const cohortOutcomes: CohortOutcome[] = cohorts.map((c, j) => {
    const e = enrolled[c.id] ?? 0;
    const total = e + placedCount[j]!;
    const isLaunched = launched[j] === 1;
    let decision: Explanation<CohortDecisionCode>;
    let alternative = -1;
    if (isLaunched) {
      decision = explain(
        'launch',
        `Startar med ${total} barn (minst ${c.seats.min}, högst ${c.seats.max}).`,
        `Starts with ${total} ${total === 1 ? 'child' : 'children'} (at least ${c.seats.min}, at most ${c.seats.max}).`,
      );
    } else {
      alternative = nearestLaunchedLike(j);
      const altSv =
        alternative >= 0
          ? ` Närmaste grupp för samma åldrar och behov med plats: ${cohortName(alternative)} (${districtSv(alternative)}).`
          : '';
      const altEn =
        alternative >= 0
          ? ` Nearest group for the same ages and needs with room: ${cohortName(alternative)} (${districtEn(alternative)}).`
          : '';
      const code = decisionOf[j]!;
      if (code === 'launch' || code === 'below_minimum')
        decision = explain(
          'below_minimum',
          `Startar inte: ${total} av minst ${c.seats.min} barn. Barnen som passar samlas i grupper i andra stadsdelar.${altSv}`,
          `Does not start: ${total} of at least ${c.seats.min} children. The children who fit are pooled into groups in other districts.${altEn}`,
        );
      else if (code === 'lacks_leaders')
        decision = explain(
          'lacks_leaders',
          `Startar inte: ${(leaderIssues[j] ?? []).map((x) => x.text.sv).join(' ')}${altSv}`,
          `Does not start: ${(leaderIssues[j] ?? []).map((x) => x.text.en).join(' ')}${altEn}`,
        );
      else if (code === 'past_cutoff')
        decision = explain(
          'past_cutoff',
          `Startar inte: sista dag för att nå minsta antal barn (${c.cutoffDate ?? c.startDate}) har passerat.${altSv}`,
          `Does not start: the cut-off date for reaching the minimum (${c.cutoffDate ?? c.startDate}) has passed.${altEn}`,
        );
      else
        decision = explain(
          'not_open',
          `Tar inte emot barn: gruppen har status ${c.status}.`,
          `Takes no children: the group's status is ${c.status}.`,
        );
    }
    return {
      cohortId: c.id,
      districtId: c.premises.districtId,
      launched: isLaunched,
      decision,
      seats: { min: c.seats.min, max: c.seats.max },
      enrolled: e,
      referralIds: members[j]!,
      total,
      ...(leaderIssues[j] ? { leaderIssues: leaderIssues[j] } : {}),
      ...(alternative >= 0 ? { alternativeCohortId: cohortName(alternative) } : {}),
    };
  });

  function nearestLaunchedLike(j: number): number {
    const a = cohorts[j]!;
    // Cohort-to-cohort need relation: widen this cohort's needs to their related set.
    const wanted = new Uint32Array(W);
    bits.relatedMask(a.needs, wanted, 0);
    let best = -1;
    for (let c = 0; c < m; c++) {
      if (c === j || !launched[c] || freeLeft(c) <= 0) continue;
      const b = cohorts[c]!;
      if (b.ageBand.max < a.ageBand.min || b.ageBand.min > a.ageBand.max) continue;
      let related = false;
      for (let w = 0; w < W; w++) if ((wanted[w]! & cNeeds[c * W + w]!) !== 0) related = true;
      if (!related) continue;
      const d = dist.distanceAt(cDistrict[j]!, cDistrict[c]!);
      if (best === -1 || d < dist.distanceAt(cDistrict[j]!, cDistrict[best]!)) best = c;
    }
    return best;
  }

  const launchedCount = cohortOutcomes.filter((c) => c.launched).length;
  return ok({
    date,
    weighting,
    placements,
    unplaced,
    cohorts: cohortOutcomes,
    summary: {
      children: entries.length,
      placed: placements.length,
      unplaced: unplaced.length,
      ownDistrict,
      neighbour,
      further,
      cohortsLaunched: launchedCount,
      cohortsNotLaunched: cohorts.length - launchedCount,
      weightedPlacements: weighted,
      travelSteps,
      objective: weighted - weighting.travelPenalty * travelSteps,
    },
    stats: solved.stats,
  });
}

interface Validated {
  readonly children: WaitingChild[];
  readonly weighting: Weighting;
  readonly requireLeaders: boolean;
  readonly improve: boolean;
}

function validate(input: FormationInput): Result<Validated, FormationError> {
  const date = IsoDateSchema.safeParse(input.date);
  if (!date.success) return err(invalidInput('formation date', date.error, 'date'));
  const options = OptionsSchema.safeParse(input.options);
  if (!options.success) return err(invalidInput('formation options', options.error, 'options'));
  const enrolled = EnrolledSchema.safeParse(input.enrolled);
  if (!enrolled.success) return err(invalidInput('enrolled counts', enrolled.error, 'enrolled'));
  const parsed = ChildrenSchema.safeParse(input.children);
  if (!parsed.success) return err(invalidInput('waiting children', parsed.error, 'children'));
  const children = parsed.data;

  const shape: InputIssue[] = [];
  input.cohorts.forEach((c, j) => {
    const { min, max } = c.seats;
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || min > max)
      shape.push({
        path: `cohorts.${j}.seats`,
        message: 'Expected whole seats with 1 <= min <= max',
      });
    if (c.ageBand.min > c.ageBand.max)
      shape.push({ path: `cohorts.${j}.ageBand`, message: 'min must not be above max' });
    if (!IsoDateSchema.safeParse(c.startDate).success)
      shape.push({ path: `cohorts.${j}.startDate`, message: 'Expected a date as YYYY-MM-DD' });
  });
  if (shape.length > 0) return err(fail('INVALID_INPUT', 'Invalid cohorts', shape));

  const dup: InputIssue[] = [];
  const seenChildren = new Set<string>();
  children.forEach((c, i) => {
    if (seenChildren.has(c.referralId))
      dup.push({
        path: `children.${i}.referralId`,
        message: `Referral id "${c.referralId}" appears more than once`,
      });
    seenChildren.add(c.referralId);
  });
  const seenCohorts = new Set<string>();
  input.cohorts.forEach((c, j) => {
    if (seenCohorts.has(c.id))
      dup.push({ path: `cohorts.${j}.id`, message: `Cohort id "${c.id}" appears more than once` });
    seenCohorts.add(c.id);
  });
  if (dup.length > 0) return err(fail('DUPLICATE_ID', 'Repeated ids', dup));

  const unknown: InputIssue[] = [];
  const districts = new Set(input.districts.map((d) => d.id));
  const known = (id: string) => input.taxonomy.get(id) !== undefined;
  children.forEach((c, i) => {
    if (!districts.has(c.districtId))
      unknown.push({
        path: `children.${i}.districtId`,
        message: `Unknown district "${c.districtId}"`,
      });
    c.needs.forEach((x, k) => {
      if (!known(x))
        unknown.push({ path: `children.${i}.needs.${k}`, message: `Unknown need "${x}"` });
    });
  });
  input.cohorts.forEach((c, j) => {
    if (!districts.has(c.premises.districtId))
      unknown.push({
        path: `cohorts.${j}.premises.districtId`,
        message: `Unknown district "${c.premises.districtId}"`,
      });
    c.needs.forEach((x, k) => {
      if (!known(x))
        unknown.push({ path: `cohorts.${j}.needs.${k}`, message: `Unknown need "${x}"` });
    });
  });
  for (const id of Object.keys(enrolled.data ?? {}))
    if (!seenCohorts.has(id))
      unknown.push({ path: `enrolled.${id}`, message: `Unknown cohort "${id}"` });
  if (unknown.length > 0) return err(fail('UNKNOWN_REFERENCE', 'Unknown references', unknown));

  const opts = options.data ?? {};
  const partial: Partial<Weighting> = {};
  for (const [k, v] of Object.entries(opts.weighting ?? {}))
    if (v !== undefined) (partial as Record<string, number>)[k] = v;
  return ok({
    children,
    weighting: resolveWeighting(partial),
    requireLeaders: opts.requireLeaders ?? true,
    improve: opts.improve ?? true,
  });
}

function fail(code: FormationErrorCode, what: string, issues: InputIssue[]): FormationError {
  const summary = issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new FormationError(code, `${what}: ${summary}${more}`, issues);
}
