import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import {
  OTHER_REFERRAL_ID,
  REFERRAL_ID,
  at,
  child10,
  ev,
  family,
  groupLeader,
  makeInput,
  run,
  start,
  T0,
} from '../test/fixtures.js';
import { isReferralError } from './errors.js';
import { checkReferralInvariants } from './invariants.js';
import {
  DEFAULT_FOLLOW_UP_AFTER_MONTHS,
  FINAL_REFERRAL_STATUSES,
  createReferralMachine,
  referralMachine,
  referralStatusOf,
  type ReferralSnapshot,
} from './machine.js';

/** Snapshot at each step must keep the machine's own rules. */
function expectConsistent(snapshot: ReferralSnapshot) {
  expect(checkReferralInvariants(snapshot)).toEqual([]);
}

const toOffered = (s = start()) =>
  run(s, ev.submit(at(0, 1)), ev.accept(at(1)), ev.waitlist(at(2)), ev.offer(at(10)));

describe('referralMachine', () => {
  it('starts in draft with the request, the service facts and no protection concern', () => {
    const s = start();
    expect(s.value).toBe('draft');
    expect(s.status).toBe('active');
    expect(s.context).toStrictEqual({
      referralId: REFERRAL_ID,
      child: child10,
      needs: ['parental-substance-abuse'],
      consent: { givenBy: 'guardians', recordedOn: '2026-03-01', scope: 'referral' },
      service: makeInput().service,
      createdAt: T0,
      updatedAt: T0,
    });
  });

  it('keeps only the service facts it judges eligibility on', () => {
    const full = {
      ...makeInput().service,
      providerId: 'sdf-farsta',
      name: { sv: 'Humlan', en: 'Humlan' },
      languages: [],
    };
    const s = start(makeInput({ service: full }));
    expect(Object.keys(s.context.service).sort()).toEqual(
      ['accessRoutes', 'ages', 'catchment', 'id', 'kind', 'needs', 'venueDistrictId'].sort(),
    );
  });

  it('walks the whole group path: submitted, accepted, waitlisted, offered, enrolled, completed, followed_up', () => {
    const steps: Array<[ReturnType<(typeof ev)[keyof typeof ev]>, string]> = [
      [ev.submit(at(0, 1)), 'submitted'],
      [ev.accept(at(1)), 'accepted'],
      [ev.waitlist(at(2), 4), 'waitlisted'],
      [ev.offer(at(10)), 'offered'],
      [ev.acceptOffer(at(15)), 'offered'],
      [ev.enrol('2026-04-15T15:00:00Z'), 'enrolled'],
      [ev.complete('2026-06-24T15:00:00Z', 11), 'completed'],
      [ev.followUp('2026-09-28T10:00:00Z'), 'followed_up'],
    ];
    let s = start();
    for (const [event, value] of steps) {
      [s] = transition(referralMachine, s, event);
      expect(s.value).toBe(value);
      expect(s.context.updatedAt).toBe(event.at);
      expectConsistent(s);
    }
    expect(s.status).toBe('done');
    expect(s.context).toMatchObject({
      submittedAt: at(0, 1),
      acceptedAt: at(1),
      waitlist: {
        position: 4,
        waitBand: '1_to_3_months',
        motivatorRole: 'district_social_worker',
        motivatorId: 'sw-farsta-17',
        since: at(2),
      },
      offer: {
        cohortId: 'humlan-vt-2026',
        startDate: '2026-04-15',
        replyBy: '2026-04-01T16:00:00Z',
        crossDistrict: false,
        offeredAt: at(10),
        acceptedAt: at(15),
      },
      enrolledAt: '2026-04-15T15:00:00Z',
      completedAt: '2026-06-24T15:00:00Z',
      sessionsAttended: 11,
      followUpDueAt: '2026-09-24T15:00:00.000Z',
      followedUpAt: '2026-09-28T10:00:00Z',
      closedAt: '2026-09-28T10:00:00Z',
    });
  });

  it('offers straight from accepted when a seat is free', () => {
    const s = run(start(), ev.submit(at(0, 1)), ev.accept(at(1)), ev.offer(at(2)));
    expect(s.value).toBe('offered');
    expect(s.context.waitlist).toBeUndefined();
  });

  it('asks for information and returns to submitted when it is provided', () => {
    const asked = run(start(), ev.submit(at(0, 1)), ev.requestInfo(at(1)));
    expect(asked.value).toBe('needs_info');
    expect(asked.context.infoRequest).toStrictEqual({ missing: ['consent'], at: at(1) });
    const answered = run(asked, ev.provideInfo(at(2), { needs: ['parental-mental-illness'] }));
    expect(answered.value).toBe('submitted');
    expect(answered.context.needs).toEqual(['parental-mental-illness']);
    expect(answered.context.infoRequest).toBeUndefined();
  });

  it('lets a draft be corrected before it is submitted', () => {
    const s = run(start(), ev.provideInfo(at(0, 1), { child: { ...child10, age: 11 } }));
    expect(s.value).toBe('draft');
    expect(s.context.child.age).toBe(11);
  });

  it('updates the waitlist place without resetting the waiting time', () => {
    const s = run(
      start(),
      ev.submit(at(0, 1)),
      ev.accept(at(1)),
      ev.waitlist(at(2), 9),
      ev.checkIn(at(16)),
      ev.waitlist(at(20), 3),
    );
    expect(s.value).toBe('waitlisted');
    expect(s.context.waitlist).toMatchObject({ position: 3, since: at(2), lastCheckInAt: at(16) });
  });

  describe('the offer', () => {
    it('goes back to the waitlist, keeping the place, when the family declines it', () => {
      const s = run(toOffered(), ev.declineOffer(at(12)));
      expect(s.value).toBe('waitlisted');
      expect(s.context.waitlist?.position).toBe(4);
      expect(s.context.offer).toBeUndefined();
    });

    it('goes back to accepted when declined and the referral was never waitlisted', () => {
      const s = run(
        start(),
        ev.submit(at(0, 1)),
        ev.accept(at(1)),
        ev.offer(at(2)),
        ev.declineOffer(at(3)),
      );
      expect(s.value).toBe('accepted');
      expect(s.context.offer).toBeUndefined();
    });

    it('can be taken back by staff when the cohort does not start', () => {
      expect(run(toOffered(), ev.rescindOffer(at(20))).value).toBe('waitlisted');
    });

    it('expires at the reply deadline, not before', () => {
      const offered = toOffered();
      expect(run(offered, ev.offerExpired('2026-04-01T15:59:59Z')).value).toBe('offered');
      const lapsed = run(offered, ev.offerExpired('2026-04-01T16:00:00Z'));
      expect(lapsed.value).toBe('waitlisted');
      expect(lapsed.context.offer).toBeUndefined();
    });

    it('does not expire once accepted', () => {
      const s = run(toOffered(), ev.acceptOffer(at(15)), ev.offerExpired('2026-04-02T00:00:00Z'));
      expect(s.value).toBe('offered');
      expect(s.context.offer?.acceptedAt).toBe(at(15));
    });

    it('cannot be accepted after the deadline', () => {
      const s = run(toOffered(), ev.acceptOffer('2026-04-01T16:00:01Z'));
      expect(s.context.offer?.acceptedAt).toBeUndefined();
    });

    it('compares deadlines as instants, whatever the offset', () => {
      // 17:30 in Stockholm (+01:00) is 16:30 UTC: after a 16:00 UTC deadline.
      const s = run(toOffered(), ev.acceptOffer('2026-04-01T17:30:00+01:00'));
      expect(s.context.offer?.acceptedAt).toBeUndefined();
      const inTime = run(toOffered(), ev.acceptOffer('2026-04-01T16:30:00+01:00'));
      expect(inTime.context.offer?.acceptedAt).toBe('2026-04-01T16:30:00+01:00');
    });

    it('must be accepted before the child is enrolled', () => {
      expect(run(toOffered(), ev.enrol(at(44))).value).toBe('offered');
      expect(run(toOffered(), ev.acceptOffer(at(15)), ev.enrol(at(44))).value).toBe('enrolled');
    });

    it('can be changed to a decline after it was accepted', () => {
      const s = run(toOffered(), ev.acceptOffer(at(15)), ev.declineOffer(at(16)));
      expect(s.value).toBe('waitlisted');
    });
  });

  describe('closing', () => {
    it('declines with the reason', () => {
      const s = run(start(), ev.submit(at(0, 1)), ev.decline(at(1), 'no_capacity'));
      expect(s.value).toBe('declined');
      expect(s.status).toBe('done');
      expect(s.context).toMatchObject({ declineReason: 'no_capacity', closedAt: at(1) });
      expect(s.context.routeTo).toBeUndefined();
    });

    it.each([
      ['draft', []],
      ['submitted', [ev.submit(at(0, 1))]],
      ['needs_info', [ev.submit(at(0, 1)), ev.requestInfo(at(1))]],
      ['accepted', [ev.submit(at(0, 1)), ev.accept(at(1))]],
      ['waitlisted', [ev.submit(at(0, 1)), ev.accept(at(1)), ev.waitlist(at(2))]],
      ['offered', [ev.submit(at(0, 1)), ev.accept(at(1)), ev.offer(at(2))]],
    ] as const)('is withdrawn by the family from %s', (from, events) => {
      const before = run(start(), ...events);
      expect(before.value).toBe(from);
      const s = run(before, ev.withdraw(at(5)));
      expect(s.value).toBe('withdrawn');
      expect(s.context.closedAt).toBe(at(5));
    });

    it('is not withdrawn once the group has started: that is a discontinuation', () => {
      const enrolled = run(toOffered(), ev.acceptOffer(at(15)), ev.enrol(at(44)));
      expect(run(enrolled, ev.withdraw(at(50))).value).toBe('enrolled');
      const s = run(enrolled, ev.discontinue(at(50), 3));
      expect(s.value).toBe('discontinued');
      expect(s.context.sessionsReached).toBe(3);
    });

    it.each([
      ['submitted', [ev.submit(at(0, 1))]],
      ['needs_info', [ev.submit(at(0, 1)), ev.requestInfo(at(1))]],
      ['accepted', [ev.submit(at(0, 1)), ev.accept(at(1))]],
      ['waitlisted', [ev.submit(at(0, 1)), ev.accept(at(1)), ev.waitlist(at(2))]],
    ] as const)('is referred on from %s, linked to the new referral', (_from, events) => {
      const s = run(start(), ...events, ev.referOn(at(5)));
      expect(s.value).toBe('referred_on');
      expect(s.context.newReferralId).toBe(OTHER_REFERRAL_ID);
    });

    it('is not referred on to itself', () => {
      expect(run(start(), ev.submit(at(0, 1)), ev.referOn(at(5), REFERRAL_ID)).value).toBe(
        'submitted',
      );
    });

    it.each([
      ['draft', []],
      ['submitted', [ev.submit(at(0, 1))]],
      ['needs_info', [ev.submit(at(0, 1)), ev.requestInfo(at(1))]],
      ['accepted', [ev.submit(at(0, 1)), ev.accept(at(1))]],
      ['waitlisted', [ev.submit(at(0, 1)), ev.accept(at(1)), ev.waitlist(at(2))]],
    ] as const)('expires from %s', (_from, events) => {
      expect(run(start(), ...events, ev.expire(at(90))).value).toBe('expired');
    });

    it('does not expire an offer (its deadline handles that) or a running group', () => {
      expect(run(toOffered(), ev.expire(at(90))).value).toBe('offered');
      const enrolled = run(toOffered(), ev.acceptOffer(at(15)), ev.enrol(at(44)));
      expect(run(enrolled, ev.expire(at(90))).value).toBe('enrolled');
    });

    it.each(FINAL_REFERRAL_STATUSES)('accepts no further events in %s', (status) => {
      const s = referralMachine.resolveState({
        value: status,
        context: { ...start().context, declineReason: 'other', closedAt: at(1) },
      });
      expect(s.status).toBe('done');
      const next = run(
        s,
        ev.submit(at(2)),
        ev.accept(at(2)),
        ev.protection(at(2)),
        ev.withdraw(at(2)),
      );
      expect(next.value).toBe(status);
      expect(next.context).toStrictEqual(s.context);
    });
  });

  describe('completion and follow-up', () => {
    const completed = () =>
      run(
        toOffered(),
        ev.acceptOffer(at(15)),
        ev.enrol(at(44)),
        ev.complete('2027-01-31T12:00:00Z'),
      );

    it(`sets the follow-up ${DEFAULT_FOLLOW_UP_AFTER_MONTHS} calendar months after completion, clamped to the month's end`, () => {
      expect(completed().context.followUpDueAt).toBe('2027-04-30T12:00:00.000Z');
    });

    it('reminds once that the follow-up is due', () => {
      const reminded = run(completed(), ev.followUpDue('2027-04-30T12:00:00Z'));
      expect(reminded.value).toBe('completed');
      expect(reminded.context.followUpRemindedAt).toBe('2027-04-30T12:00:00Z');
      expect(run(reminded, ev.followUpDue('2027-05-30T12:00:00Z')).context.followUpRemindedAt).toBe(
        '2027-04-30T12:00:00Z',
      );
    });

    it('takes the follow-up interval as an option', () => {
      const machine = createReferralMachine({ followUpAfterMonths: 6 });
      const s = run(
        start(makeInput(), machine),
        ev.submit(at(0, 1)),
        ev.accept(at(1)),
        ev.offer(at(2)),
        ev.acceptOffer(at(3)),
        ev.enrol(at(44)),
        ev.complete('2026-06-24T15:00:00Z'),
      );
      expect(s.context.followUpDueAt).toBe('2026-12-24T15:00:00.000Z');
    });

    it('refuses a follow-up interval that is not a whole number of months', () => {
      for (const months of [0, -1, 1.5, Number.NaN]) {
        let thrown: unknown;
        try {
          createReferralMachine({ followUpAfterMonths: months });
        } catch (e) {
          thrown = e;
        }
        expect(isReferralError(thrown) && thrown.code).toBe('INVALID_INPUT');
      }
    });
  });

  describe('input', () => {
    it('gives an error snapshot carrying INVALID_INPUT when the service is not the one the request names', () => {
      // xstate catches what the context factory throws and puts it on the snapshot.
      const input = makeInput();
      const [s] = initialTransition(referralMachine, {
        ...input,
        request: { ...input.request, serviceId: 'other' },
      });
      expect(s.status).toBe('error');
      expect(isReferralError(s.error)).toBe(true);
      expect(isReferralError(s.error) && s.error.code).toBe('INVALID_INPUT');
      expect(isReferralError(s.error) && s.error.issues.map((i) => i.path)).toEqual(['service.id']);
    });
  });

  it('runs as an actor, which is how apps use it', () => {
    const actor = createActor(referralMachine, { input: makeInput() }).start();
    actor.send(ev.submit(at(0, 1)));
    actor.send(ev.accept(at(1)));
    actor.send({ type: 'ACCEPT_OFFER', by: family, at: at(2) }); // ignored: nothing offered
    expect(actor.getSnapshot().value).toBe('accepted');
    actor.send({ type: 'ENROL', by: groupLeader, at: at(3) }); // ignored too
    expect(actor.getSnapshot().value).toBe('accepted');
    actor.stop();
  });
});

describe('referralStatusOf', () => {
  it('is the snapshot value for every state', () => {
    expect(referralStatusOf(start())).toBe('draft');
    expect(referralStatusOf(toOffered())).toBe('offered');
  });

  it('throws INVALID_SNAPSHOT for something that is not a referral status', () => {
    expect(() => referralStatusOf({ value: 'sent' })).toThrow(/Not a referral status/);
    expect(() => referralStatusOf({ value: { offered: 'awaiting' } })).toThrow(
      /Not a referral status/,
    );
  });
});
