import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventArbs, referralEventArb } from '../test/arbitraries.js';
import { at, coordinator, ev, family } from '../test/fixtures.js';
import { isReferralError } from './errors.js';
import { REFERRAL_EVENT_TYPES, type ReferralEvent, type ReferralEventType } from './events.js';
import { parseReferralEvent } from './parse-event.js';

describe('parseReferralEvent', () => {
  it('accepts a well-formed event and returns it', () => {
    const event = ev.decline(at(1), 'no_capacity');
    expect(parseReferralEvent(event)).toStrictEqual({ ok: true, value: event });
  });

  it('accepts date-times with an offset', () => {
    const parsed = parseReferralEvent({
      type: 'ACCEPT',
      by: coordinator,
      at: '2026-03-02T10:00:00+01:00',
    });
    expect(parsed.ok).toBe(true);
  });

  it('requires a reason to decline, from the domain list', () => {
    const missing = parseReferralEvent({ type: 'DECLINE', by: coordinator, at: at(1) });
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.error.issues.map((i) => i.path)).toEqual(['reason']);
    const unknown = parseReferralEvent({
      type: 'DECLINE',
      by: coordinator,
      at: at(1),
      reason: 'full',
    });
    expect(!unknown.ok && unknown.error.code).toBe('INVALID_EVENT');
  });

  it('requires who and when on every event', () => {
    for (const type of REFERRAL_EVENT_TYPES) {
      const parsed = parseReferralEvent({ type });
      expect(parsed.ok).toBe(false);
      const paths = !parsed.ok ? parsed.error.issues.map((i) => i.path) : [];
      expect(paths).toContain('by');
      expect(paths).toContain('at');
    }
  });

  it('refuses an unknown type, a date without a time, and unknown fields', () => {
    expect(parseReferralEvent({ type: 'SEND', by: coordinator, at: at(1) }).ok).toBe(false);
    expect(parseReferralEvent({ type: 'ACCEPT', by: coordinator, at: '2026-03-02' }).ok).toBe(
      false,
    );
    const extra = parseReferralEvent({
      type: 'ACCEPT',
      by: coordinator,
      at: at(1),
      note: 'Lisa, 9 år',
    });
    expect(!extra.ok && extra.error.issues.map((i) => i.path)).toEqual(['note']);
  });

  it('refuses a personal identity number as an actor id', () => {
    const parsed = parseReferralEvent({
      type: 'WITHDRAW',
      by: { id: '19121212-1212', role: 'family' },
      at: at(1),
    });
    expect(!parsed.ok && parsed.error.issues.map((i) => i.path)).toEqual(['by.id']);
  });

  it('refuses an offer whose reply deadline is not between the offer and the start', () => {
    const base = { type: 'OFFER', by: coordinator, at: at(10), cohortId: 'humlan-vt-2026' };
    expect(parseReferralEvent({ ...base, startDate: '2026-04-15', replyBy: at(9) }).ok).toBe(false);
    expect(
      parseReferralEvent({ ...base, startDate: '2026-04-15', replyBy: '2026-04-16T10:00:00Z' }).ok,
    ).toBe(false);
    expect(
      parseReferralEvent({ ...base, startDate: '2026-04-15', replyBy: '2026-04-15T10:00:00Z' }).ok,
    ).toBe(true);
  });

  const familyMay: ReferralEventType[] = [
    'SUBMIT',
    'PROVIDE_INFO',
    'ACCEPT_OFFER',
    'DECLINE_OFFER',
    'WITHDRAW',
    'PROTECTION_CONCERN',
  ];

  it.each(REFERRAL_EVENT_TYPES)(
    'lets the family or young person send %s only where relevant',
    (type) => {
      const arb = eventArbs[type] as fc.Arbitrary<ReferralEvent>;
      const sample = fc.sample(arb, { numRuns: 1, seed: 42 })[0]!;
      for (const role of ['family', 'young_person'] as const) {
        const parsed = parseReferralEvent({ ...sample, by: { id: 'contact-1', role } });
        expect(parsed.ok).toBe(familyMay.includes(type));
      }
      expect(parseReferralEvent({ ...sample, by: coordinator }).ok).toBe(true);
    },
  );

  it('lets the family withdraw but not accept its own referral', () => {
    expect(parseReferralEvent(ev.withdraw(at(1), family)).ok).toBe(true);
    expect(parseReferralEvent({ type: 'ACCEPT', by: family, at: at(1) }).ok).toBe(false);
  });

  it('parses every valid event to itself', () => {
    fc.assert(
      fc.property(referralEventArb, (event) => {
        // toEqual, not toStrictEqual: fast-check builds records without a prototype.
        expect(parseReferralEvent(event)).toEqual({ ok: true, value: event });
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const parsed = parseReferralEvent(input);
        if (!parsed.ok) {
          expect(isReferralError(parsed.error)).toBe(true);
          expect(parsed.error.code).toBe('INVALID_EVENT');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on valid events with one field replaced by anything', () => {
    fc.assert(
      fc.property(referralEventArb, fc.string(), fc.anything(), (event, key, value) => {
        const target = Object.keys(event)[key.length % Object.keys(event).length]!;
        const parsed = parseReferralEvent({ ...event, [target]: value });
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
