import { stockholmCatalogue } from '@lotsen/catalogue';
import { handleTurn, type TurnResult } from '../handle-turn.js';
import type { ActionValue, ChatLanguage, UserKind } from '../messages.js';
import type { ConversationState } from '../state.js';

const catalogue = stockholmCatalogue();
const clock = () => new Date('2026-03-16T10:00:00+01:00'); // a Monday morning

/**
 * Runs a conversation through the core as one user on the test channel, in the channel locale of
 * `language`: typed messages as text, button values as actions. Returns every turn.
 */
export function converse(
  userKind: UserKind,
  language: ChatLanguage,
  steps: readonly (string | ActionValue)[],
): TurnResult[] {
  let state: ConversationState | undefined;
  return steps.map((step) => {
    const base = { channel: 'test', userKind, locale: `${language}-SE` } as const;
    const turn = handleTurn(
      state,
      typeof step === 'string' ? { ...base, text: step } : { ...base, action: step },
      { catalogue, clock },
    );
    state = turn.state;
    return turn;
  });
}
