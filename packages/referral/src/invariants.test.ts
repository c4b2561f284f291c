import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkArb } from '../test/arbitraries.js';
import { aidDecisionOnly, at, child10, ev, makeInput, run, start } from '../test/fixtures.js';
import type { ReferralInput } from './context.js';
import { checkReferralInvariants } from './invariants.js';
import { toExternalStatus } from './mapping.js';
import { allowedEvents, startReferral, transitionReferral } from './queries.js';
import { timersFor } from './timers.js';

describe('checkReferralInvariants', () => {
  it('finds nothing wrong with the machine’s own snapshots', () => {
    expect(checkReferralInvariants(start())).toEqual([]);
    expect(
      checkReferralInvariants(run(start(), ev.submit(at(0, 1)), ev.decline(at(1), 'other'))),
    ).toEqual([]);
  });

  it('names each broken rule', () => {
    const c = start().context;
    expect(checkReferralInvariants({ value: 'declined', context: c })).toEqual([
      'declined without a reason',
      'closedAt is set exactly in the final states',
    ]);
    expect(
      checkReferralInvariants({
        value: 'waitlisted',
        context: { ...c, needs: ['protection-concern'] },
      }),
    ).toEqual([
      'a protection case is waitlisted',
      'a protection case is not declined',
      'a protection case is not routed to social services',
      'waitlisted without a place',
    ]);
    expect(checkReferralInvariants({ value: 'sent', context: c })).toEqual([
      '"sent" is not a referral status',
    ]);
  });
});

/**
 * Random walks with open-ended event payloads (random times, ages, needs, consents, positions, …),
 * through the API a server uses. Whatever arrives, in whatever order, the referral stays consistent.
 */
describe('random walks', () => {
  const inputs: ReferralInput[] = [
    makeInput(),
    makeInput({ child: { ...child10, districtId: 'skarholmen' } }),
    makeInput({ protectionConcern: true }),
    makeInput({
      service: aidDecisionOnly,
      child: { ...child10, age: 14 },
      needs: ['parental-mental-illness'],
      consent: { givenBy: 'young_person', recordedOn: '2026-03-01', scope: 'referral' },
    }),
    makeInput({ child: { ...child10, age: 13 } }),
  ];
  // Payload-dependent guards: a cross-district flag on OFFER, another referral's id on REFER_ON.
  // For every other type, whether it is allowed depends only on the referral and the time.
  const PAYLOAD_DEPENDENT = new Set(['OFFER', 'REFER_ON']);

  it('keep every invariant, and allowedEvents agrees with what transitionReferral accepts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs), walkArb, (input, events) => {
        const started = startReferral(input);
        if (!started.ok) throw started.error;
        let s = started.value;
        for (const event of events) {
          const allowed = allowedEvents(s, event.at);
          const result = transitionReferral(s, event);
          if (result.ok) {
            expect(allowed).toContain(event.type);
            s = result.value.snapshot;
            expect(checkReferralInvariants(s)).toEqual([]);
            if (s.context.protection !== undefined) expect(s.value).toBe('declined');
          } else {
            expect(['EVENT_NOT_ALLOWED', 'REFERRAL_CLOSED']).toContain(result.error.code);
            if (!PAYLOAD_DEPENDENT.has(event.type)) expect(allowed).not.toContain(event.type);
          }
          // Every state maps to the export vocabularies, and its timers' events are accepted.
          expect(toExternalStatus(s).status).toBe(s.value);
          for (const timer of timersFor(s)) {
            expect(transitionReferral(s, timer.event).ok).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never put a protection case on the group path', () => {
    fc.assert(
      fc.property(walkArb, (events) => {
        let s = start(makeInput({ needs: ['protection-concern'] }));
        for (const event of events) {
          s = run(s, event);
          expect(s.value).toBe('declined');
          expect(s.hasTag('group_path')).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});
