import { MAX_MESSAGE_ID_LENGTH } from '@lotsen/conversation';
import { describe, expect, it } from 'vitest';
import { fromActivity, messageIdOf } from './activities.js';

describe('messageIdOf', () => {
  it('names a Teams message by channel, conversation and activity id, the same every delivery', () => {
    const activity = { id: '1700000000000', channelId: 'msteams', conversation: { id: '19:a' } };
    expect(messageIdOf(activity)).toBe('msteams\n19:a\n1700000000000');
    expect(messageIdOf({ ...activity })).toBe(messageIdOf(activity));
    expect(messageIdOf({ ...activity, conversation: { id: '19:b' } })).not.toBe(
      messageIdOf(activity),
    );
  });

  it('gives none without an activity id, or when the ids are longer than the core takes', () => {
    expect(messageIdOf({ channelId: 'msteams', conversation: { id: '19:a' } })).toBeUndefined();
    const long = { id: 'x'.repeat(MAX_MESSAGE_ID_LENGTH), channelId: 'msteams' };
    expect(messageIdOf(long)).toBeUndefined();
  });

  it('hands the id to the core with the message', () => {
    const message = fromActivity(
      { id: '7', channelId: 'msteams', conversation: { id: 'c' }, text: 'Försök igen' },
      [],
      'teams',
      'staff',
    );
    expect(message).toEqual({
      channel: 'teams',
      userKind: 'staff',
      id: 'msteams\nc\n7',
      text: 'Försök igen',
    });
  });
});
