import { MAX_MESSAGE_ID_LENGTH } from '@lotsen/conversation';
import { describe, expect, it } from 'vitest';
import { crisisCard, fromActivity, messageIdOf } from './activities.js';

describe('messageIdOf', () => {
  it('names a Teams message by channel, conversation and activity id, the same every delivery', () => {
    const activity = { id: '1700000000000', channelId: 'msteams', conversation: { id: '19:a' } };
    expect(messageIdOf(activity)).toBe('msteams\n19:a\n1700000000000');
    expect(messageIdOf({ ...activity, conversation: { id: '19:b' } })).toBe(
      'msteams\n19:b\n1700000000000',
    );
  });

  it('gives none without an activity id, or when the ids are longer than the core takes', () => {
    expect(messageIdOf({ channelId: 'msteams', conversation: { id: '19:a' } })).toBeUndefined();
    // 'msteams' and two line breaks take 9 of the characters the core takes.
    const longest = { id: 'x'.repeat(MAX_MESSAGE_ID_LENGTH - 9), channelId: 'msteams' };
    expect(messageIdOf(longest)).toHaveLength(MAX_MESSAGE_ID_LENGTH);
    expect(messageIdOf({ ...longest, id: `${longest.id}x` })).toBeUndefined();
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

describe('fromActivity and the page’s notice', () => {
  it('passes on that the web chat page showed Lotsen’s notice itself, and only a true flag', () => {
    const base = { channelId: 'directline', text: 'hej' };
    const shown = fromActivity(
      { ...base, channelData: { lotsenNoticeShown: true } },
      [],
      'web',
      'anonymous',
    );
    expect(shown.noticeShown).toBe(true);
    for (const channelData of [undefined, {}, { lotsenNoticeShown: 'true' }, 'x', null]) {
      const message = fromActivity({ ...base, channelData }, [], 'web', 'anonymous');
      expect(message.noticeShown, JSON.stringify(channelData)).toBeUndefined();
    }
  });
});

describe('crisisCard', () => {
  it('titles each call button with the number once, and dials it', () => {
    const card = crisisCard({
      category: 'suicide_self_harm',
      title: 'Få hjälp nu',
      text: 'Ring 112 om det är akut.',
      contacts: [
        { name: '112 – SOS Alarm', phone: '112', note: 'Akut fara' },
        { name: 'Självmordslinjen (Mind)', phone: '90101', note: 'Dygnet runt' },
        { name: '1177 Vårdguiden', phone: '1177', note: 'Sjukvårdsråd' },
        { name: 'BRIS', phone: '116 111', note: 'För barn och unga' },
      ],
    });
    const actions = (card.content as { actions: { title: string; url: string }[] }).actions;
    expect(actions.map((a) => [a.title, a.url])).toEqual([
      ['112 – SOS Alarm', 'tel:112'],
      ['Självmordslinjen (Mind): 90101', 'tel:90101'],
      ['1177 Vårdguiden', 'tel:1177'],
      ['BRIS: 116 111', 'tel:116111'],
    ]);
  });
});
