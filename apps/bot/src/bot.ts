import type { Catalogue, ServiceAvailability } from '@lotsen/catalogue';
import {
  handleTurn,
  type ConversationConfig,
  type ConversationEvent,
  type IncomingMessage,
} from '@lotsen/conversation';
import { ActivityHandler, type TurnContext } from 'botbuilder';
import { fromActivity, toActivities } from './activities.js';
import type { CounterBuffer } from './counters.js';
import type { BotStateStore } from './state-store.js';

/** What the bot needs. Everything with state is shared (database), so any instance can take a turn. */
export interface LotsenBotDeps {
  readonly catalogue: Catalogue;
  readonly store: BotStateStore;
  /** Aggregate counters; never a message or a user. */
  readonly counters?: Pick<CounterBuffer, 'add'>;
  readonly clock?: () => Date;
  readonly config?: ConversationConfig;
  /** Microsoft Entra tenant ids whose Teams users may use the staff flow. Empty: no Teams tenant. */
  readonly teamsTenants: readonly string[];
  readonly availability?: () => ReadonlyMap<string, ServiceAvailability>;
}

function channelOf(channelId: string): IncomingMessage['channel'] {
  if (channelId === 'msteams') return 'teams';
  if (channelId === 'test') return 'test';
  return 'web';
}

function counterName(event: ConversationEvent): string | undefined {
  switch (event.type) {
    case 'flow_started':
      return `bot.flow_started.${event.flow}`;
    case 'flow_finished':
      return `bot.flow_finished.${event.flow}.${event.outcome}`;
    case 'crisis_card_shown':
      return `bot.crisis_card_shown.${event.category}`;
    default:
      return undefined;
  }
}

/**
 * The bot as a thin botbuilder `ActivityHandler`: it turns an activity into a core message, runs the
 * channel-neutral conversation core, and turns the replies back into activities (Adaptive Cards 1.5,
 * at most three suggested actions). Staff come through Teams from an allowed tenant; everyone else is
 * anonymous. No transcript is kept: only the core's state (scrubbed of personal data) and counters.
 */
export class LotsenBot extends ActivityHandler {
  constructor(private readonly deps: LotsenBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.turn(context);
      await next();
    });
  }

  private async turn(context: TurnContext): Promise<void> {
    const { activity } = context;
    const channel = channelOf(activity.channelId);
    let userKind: IncomingMessage['userKind'] = 'anonymous';
    if (channel === 'teams') {
      const tenant =
        activity.conversation?.tenantId ??
        (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
      // The Bot Connector's token proves the activity is for our app, not which organisation sent it.
      if (!tenant || !this.deps.teamsTenants.includes(tenant)) {
        await context.sendActivity(
          'Lotsen är bara öppen för Stockholms stads personal. / Lotsen is only open to City of Stockholm staff.',
        );
        return;
      }
      userKind = 'staff';
    }
    const key = `bot:${activity.channelId}:${activity.conversation.id}`;
    const clock = this.deps.clock ?? (() => new Date());
    const availability = this.deps.availability?.();
    // The core runs inside the store's update: should another bot process take a turn in this
    // conversation meanwhile, it runs again on that state, and only the stored turn is answered.
    const { activities, events } = await this.deps.store.update(key, (stored) => {
      const message = fromActivity(activity, stored.pending, channel, userKind);
      const turn = handleTurn(stored.core, message, {
        catalogue: this.deps.catalogue,
        clock,
        ...(this.deps.config ? { config: this.deps.config } : {}),
        ...(availability ? { availability } : {}),
      });
      const locale = turn.state.language === 'sv' ? 'sv-SE' : 'en-US';
      const { activities, pending } = toActivities(turn.replies, locale);
      return { next: { core: turn.state, pending }, result: { activities, events: turn.events } };
    });
    if (activities.length > 0) await context.sendActivities(activities);
    for (const event of events) {
      const name = counterName(event);
      if (name) this.deps.counters?.add(name);
    }
  }
}
