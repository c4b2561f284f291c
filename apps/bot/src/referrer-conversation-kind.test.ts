import { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { isOneToOne } from './referrer-messages.js';

/*
 * A referral made from Teams is answered with status messages in the conversation it came from;
 * those messages name the child's pseudonym and a decline's reason, so only a one-to-one chat is
 * remembered for them, never a group chat or a channel where colleagues read along.
 */

function teamsActivity(conversationType: string) {
  return {
    type: 'message',
    id: 'activity-1',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: 'user-1', aadObjectId: 'staff-object-1' },
    recipient: { id: 'bot-1' },
    conversation: {
      id: `conv-${conversationType}`,
      conversationType,
      tenantId: 'tenant-1',
      isGroup: conversationType !== 'personal',
    },
  };
}

describe('the conversation a referral is answered in', () => {
  it.each([
    ['personal', true],
    ['groupChat', false],
    ['channel', false],
  ] as const)('a Teams %s chat: %s', (kind, answered) => {
    const reference = TurnContext.getConversationReference(teamsActivity(kind) as never);
    expect(isOneToOne(reference)).toBe(answered);
  });
});
