// A Teams chat with the bot for tests (botbuilder's TestAdapter), and the staff flow's way to a
// confirmed referral. Shared by the referral gateway's and the referrer messages' tests.
import { TestAdapter, type Activity } from 'botbuilder';
import { expect } from 'vitest';
import type { LotsenBot } from './bot.js';
import { activityToFixtureReply, TEST_TENANT } from './fixture-drivers.test-support.js';

type Reply = ReturnType<typeof activityToFixtureReply>;
let conversations = 0;

/** A Teams chat with the bot, as one user sees it: what they type or press, what comes back. */
export function teamsChat(
  bot: LotsenBot,
  aadObjectId?: string,
  locale = 'sv-SE',
  serviceUrl?: string,
) {
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId: 'msteams',
    locale,
    ...(serviceUrl === undefined ? {} : { serviceUrl }),
    from: {
      id: `29:teams-${conversations}`,
      name: 'staff',
      ...(aadObjectId ? { aadObjectId } : {}),
    },
    conversation: {
      id: `referral-chat-${++conversations}`,
      isGroup: false,
      conversationType: 'personal',
      name: 'chat',
      tenantId: TEST_TENANT,
    },
  });
  let last: Partial<Activity>[] = [];
  const exchange = async (activity: Partial<Activity>) => {
    await adapter.send(activity);
    last = [];
    while (adapter.activeQueue.length > 0) last.push(adapter.activeQueue.shift()!);
    return last;
  };
  return {
    get activities() {
      return last;
    },
    get replies(): Reply[] {
      return last.map(activityToFixtureReply);
    },
    get text() {
      return last
        .map(activityToFixtureReply)
        .map((r) => r.text)
        .join('\n');
    },
    say: (text: string) => exchange({ type: 'message', text }),
    /** Another staff member writing in the same conversation (a Teams channel thread). */
    async sayAs(text: string, colleague: string) {
      // The adapter's template wins over an activity's own sender, so the colleague goes there.
      const own = adapter.template.from!;
      adapter.template.from = {
        id: `29:teams-${colleague}`,
        name: 'colleague',
        aadObjectId: colleague,
      };
      try {
        return await exchange({ type: 'message', text });
      } finally {
        adapter.template.from = own;
      }
    },
    /** Presses a suggested action (sent back as its title) or a card's button (its value). */
    async press(title: string, onCard?: string) {
      const replies = last.map(activityToFixtureReply);
      if (!onCard && replies.some((r) => r.suggestions.some((s) => s.title === title)))
        return exchange({ type: 'message', text: title });
      const button = replies
        .filter((r) => onCard === undefined || r.title?.includes(onCard))
        .flatMap((r) => r.buttons)
        .find((b) => b.title === title);
      if (!button?.action) throw new Error(`No button "${title}" in: ${JSON.stringify(replies)}`);
      return exchange({ type: 'message', value: { lotsenAction: button.action } });
    },
  };
}

/** A staff member's way from a search to a confirmed referral of a 10-year-old in Skärholmen. */
export async function referFromSkarholmen(chat: ReturnType<typeof teamsChat>) {
  await chat.say('Var kan jag remittera en 10-åring i Skärholmen vars pappa dricker?');
  await chat.press('Spelar ingen roll');
  await chat.press('Starta remiss', 'Barngrupper vid Ersta Vändpunkten');
  await chat.press('Vårdnadshavarna');
  expect(chat.text).toContain('Remissutkast');
  await chat.press('Skicka remissen');
}
