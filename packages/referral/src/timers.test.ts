import { describe, expect, it } from 'vitest';
import { REFERRAL_ID, at, coordinator, ev, run, start } from '../test/fixtures.js';
import { isReferralError } from './errors.js';
import { DEFAULT_WAITLIST_CHECK_IN_DAYS, SCHEDULER_ACTOR, timersFor } from './timers.js';
import { transitionReferral } from './queries.js';

const waitlisted = () => run(start(), ev.submit(at(0, 1)), ev.accept(at(1)), ev.waitlist(at(2)));
const offered = () => run(waitlisted(), ev.offer(at(10)));
const completed = () =>
  run(
    offered(),
    ev.acceptOffer(at(15)),
    ev.enrol('2026-04-15T15:00:00Z'),
    ev.complete('2026-06-24T15:00:00Z'),
  );

describe('timersFor', () => {
  it('has no timers before the group path or after the referral closes', () => {
    expect(timersFor(start())).toEqual([]);
    expect(timersFor(run(start(), ev.submit(at(0, 1))))).toEqual([]);
    expect(timersFor(run(start(), ev.submit(at(0, 1)), ev.accept(at(1))))).toEqual([]);
    expect(timersFor(run(start(), ev.withdraw(at(1))))).toEqual([]);
    expect(timersFor(run(completed(), ev.followUp('2026-09-28T10:00:00Z')))).toEqual([]);
  });

  it(`checks in with a waitlisted family every ${DEFAULT_WAITLIST_CHECK_IN_DAYS} days by default`, () => {
    expect(timersFor(waitlisted())).toStrictEqual([
      {
        kind: 'waitlist_check_in',
        key: `${REFERRAL_ID}:waitlist_check_in`,
        dueAt: at(2 + DEFAULT_WAITLIST_CHECK_IN_DAYS),
        event: {
          type: 'WAITLIST_CHECK_IN',
          by: SCHEDULER_ACTOR,
          at: at(2 + DEFAULT_WAITLIST_CHECK_IN_DAYS),
        },
      },
    ]);
  });

  it('restarts the check-in clock at each check-in', () => {
    const s = run(waitlisted(), ev.checkIn(at(12), coordinator));
    expect(timersFor(s).map((t) => t.dueAt)).toEqual([at(26)]);
  });

  it('takes the check-in interval and the sender as options', () => {
    const [timer] = timersFor(waitlisted(), { waitlistCheckInDays: 7, by: coordinator });
    expect(timer?.dueAt).toBe(at(9));
    expect(timer?.event.by).toBe(coordinator);
  });

  it('refuses a check-in interval that is not a whole number of days', () => {
    for (const days of [0, -3, 2.5]) {
      let thrown: unknown;
      try {
        timersFor(waitlisted(), { waitlistCheckInDays: days });
      } catch (e) {
        thrown = e;
      }
      expect(isReferralError(thrown) && thrown.code).toBe('INVALID_INPUT');
    }
  });

  it('sets the offer deadline at replyBy, sending OFFER_EXPIRED', () => {
    expect(timersFor(offered())).toStrictEqual([
      {
        kind: 'offer_deadline',
        key: `${REFERRAL_ID}:offer_deadline`,
        dueAt: '2026-04-01T16:00:00Z',
        event: { type: 'OFFER_EXPIRED', by: SCHEDULER_ACTOR, at: '2026-04-01T16:00:00Z' },
      },
    ]);
  });

  it('drops the offer deadline once the offer is accepted', () => {
    expect(timersFor(run(offered(), ev.acceptOffer(at(15))))).toEqual([]);
  });

  it('sets the follow-up about 3 months after completion, once', () => {
    const timers = timersFor(completed());
    expect(timers).toStrictEqual([
      {
        kind: 'follow_up_due',
        key: `${REFERRAL_ID}:follow_up_due`,
        dueAt: '2026-09-24T15:00:00.000Z',
        event: { type: 'FOLLOW_UP_DUE', by: SCHEDULER_ACTOR, at: '2026-09-24T15:00:00.000Z' },
      },
    ]);
    expect(timersFor(run(completed(), timers[0]!.event))).toEqual([]);
  });

  it('gives events the machine accepts when they are due', () => {
    for (const snapshot of [waitlisted(), offered(), completed()]) {
      for (const timer of timersFor(snapshot)) {
        const result = transitionReferral(snapshot, timer.event);
        expect(result.ok).toBe(true);
      }
    }
    const lapsed = transitionReferral(offered(), timersFor(offered())[0]!.event);
    expect(lapsed.ok && lapsed.value.snapshot.value).toBe('waitlisted');
  });

  it('works on what storage kept, without a live snapshot', () => {
    const s = offered();
    const stored = JSON.parse(JSON.stringify({ value: s.value, context: s.context }));
    expect(timersFor(stored)).toStrictEqual(timersFor(s));
  });
});
