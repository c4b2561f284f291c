import { createNeedTaxonomy, type Consent } from '@lotsen/domain';
import { describe, expect, it } from 'vitest';
import {
  aidDecisionOnly,
  at,
  child10,
  directIntakeGroup,
  ev,
  family,
  guardians,
  humlan,
  makeInput,
  run,
  start,
  youngPerson,
} from '../test/fixtures.js';
import { checkEligibility } from './eligibility.js';
import { createReferralMachine, type ReferralSnapshot } from './machine.js';
import { allowedEvents } from './queries.js';

const youngPersonConsent: Consent = {
  givenBy: 'young_person',
  recordedOn: '2026-03-01',
  scope: 'referral',
};
const selfReferral: Consent = {
  givenBy: 'parent_self_referral',
  recordedOn: '2026-03-01',
  scope: 'referral',
};
const teen = (age: number) => ({ ...child10, pseudonym: `UNG-${age}`, age });

const accepted = (s: ReferralSnapshot) => run(s, ev.submit(at(0, 1)), ev.accept(at(1)));

describe('consent guard', () => {
  const teenInput = (age: number) =>
    makeInput({
      service: aidDecisionOnly,
      child: teen(age),
      needs: ['parental-mental-illness'],
      consent: youngPersonConsent,
    });

  it('holds a 14-year-old consenting alone in needs_info, asking for consent', () => {
    const s = run(start(teenInput(14)), ev.submit(at(0, 1), youngPerson));
    expect(s.value).toBe('needs_info');
    expect(s.context.infoRequest).toStrictEqual({
      missing: ['consent'],
      at: at(0, 1),
      consentProblem: 'young_person_under_15',
    });
    expect(allowedEvents(s, at(1))).not.toContain('ACCEPT');
  });

  it('lets a 15-year-old consent alone (SoL 3 kap. 6 a §)', () => {
    const s = run(start(teenInput(15)), ev.submit(at(0, 1), youngPerson));
    expect(s.value).toBe('submitted');
    expect(run(s, ev.accept(at(1))).value).toBe('accepted');
  });

  it('judges the age on the event date: a young person who turns 15 can then consent alone', () => {
    // Born in April 2011: 14 in March 2026, 15 from April.
    const input = makeInput({
      service: aidDecisionOnly,
      child: {
        pseudonym: 'UNG-0411',
        birthYearMonth: '2011-04',
        districtId: 'farsta',
        languages: [],
      },
      needs: ['parental-mental-illness'],
      consent: youngPersonConsent,
    });
    expect(run(start(input), ev.submit('2026-03-31T12:00:00Z', youngPerson)).value).toBe(
      'needs_info',
    );
    expect(run(start(input), ev.submit('2026-04-01T12:00:00Z', youngPerson)).value).toBe(
      'submitted',
    );
  });

  it('moves on once guardians consent for the 14-year-old', () => {
    const held = run(start(teenInput(14)), ev.submit(at(0, 1), youngPerson));
    const s = run(held, ev.provideInfo(at(2), { consent: guardians }));
    expect(s.value).toBe('submitted');
    expect(s.context.consent).toStrictEqual(guardians);
    expect(s.context.infoRequest).toBeUndefined();
  });

  it('stays in needs_info when the information given still lacks a valid consent', () => {
    const held = run(start(teenInput(14)), ev.submit(at(0, 1), youngPerson));
    const s = run(
      held,
      ev.provideInfo(at(2), { needs: ['parental-mental-illness', 'own-mental-health'] }),
    );
    expect(s.value).toBe('needs_info');
    expect(s.context.needs).toEqual(['parental-mental-illness', 'own-mental-health']);
    expect(s.context.infoRequest?.consentProblem).toBe('young_person_under_15');
  });

  it('refuses a parent self-referral to a service reached only by an aid decision', () => {
    const input = makeInput({
      service: aidDecisionOnly,
      child: teen(14),
      needs: ['parental-mental-illness'],
      consent: selfReferral,
    });
    const s = run(start(input), ev.submit(at(0, 1), family));
    expect(s.value).toBe('needs_info');
    expect(s.context.infoRequest?.consentProblem).toBe('self_referral_needs_direct_intake');
    expect(run(s, ev.accept(at(1))).value).toBe('needs_info');
  });

  it('refuses a self-referral to Humlan, which has no direct intake', () => {
    const s = run(start(makeInput({ consent: selfReferral })), ev.submit(at(0, 1), family));
    expect(s.value).toBe('needs_info');
  });

  it('accepts a parent self-referral to a service with direct intake', () => {
    const input = makeInput({
      service: directIntakeGroup,
      child: { ...child10, districtId: 'alvsjo' },
      needs: ['domestic-violence-witnessed'],
      consent: selfReferral,
    });
    const s = run(start(input), ev.submit(at(0, 1), family), ev.accept(at(1)));
    expect(s.value).toBe('accepted');
  });

  it('treats a withdrawn consent as no consent', () => {
    const s = run(
      start(makeInput({ consent: { ...guardians, withdrawnOn: '2026-03-01' } })),
      ev.submit(at(0, 1)),
    );
    expect(s.value).toBe('needs_info');
    expect(s.context.infoRequest?.consentProblem).toBe('withdrawn');
  });
});

describe('eligibility guard', () => {
  it('refuses to accept a child outside the service ages', () => {
    const s = run(start(makeInput({ child: teen(13) })), ev.submit(at(0, 1)), ev.accept(at(1)));
    expect(s.value).toBe('submitted');
    expect(allowedEvents(s, at(1))).not.toContain('ACCEPT');
    expect(checkEligibility(s.context, { on: at(1) }).problems).toEqual([
      { kind: 'age', age: 13, band: { min: 7, max: 12 } },
    ]);
  });

  it('judges the age on the event date, so a child can age out before the offer', () => {
    // Born December 2013: 12 in March 2026, 13 from December 2026.
    const input = makeInput({
      child: {
        pseudonym: 'BK-1213',
        birthYearMonth: '2013-12',
        districtId: 'farsta',
        languages: [],
      },
    });
    const s = accepted(start(input));
    expect(s.value).toBe('accepted');
    expect(
      run(
        s,
        ev.offer('2026-11-30T10:00:00Z', {
          replyBy: '2026-12-10T10:00:00Z',
          startDate: '2027-01-10',
        }),
      ).value,
    ).toBe('offered');
    expect(
      run(
        s,
        ev.offer('2026-12-01T10:00:00Z', {
          replyBy: '2026-12-10T10:00:00Z',
          startDate: '2027-01-10',
        }),
      ).value,
    ).toBe('accepted');
  });

  it('does not refuse on age when the service does not say which ages it takes', () => {
    const s = accepted(
      start(makeInput({ service: { ...humlan, ages: 'unknown' }, child: teen(16) })),
    );
    expect(s.value).toBe('accepted');
  });

  it('refuses to accept when no need matches the service', () => {
    const s = run(
      start(makeInput({ needs: ['school-absence'] })),
      ev.submit(at(0, 1)),
      ev.accept(at(1)),
    );
    expect(s.value).toBe('submitted');
    expect(checkEligibility(s.context, { on: at(1) }).problems).toEqual([
      { kind: 'need', needs: ['school-absence'], serviceNeeds: humlan.needs },
    ]);
  });

  it('matches a need to a broader one with the taxonomy', () => {
    const input = makeInput({
      service: directIntakeGroup,
      child: { ...child10, districtId: 'alvsjo' },
      needs: ['domestic-violence-experienced'],
    });
    expect(accepted(start(input)).value).toBe('accepted');
  });

  it('uses a taxonomy given to the machine', () => {
    const taxonomy = createNeedTaxonomy([
      {
        id: 'sibling-illness',
        label: { sv: 'Syskon med sjukdom', en: 'Sibling with illness' },
        description: { sv: 'Barn med ett sjukt syskon.', en: 'Children with an ill sibling.' },
        kind: 'support',
        parentId: 'parental-mental-illness',
      },
    ]);
    const machine = createReferralMachine({ taxonomy });
    expect(accepted(start(makeInput({ needs: ['sibling-illness'] }), machine)).value).toBe(
      'accepted',
    );
    expect(accepted(start(makeInput({ needs: ['sibling-illness'] }))).value).toBe('submitted');
  });

  describe('catchment', () => {
    const skarholmenChild = { ...child10, districtId: 'skarholmen' };

    it('accepts and waitlists a child from outside the catchment (a cross-district offer may follow)', () => {
      const s = run(accepted(start(makeInput({ child: skarholmenChild }))), ev.waitlist(at(2)));
      expect(s.value).toBe('waitlisted');
    });

    it('offers a seat outside the catchment only as a flagged cross-district offer', () => {
      const s = run(accepted(start(makeInput({ child: skarholmenChild }))), ev.waitlist(at(2)));
      expect(run(s, ev.offer(at(10))).value).toBe('waitlisted');
      expect(run(s, ev.offer(at(10), { crossDistrict: false })).value).toBe('waitlisted');
      const offered = run(s, ev.offer(at(10), { crossDistrict: true }));
      expect(offered.value).toBe('offered');
      expect(offered.context.offer?.crossDistrict).toBe(true);
      expect(
        checkEligibility(s.context, { on: at(10), catchment: 'own_district' }).problems,
      ).toEqual([{ kind: 'catchment', districtId: 'skarholmen' }]);
    });

    it('offers a city-wide service to a child from any district', () => {
      const input = makeInput({
        service: { ...humlan, catchment: { kind: 'city' } },
        child: skarholmenChild,
      });
      expect(run(accepted(start(input)), ev.offer(at(2))).value).toBe('offered');
    });
  });
});

describe('safety: a protection concern leaves the group path', () => {
  const expectRoutedToSocialServices = (s: ReferralSnapshot) => {
    expect(s.value).toBe('declined');
    expect(s.status).toBe('done');
    expect(s.context.declineReason).toBe('protection_concern');
    expect(s.context.routeTo).toBe('social_services');
    expect(s.context.closedAt).toBeDefined();
  };

  it('declines a referral that flags a protection concern before anything else can happen', () => {
    const s = start(makeInput({ protectionConcern: true }));
    expectRoutedToSocialServices(s);
    expect(s.context.protection).toStrictEqual({
      source: 'referral_flag',
      at: s.context.createdAt,
    });
  });

  it('declines a referral with a protection need', () => {
    const s = start(makeInput({ needs: ['parental-substance-abuse', 'protection-concern'] }));
    expectRoutedToSocialServices(s);
    expect(s.context.protection?.source).toBe('protection_need');
  });

  it('declines when a protection need is added later', () => {
    const s = run(
      start(),
      ev.submit(at(0, 1)),
      ev.requestInfo(at(1)),
      ev.provideInfo(at(2), { needs: ['protection-concern'] }),
    );
    expectRoutedToSocialServices(s);
    expect(s.context.protection).toMatchObject({ source: 'protection_need', at: at(2) });
  });

  it.each([
    ['draft', []],
    ['submitted', [ev.submit(at(0, 1))]],
    ['needs_info', [ev.submit(at(0, 1)), ev.requestInfo(at(1))]],
    ['accepted', [ev.submit(at(0, 1)), ev.accept(at(1))]],
    ['waitlisted', [ev.submit(at(0, 1)), ev.accept(at(1)), ev.waitlist(at(2))]],
    ['offered', [ev.submit(at(0, 1)), ev.accept(at(1)), ev.offer(at(2))]],
    [
      'enrolled',
      [
        ev.submit(at(0, 1)),
        ev.accept(at(1)),
        ev.offer(at(2)),
        ev.acceptOffer(at(3)),
        ev.enrol(at(44)),
      ],
    ],
    [
      'completed',
      [
        ev.submit(at(0, 1)),
        ev.accept(at(1)),
        ev.offer(at(2)),
        ev.acceptOffer(at(3)),
        ev.enrol(at(44)),
        ev.complete(at(120)),
      ],
    ],
  ] as const)('routes a PROTECTION_CONCERN raised in %s to social services', (from, events) => {
    const before = run(start(), ...events);
    expect(before.value).toBe(from);
    const s = run(before, ev.protection(at(150), youngPerson));
    expectRoutedToSocialServices(s);
    expect(s.context.protection).toStrictEqual({
      source: 'concern_event',
      at: at(150),
      by: youngPerson,
    });
    expect(s.context.closedAt).toBe(at(150));
  });

  it('routes a decline for protection to social services too', () => {
    const s = run(start(), ev.submit(at(0, 1)), ev.decline(at(1), 'protection_concern'));
    expectRoutedToSocialServices(s);
    expect(s.context.protection?.source).toBe('decline');
  });

  it('ignores a protection concern once the referral is closed', () => {
    const withdrawn = run(start(), ev.withdraw(at(1)));
    const s = run(withdrawn, ev.protection(at(2)));
    expect(s.value).toBe('withdrawn');
    expect(s.context).toStrictEqual(withdrawn.context);
  });

  it('never judges a protection case eligible, whatever the service lists', () => {
    const context = { ...start().context, needs: ['protection-concern'] };
    const check = checkEligibility(
      { ...context, service: { ...humlan, needs: ['protection-concern'] } },
      { on: at(1) },
    );
    expect(check.ok).toBe(false);
    expect(check.problems).toContainEqual({ kind: 'protection' });
  });
});
