import type { Catalogue, ServiceAvailability } from '@lotsen/catalogue';
import {
  MAX_SUGGESTED_ACTIONS,
  describeReferralCreated,
  describeReferralFailure,
  describeReferralStatus,
  handleTurn,
  type ChatLanguage,
  type ConversationConfig,
  type ConversationEvent,
  type IncomingMessage,
  type OutgoingMessage,
  type ReferralRequestFailure,
} from '@lotsen/conversation';
import { ActivityHandler, ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { fromActivity, toActivities } from './activities.js';
import type { CounterBuffer } from './counters.js';
import { staffSubject } from './referral-gateway-token.js';
import type {
  ReferralGateway,
  ReferralGatewayFailureCode,
  StaffIdentity,
} from './referral-gateway.js';
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
  /**
   * The Lotsen API, for the staff flow's referrals and status look-ups. Without it they are
   * answered honestly: referrals are not connected in this installation, nothing was sent.
   */
  readonly referrals?: ReferralGateway;
  /**
   * Called after a referral is made (or found again) from a chat: where its referrer hears back
   * (see referrer-messages.ts). A failure here does not undo the referral: it is only reported.
   */
  readonly onReferralMade?: (
    referralId: string,
    activity: Activity,
    staff: StaffIdentity,
    language: ChatLanguage,
  ) => Promise<void>;
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
    case 'safety_question_asked':
      return `bot.safety_question_asked.${event.category}`;
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
  }

  /**
   * A message goes straight to the turn. botbuilder's event chain (the turn, message and dialog
   * handlers, a dozen nested awaits) would only lead to this one handler, and cost a tenth of a
   * turn's CPU under load; other activities (conversation updates, invokes) take the usual way.
   */
  override async run(context: TurnContext): Promise<void> {
    if (context?.activity?.type === (ActivityTypes.Message as string)) return this.turn(context);
    return super.run(context);
  }

  private async turn(context: TurnContext): Promise<void> {
    const { activity } = context;
    const channel = channelOf(activity.channelId);
    let userKind: IncomingMessage['userKind'] = 'anonymous';
    if (channel === 'teams') {
      const tenant = teamsTenantOf(activity);
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
    // Who writes, as the API will know them (a hash, never the Entra id): only whoever sent a
    // referral may send it again, since the API keeps each caller's idempotency keys apart.
    const staff = userKind === 'staff' ? staffIdentityOf(activity) : undefined;
    const sender = staff ? { sender: staffSubject(staff) } : {};
    const clock = this.deps.clock ?? (() => new Date());
    const availability = this.deps.availability?.();
    // The core runs inside the store's update: should another bot process take a turn in this
    // conversation meanwhile, it runs again on that state, and only the stored turn is answered.
    const { activities, events } = await this.deps.store.update(key, (stored) => {
      const message = { ...fromActivity(activity, stored.pending, channel, userKind), ...sender };
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
    // Referral requests are carried out once the turn is stored: the turn itself may run more than
    // once, a referral must be sent once. Their answers follow the core's replies.
    const answered = await this.withReferralAnswers(activity, activities, events);
    if (answered.length > 0) await context.sendActivities(answered);
    for (const event of events) {
      const name = counterName(event);
      if (name) this.deps.counters?.add(name);
    }
  }

  /**
   * Carries out the turn's referral requests against the API and adds the answers after the core's
   * replies, moving the core's suggested actions onto the last answer, where Teams shows them.
   */
  private async withReferralAnswers(
    activity: Activity,
    activities: readonly Partial<Activity>[],
    events: readonly ConversationEvent[],
  ): Promise<Partial<Activity>[]> {
    const replies: OutgoingMessage[] = [];
    const language = chatLanguageOf(activities);
    for (const event of events) {
      if (event.type === 'referral_draft_ready' || event.type === 'referral_status_requested')
        replies.push(...(await this.answerReferralRequest(event, activity, language)));
    }
    if (replies.length === 0) return [...activities];
    const answers = toActivities(replies, activities[0]?.locale ?? 'sv-SE').activities;
    const offered = activities.findLastIndex((a) => a.suggestedActions !== undefined);
    if (offered === -1) return [...activities, ...answers];
    const { suggestedActions, ...withoutSuggestions } = activities[offered]!;
    const last = answers.length - 1;
    // An answer's own suggestion ("Försök igen") comes first, then the core's, three at most.
    const joined = (own: Partial<Activity>['suggestedActions']) => ({
      ...suggestedActions!,
      actions: [...(own?.actions ?? []), ...suggestedActions!.actions].slice(
        0,
        MAX_SUGGESTED_ACTIONS,
      ),
    });
    return [
      ...activities.map((a, i) => (i === offered ? withoutSuggestions : a)),
      ...answers.map((a, i) =>
        i === last ? { ...a, suggestedActions: joined(a.suggestedActions) } : a,
      ),
    ];
  }

  /** One referral request of the core: send the draft, or look up a status, and word the outcome. */
  private async answerReferralRequest(
    event: Extract<
      ConversationEvent,
      { type: 'referral_draft_ready' } | { type: 'referral_status_requested' }
    >,
    activity: Activity,
    language: ChatLanguage,
  ): Promise<OutgoingMessage[]> {
    const request = event.type === 'referral_draft_ready' ? 'create' : 'status';
    const failed = (failure: ReferralRequestFailure) => {
      this.deps.counters?.add(
        request === 'create'
          ? `bot.referral.not_sent.${failure}`
          : `bot.referral_status.not_checked.${failure}`,
      );
      return describeReferralFailure(request, failure, language);
    };
    const gateway = this.deps.referrals;
    if (!gateway) return failed('not_connected');
    const staff = staffIdentityOf(activity);
    if (!staff) return failed('not_registered');

    if (event.type === 'referral_draft_ready') {
      const created = await gateway
        .createReferral(event.draft, staff, event.requestId)
        // A gateway that throws has failed in an unknown way: whether it stored anything is unknown.
        .catch(() => ({ ok: false as const, error: { code: 'TIMEOUT' as const } }));
      if (!created.ok) return failed(createFailure(created.error.code));
      // A referral sent again and answered from the first request is not a new one.
      this.deps.counters?.add(
        created.value.replayed ? 'bot.referral.replayed' : 'bot.referral.created',
      );
      await this.deps
        .onReferralMade?.(created.value.referralId, activity, staff, language)
        .catch(() => this.deps.counters?.add('bot.referral.referrer_not_remembered'));
      return describeReferralCreated(created.value.referralId, language);
    }
    const found = await gateway
      .referralStatus(event.referralId, staff)
      .catch(() => ({ ok: false as const, error: { code: 'UNAVAILABLE' as const } }));
    // Not found and not allowed read alike, as in the API: a referral's existence does not leak.
    if (!found.ok && found.error.code !== 'NOT_FOUND' && found.error.code !== 'FORBIDDEN')
      return failed(statusFailure(found.error.code));
    this.deps.counters?.add(`bot.referral_status.${found.ok ? 'answered' : 'not_found'}`);
    return describeReferralStatus(event.referralId, found.ok ? found.value : 'not_found', language);
  }
}

/** The Entra tenant a Teams activity comes from. */
function teamsTenantOf(activity: Activity): string | undefined {
  return (
    activity.conversation?.tenantId ??
    (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id
  );
}

/** The Teams user behind an activity, as the Bot Connector passed it; none outside Teams. */
function staffIdentityOf(activity: Activity): StaffIdentity | undefined {
  const tenantId = teamsTenantOf(activity);
  const entraObjectId = activity.from?.aadObjectId;
  if (activity.channelId !== 'msteams' || !tenantId || !entraObjectId) return undefined;
  return { tenantId, entraObjectId };
}

/** The chat's language: the core's replies carry it as their locale. */
function chatLanguageOf(activities: readonly Partial<Activity>[]): ChatLanguage {
  return activities[0]?.locale?.startsWith('en') ? 'en' : 'sv';
}

function createFailure(code: ReferralGatewayFailureCode): ReferralRequestFailure {
  switch (code) {
    case 'NOT_REGISTERED':
      return 'not_registered';
    case 'FORBIDDEN':
      return 'other_district';
    case 'UNAVAILABLE':
      return 'unavailable';
    // Sent, and then no answer that can be trusted: it may have been stored.
    case 'TIMEOUT':
    case 'NO_ANSWER':
    case 'BAD_RESPONSE':
      return 'uncertain';
    case 'NOT_FOUND':
    case 'REFUSED':
      return 'refused';
  }
}

function statusFailure(code: ReferralGatewayFailureCode): ReferralRequestFailure {
  if (code === 'NOT_REGISTERED') return 'not_registered';
  if (code === 'REFUSED') return 'refused';
  return 'unavailable';
}
