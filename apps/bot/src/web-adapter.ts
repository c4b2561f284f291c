import { randomUUID } from 'node:crypto';
import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ActivityHandler,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';

const REPLIES = Symbol('lotsen.replies');

/**
 * Runs the same `ActivityHandler` for the anonymous web chat, in process: the replies of a turn are
 * collected and returned instead of being posted to a Bot Connector. This keeps parents' messages in
 * our own service (no Azure Direct Line) while Teams goes through the normal `CloudAdapter`.
 */
export class WebChatAdapter extends BotAdapter {
  /** Runs one turn and returns the bot's replies, with ids and timestamps filled in. */
  async turn(activity: Partial<Activity>, bot: ActivityHandler): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, activity);
    const replies: Partial<Activity>[] = [];
    context.turnState.set(REPLIES, replies);
    await this.runMiddleware(context, (c) => bot.run(c));
    return replies;
  }

  override async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const replies = context.turnState.get<Partial<Activity>[]>(REPLIES);
    return activities
      .filter((a) => a.type !== 'delay' && a.type !== 'invokeResponse')
      .map((a) => {
        const id = randomUUID();
        replies.push({
          ...a,
          id,
          timestamp: new Date(),
          from: { id: 'lotsen', name: 'Lotsen', role: 'bot' },
        });
        return { id };
      });
  }

  override async updateActivity(): Promise<void> {
    throw new Error('The web chat does not update sent messages');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('The web chat does not delete sent messages');
  }

  override async continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    throw new Error('The web chat has no proactive messages');
  }
}
