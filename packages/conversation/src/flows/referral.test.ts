import { stockholmCatalogue } from '@lotsen/catalogue';
import { describe, expect, it } from 'vitest';
import { handleTurn } from '../handle-turn.js';
import type { ActionValue, ChatLanguage, OutgoingMessage } from '../messages.js';
import { REFERRAL_REQUEST_FAILURES } from '../events.js';
import type { ConversationState } from '../state.js';
import { describeReferralCreated, describeReferralFailure } from './referral.js';

const catalogue = stockholmCatalogue();
const ID = '3f2a9c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f';
const LANGUAGES: readonly ChatLanguage[] = ['sv', 'en'];
const textOf = (replies: readonly OutgoingMessage[]) =>
  replies.map((r) => (r.type === 'text' ? r.text : '')).join('\n');

describe('sending a referral draft', () => {
  it.each(LANGUAGES)(
    'says it is sending, not that it is done, since the app has not sent anything yet (%s)',
    (language) => {
      let state: ConversationState | undefined;
      let replies: readonly OutgoingMessage[] = [];
      const steps: (string | ActionValue)[] = [
        language === 'sv'
          ? 'Pojke 12 år i Farsta, pappa dricker'
          : '12-year-old in Farsta, dad drinks',
        { type: 'family_language', language: null },
        { type: 'refer', serviceId: 'enskede-arsta-vantor-barngrupper' },
        { type: 'consent', givenBy: 'guardians' },
        { type: 'confirm_referral' },
      ];
      let events: readonly { type: string }[] = [];
      for (const step of steps) {
        const turn = handleTurn(
          state,
          typeof step === 'string'
            ? { text: step, channel: 'test', userKind: 'staff', locale: `${language}-SE` }
            : { action: step, channel: 'test', userKind: 'staff', locale: `${language}-SE` },
          { catalogue, clock: () => new Date('2026-03-16T10:00:00+01:00') },
        );
        state = turn.state;
        replies = turn.replies;
        events = turn.events;
      }
      expect(events.map((e) => e.type)).toContain('referral_draft_ready');
      const said = textOf(replies);
      expect(said).toContain(
        language === 'sv' ? 'Jag skickar remissen' : "I'm sending the referral",
      );
      expect(said).not.toMatch(/klart|registrerad|lämnat över|done|registered|handed/i);
    },
  );
});

describe('the replies after the app acted on a referral event', () => {
  it('gives the short reference and the whole number a status look-up needs', () => {
    expect(textOf(describeReferralCreated(ID, 'sv'))).toBe(
      `Klart: remissen är registrerad i Lotsen med referensnummer 3f2a9c1e. Spara hela numret för att kolla status senare: ${ID}`,
    );
    expect(textOf(describeReferralCreated(ID, 'en'))).toContain('reference 3f2a9c1e');
    expect(textOf(describeReferralCreated(ID, 'en'))).toContain(ID);
  });

  it('words every failure in both languages, and never claims a referral was registered', () => {
    for (const request of ['create', 'status'] as const) {
      for (const failure of REFERRAL_REQUEST_FAILURES) {
        for (const language of LANGUAGES) {
          const [reply, ...more] = describeReferralFailure(request, failure, language);
          expect(more).toEqual([]);
          expect(reply?.type).toBe('text');
          const text = textOf([reply!]);
          expect(text.length, `${request} ${failure} ${language}`).toBeGreaterThan(20);
          expect(text).not.toMatch(/är registrerad i|is registered in/);
        }
      }
    }
  });

  it('tells staff outside the directory who to ask, and an installation without the API says so', () => {
    expect(textOf(describeReferralFailure('create', 'not_registered', 'sv'))).toContain(
      'inte registrerad som personal i Lotsen',
    );
    expect(textOf(describeReferralFailure('status', 'not_registered', 'en'))).toContain(
      'not registered as Lotsen staff. Ask the coordination team',
    );
    expect(textOf(describeReferralFailure('create', 'not_connected', 'en'))).toContain(
      'has not been sent: referrals are not connected in this installation',
    );
    // A time-out may have registered it: the reply must not say that nothing was.
    expect(textOf(describeReferralFailure('create', 'uncertain', 'sv'))).toContain(
      'vet inte om remissen registrerades',
    );
  });
});
