import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_ID_LENGTH, parseIncomingMessage } from './messages.js';
import { createInitialState, isStateExpired, parseConversationState } from './state.js';

describe('conversation state', () => {
  it('round-trips through JSON', () => {
    const state = { ...createInitialState('en'), lastActivity: '2026-03-16T10:00:00.000Z' };
    const parsed = parseConversationState(JSON.parse(JSON.stringify(state)));
    expect(parsed).toEqual({ ok: true, value: state });
  });

  it('reads a state stored before sent referrals were kept as having none', () => {
    const { sentReferral: _none, ...before } = createInitialState();
    expect(parseConversationState(before)).toEqual({ ok: true, value: createInitialState() });
  });

  it('reads a state stored before the safety question as having none waiting, and keeps one', () => {
    const { safetyQuestion: _none, ...before } = createInitialState();
    expect(parseConversationState(before)).toEqual({ ok: true, value: createInitialState() });
    const waiting = {
      ...createInitialState(),
      safetyQuestion: { categories: ['suicide_self_harm'], intent: 'find_support' },
    } as const;
    expect(parseConversationState(JSON.parse(JSON.stringify(waiting)))).toEqual({
      ok: true,
      value: waiting,
    });
    const unknown = { ...waiting, safetyQuestion: { categories: ['bored'], intent: 'help' } };
    expect(parseConversationState(unknown).ok).toBe(false);
  });

  it('keeps a sent referral for sending again, and refuses one with a request id too long', () => {
    const sentReferral = {
      draft: {
        serviceId: 'vagen',
        needs: ['parental-substance-abuse'],
        child: { age: 10, districtId: 'skarholmen', languages: [] },
        consent: { givenBy: 'guardians', scope: 'referral', recordedOn: '2026-03-16' },
      },
      requestId: 'msteams\n19:abc@thread.v2\n1700000000000',
      sender: 'teams:3q2-7wE',
      sentAt: '2026-03-16T10:00:00.000Z',
    } as const;
    const state = { ...createInitialState(), sentReferral };
    expect(parseConversationState(JSON.parse(JSON.stringify(state)))).toEqual({
      ok: true,
      value: state,
    });
    const tooLong = { ...sentReferral, requestId: 'x'.repeat(MAX_MESSAGE_ID_LENGTH + 1) };
    const parsed = parseConversationState({ ...state, sentReferral: tooLong });
    expect(!parsed.ok && parsed.error.code).toBe('INVALID_STATE');
  });

  it('reads a state stored before start times and several children, and keeps them when set', () => {
    const before = { ...createInitialState(), slots: { needs: [], age: 7 } };
    expect(parseConversationState(before)).toEqual({ ok: true, value: before });
    const after = {
      ...before,
      slots: {
        needs: [],
        age: 7,
        otherChildAges: [12],
        startWindow: { from: '2026-09-01', to: '2026-11-30' },
      },
    };
    expect(parseConversationState(after)).toEqual({ ok: true, value: after });
    const badWindow = { ...before, slots: { needs: [], startWindow: { from: 'hösten', to: 'x' } } };
    expect(parseConversationState(badWindow).ok).toBe(false);
  });

  it('refuses a state of another version as INVALID_STATE', () => {
    const parsed = parseConversationState({ ...createInitialState(), version: 2 });
    expect(!parsed.ok && parsed.error.code).toBe('INVALID_STATE');
  });

  it('expires after the idle timeout, not before', () => {
    const state = { ...createInitialState(), lastActivity: '2026-03-16T10:00:00.000Z' };
    const config = { idleTimeoutMinutes: 30 };
    expect(isStateExpired(state, new Date('2026-03-16T10:30:00.000Z'), config)).toBe(false);
    expect(isStateExpired(state, new Date('2026-03-16T10:30:01.000Z'), config)).toBe(true);
    expect(isStateExpired(createInitialState(), new Date(), config)).toBe(false);
  });
});

describe('parseIncomingMessage', () => {
  it("keeps the message's id and sender, and refuses an empty or over-long id", () => {
    const message = { text: 'Försök igen', channel: 'teams', userKind: 'staff' } as const;
    const identified = { ...message, id: 'msteams\nconv\n1', sender: 'teams:3q2-7wE' };
    expect(parseIncomingMessage(identified)).toEqual({ ok: true, value: identified });
    for (const id of ['', 'x'.repeat(MAX_MESSAGE_ID_LENGTH + 1)]) {
      const parsed = parseIncomingMessage({ ...message, id });
      expect(!parsed.ok && parsed.error.issues.map((i) => i.path)).toEqual(['id']);
    }
  });

  it('accepts a message with text and a button value', () => {
    const parsed = parseIncomingMessage({
      text: 'hej',
      action: { type: 'refer', serviceId: 'vagen' },
      locale: 'sv-SE',
      channel: 'teams',
      userKind: 'staff',
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        text: 'hej',
        action: { type: 'refer', serviceId: 'vagen' },
        locale: 'sv-SE',
        channel: 'teams',
        userKind: 'staff',
      },
    });
  });

  it('drops a button value it does not know instead of refusing the message', () => {
    const parsed = parseIncomingMessage({
      text: 'hej',
      action: { type: 'old_button' },
      channel: 'web',
      userKind: 'anonymous',
    });
    expect(parsed).toEqual({
      ok: true,
      value: { text: 'hej', channel: 'web', userKind: 'anonymous' },
    });
  });

  it('refuses a message without channel or user kind, with the paths', () => {
    const parsed = parseIncomingMessage({ text: 'hej' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('INVALID_MESSAGE');
      expect(parsed.error.issues.map((i) => i.path)).toEqual(['channel', 'userKind']);
    }
  });
});
