import type { GroupCohort, Leader } from '@lotsen/domain';
import { districtDistances, proximityOf, type Proximity } from './districts.js';
import { explain, freeSeats, type Explanation } from './explain.js';
import { checkFit, type FitContext } from './fit.js';
import { checkLeaders } from './leaders.js';
import { compareWaiting, type Waitlist } from './waitlist.js';
import type { WaitingChild } from './waiting-child.js';
import { effectiveWaitDays } from './weighting.js';

/** Options for {@link crossDistrictOffers}. */
export interface CrossDistrictOptions {
  /** Children already enrolled, per cohort id; free seats are `seats.max` minus this. */
  readonly enrolled?: Readonly<Record<string, number>>;
  /**
   * The waitlist. Children ahead of this one who fit a cohort count as its queue, because
   * {@link nextInLine} will offer them the cohort's seats first.
   */
  readonly waitlist?: Waitlist;
  /** The most offers to return. Default 3. */
  readonly limit?: number;
  /** Also list cohorts beyond the family's travel limit (marked `withinTravelLimit: false`). */
  readonly includeBeyondTravelLimit?: boolean;
  /** The leader pool: when given, cohorts that fail the leader rule ({@link checkLeaders}) are not offered. */
  readonly leaders?: readonly Leader[];
}

/** How the child's own district stands. */
export type OwnDistrictSituation =
  'own_district_has_room' | 'own_district_queue' | 'own_district_no_cohort';

/** A cohort the child can be offered, nearest first. */
export interface CohortOffer {
  readonly cohortId: string;
  readonly districtId: string;
  readonly startDate: string;
  readonly distance: number;
  readonly proximity: Proximity;
  /** Seats not yet taken by enrolled children. */
  readonly freeSeats: number;
  /** Children ahead in line who fit this cohort too. */
  readonly queueAhead: number;
  readonly withinTravelLimit: boolean;
  readonly reason: Explanation<Proximity>;
}

/** The cohorts to offer a child, and why the own district is not enough. */
export interface CrossDistrictOffers {
  readonly referralId: string;
  readonly situation: Explanation<OwnDistrictSituation>;
  /** Nearest first: own district, then neighbours, then further by graph distance. */
  readonly offers: readonly CohortOffer[];
}

const OFFERABLE = new Set(['planned', 'open']);

/**
 * Cross-district offers: the cohorts with room for the child, nearest first (own district, then
 * neighbours, then further by the number of district borders), each with a reason. The answer says
 * how the own district stands: it has room, it has a queue (its suitable cohorts' free seats go to
 * children ahead in line), or it has no suitable cohort at all. The reports recommend exactly this:
 * let families join a group in another district when the own district has a queue.
 *
 * Only cohorts that are `planned` or `open`, that the child fits ({@link checkFit}) and, when the
 * leader pool is given, that pass the leader rule are offered; a cohort has room when its free
 * seats exceed the children ahead in line who fit it.
 *
 * @example
 * ```ts
 * const answer = crossDistrictOffers(child, cohorts, { taxonomy, districts }, { waitlist, enrolled });
 * if (answer.situation.code === 'own_district_queue') show(answer.offers[0]?.reason.text.sv);
 * ```
 */
export function crossDistrictOffers(
  child: WaitingChild,
  cohorts: readonly GroupCohort[],
  context: FitContext,
  options: CrossDistrictOptions = {},
): CrossDistrictOffers {
  const distances = districtDistances(context.districts);
  const { waitlist } = options;
  const ahead = waitlist
    ? (() => {
        const me = {
          child,
          effectiveWaitDays: effectiveWaitDays(child, waitlist.date, waitlist.weighting),
        };
        return waitlist.entries.filter(
          (e) =>
            e.child.referralId !== child.referralId &&
            compareWaiting(e, me, waitlist.weighting.priorityDays) < 0,
        );
      })()
    : [];
  const pool = options.leaders
    ? new Map(options.leaders.map((l) => [l.id, l] as const))
    : undefined;
  const own = { fitting: 0, withRoom: 0, free: 0 };
  const ownQueue = new Set<string>();
  const candidates: CohortOffer[] = [];
  for (const cohort of cohorts) {
    if (!OFFERABLE.has(cohort.status)) continue;
    if (pool && !checkLeaders(cohort, pool).ok) continue;
    const fit = checkFit(child, cohort, context);
    const beyond = !fit.fits && fit.code === 'beyond_travel_limit';
    if (!fit.fits && !beyond) continue;
    const free = Math.max(0, cohort.seats.max - (options.enrolled?.[cohort.id] ?? 0));
    let queueAhead = 0;
    const distance = fit.distance;
    for (const e of ahead) {
      if (!checkFit(e.child, cohort, context).fits) continue;
      queueAhead++;
      if (distance === 0) ownQueue.add(e.child.referralId);
    }
    if (distance === 0) {
      own.fitting++;
      own.free += free;
      if (free > queueAhead) own.withRoom++;
    }
    if (free <= queueAhead) continue;
    if (beyond && !options.includeBeyondTravelLimit) continue;
    const proximity = proximityOf(distance);
    const place = distances.name(cohort.premises.districtId, 'sv');
    const placeEn = distances.name(cohort.premises.districtId, 'en');
    const seats = freeSeats(free - queueAhead);
    const farSv = beyond ? ' Längre än familjen har sagt att den kan resa.' : '';
    const farEn = beyond ? ' Further than the family said it can travel.' : '';
    const reason =
      proximity === 'own_district'
        ? explain(
            proximity,
            `${cohort.id} i den egna stadsdelen (${place}): ${seats.sv} efter kön.`,
            `${cohort.id} in the own district (${placeEn}): ${seats.en} after the queue.`,
          )
        : proximity === 'neighbour'
          ? explain(
              proximity,
              `${cohort.id} i grannstadsdelen ${place}: ${seats.sv} efter kön.${farSv}`,
              `${cohort.id} in the neighbouring district ${placeEn}: ${seats.en} after the queue.${farEn}`,
            )
          : explain(
              proximity,
              `${cohort.id} i ${place}, ${distance} stadsdelsgränser bort: ${seats.sv} efter kön.${farSv}`,
              `${cohort.id} in ${placeEn}, ${distance} district borders away: ${seats.en} after the queue.${farEn}`,
            );
    candidates.push({
      cohortId: cohort.id,
      districtId: cohort.premises.districtId,
      startDate: cohort.startDate,
      distance,
      proximity,
      freeSeats: free,
      queueAhead,
      withinTravelLimit: !beyond,
      reason,
    });
  }
  candidates.sort(
    (a, b) =>
      Number(b.withinTravelLimit) - Number(a.withinTravelLimit) ||
      a.distance - b.distance ||
      (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0) ||
      (a.cohortId < b.cohortId ? -1 : a.cohortId > b.cohortId ? 1 : 0),
  );
  const home = distances.name(child.districtId, 'sv');
  const homeEn = distances.name(child.districtId, 'en');
  const situation =
    own.fitting === 0
      ? explain(
          'own_district_no_cohort',
          `${home} har ingen planerad grupp som passar barnet; närmaste grupp med plats erbjuds i stället.`,
          `${homeEn} has no planned group that fits the child; the nearest group with room is offered instead.`,
        )
      : own.withRoom === 0
        ? explain(
            'own_district_queue',
            `${home} har kö till grupperna som passar (${ownQueue.size} före i kön, ${own.free} lediga platser); närmaste grupp med plats erbjuds i stället.`,
            `${homeEn} has a queue for the groups that fit (${ownQueue.size} ahead in line, ${own.free} free seats); the nearest group with room is offered instead.`,
          )
        : explain(
            'own_district_has_room',
            `${home} har en grupp med plats för barnet.`,
            `${homeEn} has a group with room for the child.`,
          );
  return {
    referralId: child.referralId,
    situation,
    offers: candidates.slice(0, options.limit ?? 3),
  };
}
