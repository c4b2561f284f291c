import { estimateWaitWeeks, ok, type Result } from '@lotsen/domain';
import type { Database, StorageError } from '@lotsen/storage';
import type { WaitingSettings } from './waiting-settings.js';

/** A family's place as the API shows it, with how the estimate is made, in Swedish and English. */
export interface PlaceView {
  readonly list: 'cohort' | 'service';
  readonly listId: string;
  readonly position: number;
  readonly of: number;
  /** Weeks until an offer at the current pace; absent when the list has not moved in the window. */
  readonly aboutWeeks?: number;
  /** Seats offered from this list per week over the window. */
  readonly pacePerWeek: number;
  readonly windowDays: number;
  readonly text: { readonly sv: string; readonly en: string };
  readonly method: { readonly sv: string; readonly en: string };
}

/**
 * Where a referral waits, in words a family understands: "place 3 of 11, about 6 weeks at the
 * current pace". The estimate divides the place by the seats offered from the same list per week
 * over the last `paceWindowDays` days; with no offers in that window there is no estimate, and the
 * text says so rather than guessing. `undefined` when the referral waits in no list.
 */
export async function placeOf(
  db: Database,
  referralId: string,
  at: string,
  settings: WaitingSettings,
): Promise<Result<PlaceView | undefined, StorageError>> {
  const standing = await db.seats.standing(referralId, at, settings.paceWindowDays);
  if (!standing.ok || standing.value === undefined)
    return standing as Result<undefined, StorageError>;
  const s = standing.value;
  const weeks = estimateWaitWeeks(s.position, s.offersInWindow, s.windowDays);
  const pacePerWeek = Math.round(((s.offersInWindow * 7) / s.windowDays) * 10) / 10;
  const windowWeeks = Math.round(s.windowDays / 7);
  const text =
    weeks === undefined
      ? {
          sv: `Plats ${s.position} av ${s.of}. Ingen har fått en plats från kön de senaste ${windowWeeks} veckorna, så vi kan inte uppskatta väntetiden.`,
          en: `Place ${s.position} of ${s.of}. Nobody has been offered a seat from this list in the last ${windowWeeks} weeks, so there is no estimate of the wait.`,
        }
      : {
          sv: `Plats ${s.position} av ${s.of}, ungefär ${weeks} ${weeks === 1 ? 'vecka' : 'veckor'} i nuvarande takt.`,
          en: `Place ${s.position} of ${s.of}, about ${weeks} ${weeks === 1 ? 'week' : 'weeks'} at the current pace.`,
        };
  return ok({
    list: s.list,
    listId: s.listId,
    position: s.position,
    of: s.of,
    ...(weeks === undefined ? {} : { aboutWeeks: weeks }),
    pacePerWeek,
    windowDays: s.windowDays,
    text,
    method: {
      sv: `Platsen följer väntetiden (med 90 dagars försprång per prioritetssteg). Uppskattningen är platsen delad med antalet platser som erbjudits från samma kö per vecka de senaste ${s.windowDays} dagarna (${s.offersInWindow} erbjudanden), avrundat uppåt.`,
      en: `The place follows waiting time (with a 90-day head start per priority step). The estimate is the place divided by the seats offered from the same list per week over the last ${s.windowDays} days (${s.offersInWindow} offers), rounded up.`,
    },
  });
}
