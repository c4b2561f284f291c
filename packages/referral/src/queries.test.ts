import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import {
  REFERRAL_ID,
  at,
  coordinator,
  ev,
  makeInput,
  run,
  start,
  youngPerson,
} from '../test/fixtures.js';
import { createReferralMachine, referralMachine } from './machine.js';
import {
  allowedEvents,
  restoreReferralSnapshot,
  startReferral,
  transitionReferral,
} from './queries.js';

const offered = () =>
  run(start(), ev.submit(at(0, 1)), ev.accept(at(1)), ev.waitlist(at(2)), ev.offer(at(10)));

describe('allowedEvents', () => {
  it.each([
    ['draft', [], ['SUBMIT', 'PROVIDE_INFO', 'WITHDRAW', 'EXPIRE', 'PROTECTION_CONCERN']],
    [
      'submitted',
      [ev.submit(at(0, 1))],
      ['REQUEST_INFO', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'REFER_ON', 'EXPIRE', 'PROTECTION_CONCERN'],
    ],
    [
      'needs_info',
      [ev.submit(at(0, 1)), ev.requestInfo(at(1))],
      [
        'REQUEST_INFO',
        'PROVIDE_INFO',
        'DECLINE',
        'WITHDRAW',
        'REFER_ON',
        'EXPIRE',
        'PROTECTION_CONCERN',
      ],
    ],
    [
      'accepted',
      [ev.submit(at(0, 1)), ev.accept(at(1))],
      ['DECLINE', 'WAITLIST', 'OFFER', 'WITHDRAW', 'REFER_ON', 'EXPIRE', 'PROTECTION_CONCERN'],
    ],
    [
      'waitlisted',
      [ev.submit(at(0, 1)), ev.accept(at(1)), ev.waitlist(at(2))],
      [
        'DECLINE',
        'WAITLIST',
        'WAITLIST_CHECK_IN',
        'OFFER',
        'WITHDRAW',
        'REFER_ON',
        'EXPIRE',
        'PROTECTION_CONCERN',
      ],
    ],
    [
      'offered (before the deadline)',
      [ev.submit(at(0, 1)), ev.accept(at(1)), ev.offer(at(2))],
      [
        'DECLINE',
        'ACCEPT_OFFER',
        'DECLINE_OFFER',
        'RESCIND_OFFER',
        'WITHDRAW',
        'PROTECTION_CONCERN',
      ],
    ],
  ] as const)(
    'lists what a referral in %s accepts, in lifecycle order',
    (_name, events, expected) => {
      expect(allowedEvents(run(start(), ...events), at(3))).toEqual(expected);
    },
  );

  it('follows the clock: after the deadline an offer can lapse but not be accepted', () => {
    expect(allowedEvents(offered(), '2026-04-02T00:00:00Z')).toEqual([
      'DECLINE',
      'DECLINE_OFFER',
      'RESCIND_OFFER',
      'OFFER_EXPIRED',
      'WITHDRAW',
      'PROTECTION_CONCERN',
    ]);
  });

  it('offers ENROL only once the offer is accepted, then COMPLETE and DISCONTINUE', () => {
    const accepted = run(offered(), ev.acceptOffer(at(15)));
    expect(allowedEvents(accepted, at(16))).toContain('ENROL');
    expect(allowedEvents(accepted, at(16))).not.toContain('ACCEPT_OFFER');
    const enrolled = run(accepted, ev.enrol(at(44)));
    expect(allowedEvents(enrolled, at(50))).toEqual([
      'COMPLETE',
      'DISCONTINUE',
      'PROTECTION_CONCERN',
    ]);
  });

  it('lists nothing for a closed referral', () => {
    expect(allowedEvents(run(start(), ev.withdraw(at(1))), at(2))).toEqual([]);
    expect(allowedEvents(start(makeInput({ protectionConcern: true })), at(2))).toEqual([]);
  });

  it('defaults to the current time', () => {
    expect(allowedEvents(start())).toContain('SUBMIT');
  });
});

describe('transitionReferral', () => {
  it('returns the next snapshot and the audit entry', () => {
    const result = transitionReferral(start(), ev.submit(at(0, 1)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.snapshot.value).toBe('submitted');
    expect(result.value.entry).toStrictEqual({
      referralId: REFERRAL_ID,
      event: 'SUBMIT',
      by: { id: 'sw-farsta-17', role: 'district_social_worker' },
      at: at(0, 1),
      from: 'draft',
      to: 'submitted',
    });
  });

  it('records the reason when it declines', () => {
    const result = transitionReferral(
      run(start(), ev.submit(at(0, 1))),
      ev.decline(at(1), 'out_of_area'),
    );
    expect(result.ok && result.value.entry).toMatchObject({
      from: 'submitted',
      to: 'declined',
      reason: 'out_of_area',
    });
  });

  it('records the routing when a protection concern is raised', () => {
    const result = transitionReferral(offered(), ev.protection(at(11), youngPerson));
    expect(result.ok && result.value.entry).toStrictEqual({
      referralId: REFERRAL_ID,
      event: 'PROTECTION_CONCERN',
      by: youngPerson,
      at: at(11),
      from: 'offered',
      to: 'declined',
      reason: 'protection_concern',
      routeTo: 'social_services',
    });
  });

  it('records a change within a state (from and to are the same)', () => {
    const result = transitionReferral(offered(), ev.acceptOffer(at(15)));
    expect(result.ok && result.value.entry).toMatchObject({
      event: 'ACCEPT_OFFER',
      from: 'offered',
      to: 'offered',
    });
  });

  it('refuses an event the state does not take, with what it does take (for a 409)', () => {
    const result = transitionReferral(start(), ev.enrol(at(1)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('EVENT_NOT_ALLOWED');
    expect(result.error.allowedEvents).toEqual([
      'SUBMIT',
      'PROVIDE_INFO',
      'WITHDRAW',
      'EXPIRE',
      'PROTECTION_CONCERN',
    ]);
    expect(result.error.message).toMatch(/draft referral does not accept ENROL/);
  });

  it('refuses an event a guard refuses', () => {
    const result = transitionReferral(
      run(start(makeInput({ needs: ['school-absence'] })), ev.submit(at(0, 1))),
      ev.accept(at(1)),
    );
    expect(!result.ok && result.error.code).toBe('EVENT_NOT_ALLOWED');
    expect(!result.ok && result.error.allowedEvents).not.toContain('ACCEPT');
  });

  it('refuses any event on a referral that failed to start', () => {
    const input = makeInput();
    const [broken] = initialTransition(referralMachine, {
      ...input,
      request: { ...input.request, serviceId: 'other' },
    });
    const result = transitionReferral(broken, ev.submit(at(1)));
    expect(!result.ok && result.error.code).toBe('INVALID_SNAPSHOT');
  });

  it('refuses any event on a closed referral', () => {
    const result = transitionReferral(run(start(), ev.withdraw(at(1))), ev.submit(at(2)));
    expect(!result.ok && result.error.code).toBe('REFERRAL_CLOSED');
    expect(!result.ok && result.error.allowedEvents).toEqual([]);
  });
});

describe('startReferral', () => {
  it('parses the input and returns the first snapshot', () => {
    const result = startReferral(makeInput());
    expect(result.ok && result.value.value).toBe('draft');
  });

  it('starts a protection case already declined and routed', () => {
    const result = startReferral(makeInput({ protectionConcern: true }));
    expect(result.ok && result.value.value).toBe('declined');
    expect(result.ok && result.value.context.routeTo).toBe('social_services');
  });

  it('refuses malformed input with the path of each problem', () => {
    const result = startReferral({
      ...makeInput(),
      referralId: 'not-a-uuid',
      createdAt: 'yesterday',
    });
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(!result.ok && result.error.issues.map((i) => i.path)).toEqual([
      'referralId',
      'createdAt',
    ]);
  });

  it('refuses a personal identity number as the child reference (the domain rule)', () => {
    const input = makeInput();
    const result = startReferral({
      ...input,
      request: { ...input.request, child: { ...input.request.child, pseudonym: '121212-1212' } },
    });
    expect(!result.ok && result.error.issues.map((i) => i.path)).toEqual([
      'request.child.pseudonym',
    ]);
  });

  it('uses the machine it is given', () => {
    const machine = createReferralMachine({ followUpAfterMonths: 6 });
    const result = startReferral(makeInput(), machine);
    expect(result.ok && result.value.machine).toBe(machine);
  });
});

describe('restoreReferralSnapshot', () => {
  it('round-trips value and context through JSON and carries on', () => {
    const s = offered();
    const stored = JSON.parse(
      JSON.stringify({ status: 'active', value: s.value, context: s.context }),
    );
    const restored = restoreReferralSnapshot(stored);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.value).toBe('offered');
    expect(restored.value.context).toStrictEqual(s.context);
    expect(allowedEvents(restored.value, at(11))).toEqual(allowedEvents(s, at(11)));
    const next = transitionReferral(restored.value, ev.acceptOffer(at(15)));
    expect(next.ok && next.value.snapshot.context.offer?.acceptedAt).toBe(at(15));
  });

  it('restores a final referral as done', () => {
    const s = run(start(), ev.withdraw(at(1)));
    const restored = restoreReferralSnapshot(
      { value: s.value, context: s.context },
      referralMachine,
    );
    expect(restored.ok && restored.value.status).toBe('done');
  });

  it('refuses a row whose status is not a referral status', () => {
    const s = start();
    const restored = restoreReferralSnapshot({ value: 'sent', context: s.context });
    expect(!restored.ok && restored.error.code).toBe('INVALID_SNAPSHOT');
    expect(!restored.ok && restored.error.issues.map((i) => i.path)).toEqual(['value']);
  });

  it('refuses a row that breaks the rules: a protection case on the group path', () => {
    const s = offered();
    const restored = restoreReferralSnapshot({
      value: 'offered',
      context: {
        ...s.context,
        protection: { source: 'concern_event', at: at(11), by: coordinator },
      },
    });
    expect(!restored.ok && restored.error.code).toBe('INVALID_SNAPSHOT');
    expect(!restored.ok && restored.error.message).toMatch(/a protection case is offered/);
  });

  it('refuses a declined row without a reason', () => {
    const s = run(start(), ev.submit(at(0, 1)), ev.decline(at(1), 'other'));
    const { declineReason: _dropped, ...context } = s.context;
    const restored = restoreReferralSnapshot({ value: 'declined', context });
    expect(!restored.ok && restored.error.message).toMatch(/declined without a reason/);
  });

  it('never throws on garbage', () => {
    for (const garbage of [
      null,
      undefined,
      42,
      'offered',
      [],
      { value: 'draft' },
      { context: {} },
    ]) {
      expect(restoreReferralSnapshot(garbage).ok).toBe(false);
    }
  });
});
