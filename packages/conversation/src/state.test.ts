import { describe, expect, it } from 'vitest';
import { parseIncomingMessage } from './messages.js';
import { createInitialState, isStateExpired, parseConversationState } from './state.js';

describe('conversation state', () => {
  it('round-trips through JSON', () => {
    const state = { ...createInitialState('en'), lastActivity: '2026-03-16T10:00:00.000Z' };
    const parsed = parseConversationState(JSON.parse(JSON.stringify(state)));
    expect(parsed).toEqual({ ok: true, value: state });
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
