import type {
  ActionValue,
  Card,
  Choice,
  CrisisCard,
  IncomingMessage,
  OutgoingMessage,
} from '@lotsen/conversation';
import {
  ActionValueSchema,
  MAX_MESSAGE_ID_LENGTH,
  MAX_SUGGESTED_ACTIONS,
} from '@lotsen/conversation';
import type { Activity, Attachment, CardAction } from 'botbuilder';

/** The Adaptive Card content type, as Teams and Web Chat expect it. */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * A suggested action as it was offered: its title (what the user sees and `imBack` sends back) and
 * the action it stands for. Kept with the chat state so a tap maps back to a precise action.
 */
export interface PendingChoice {
  readonly title: string;
  readonly action: ActionValue;
}

type AdaptiveElement = Record<string, unknown>;

function submit(choice: Choice): AdaptiveElement {
  // Action.Submit only (no Action.Execute): the same card works in Teams and in the web chat.
  return { type: 'Action.Submit', title: choice.title, data: { lotsenAction: choice.action } };
}

/**
 * A neutral card as an Adaptive Card 1.5 (the highest version Teams renders). A card with a contact
 * line (parents and young people) is compact: title, contact and buttons, its text, facts and
 * reasons behind an Action.ShowCard.
 */
export function adaptiveCard(card: Card): Attachment {
  const body: AdaptiveElement[] = [
    {
      type: 'TextBlock',
      text: card.title,
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
      style: 'heading',
    },
  ];
  if (card.subtitle)
    body.push({
      type: 'TextBlock',
      text: card.subtitle,
      isSubtle: true,
      spacing: 'None',
      wrap: true,
    });
  // A family card is compact: how to get in touch stays in view, the rest is behind "more".
  const details: AdaptiveElement[] = card.contact && card.more ? [] : body;
  if (card.contact) body.push({ type: 'TextBlock', text: card.contact, wrap: true });
  if (card.text) details.push({ type: 'TextBlock', text: card.text, wrap: true });
  if (card.facts.length > 0) {
    details.push({
      type: 'FactSet',
      facts: card.facts.map((f) => ({ title: f.label, value: f.value })),
    });
  }
  if (card.reasons.length > 0) {
    details.push({
      type: 'Container',
      items: card.reasons.map((reason) => ({
        type: 'TextBlock',
        text: `• ${reason}`,
        wrap: true,
        spacing: 'Small',
      })),
    });
  }
  return {
    contentType: ADAPTIVE_CARD,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body,
      actions: [
        ...card.buttons.map(submit),
        ...(details !== body && details.length > 0
          ? [
              {
                type: 'Action.ShowCard',
                title: card.more,
                card: { type: 'AdaptiveCard', body: details },
              },
            ]
          : []),
      ],
      msteams: { width: 'Full' },
    },
  };
}

const digits = (text: string) => text.replace(/\D/g, '');

/** Whether a contact's name already carries its number, as "112 – SOS Alarm" and "1177 Vårdguiden" do. */
function namesNumber(name: string, phone: string): boolean {
  return (name.match(/[\d][\d -]*\d|\d/g) ?? []).some((n) => digits(n) === digits(phone));
}

/** A crisis card: contacts first, as links a phone can dial, and the duty to report for staff. */
export function crisisCard(crisis: CrisisCard): Attachment {
  const body: AdaptiveElement[] = [
    {
      type: 'TextBlock',
      text: crisis.title,
      weight: 'Bolder',
      size: 'Large',
      color: 'Attention',
      wrap: true,
      style: 'heading',
    },
    { type: 'TextBlock', text: crisis.text, wrap: true },
    {
      type: 'FactSet',
      facts: crisis.contacts.map((c) => ({
        title: c.name,
        value: [c.phone, c.note].filter(Boolean).join(' – '),
      })),
    },
  ];
  if (crisis.reportingDuty) {
    body.push({
      type: 'TextBlock',
      id: 'reporting-duty',
      text: crisis.reportingDuty,
      wrap: true,
      weight: 'Bolder',
    });
  }
  const actions = crisis.contacts
    .filter((c) => c.phone ?? c.url)
    .slice(0, 5)
    .map((c) => ({
      type: 'Action.OpenUrl',
      // "112 – SOS Alarm" already says the number: not "112 – SOS Alarm: 112".
      title: c.phone && !namesNumber(c.name, c.phone) ? `${c.name}: ${c.phone}` : c.name,
      url: c.phone ? `tel:${c.phone.replace(/[^\d+]/g, '')}` : c.url,
    }));
  return {
    contentType: ADAPTIVE_CARD,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      id: `crisis-${crisis.category}`,
      body,
      actions,
      msteams: { width: 'Full' },
    },
  };
}

function suggested(
  choices: readonly Choice[] | undefined,
): { actions: CardAction[]; to: string[] } | undefined {
  if (!choices || choices.length === 0) return undefined;
  return {
    // Teams shows at most three; the core never offers more, and this keeps it so.
    actions: choices
      .slice(0, MAX_SUGGESTED_ACTIONS)
      .map((c) => ({ type: 'imBack', title: c.title, value: c.title })),
    to: [],
  };
}

/** The core's replies as Bot Framework activities, plus the suggested actions now on offer. */
export function toActivities(
  replies: readonly OutgoingMessage[],
  locale: string,
): { activities: Partial<Activity>[]; pending: PendingChoice[] } {
  let pending: PendingChoice[] = [];
  const activities = replies.map((reply): Partial<Activity> => {
    const actions = suggested(reply.suggestedActions);
    if (reply.suggestedActions?.length) {
      pending = reply.suggestedActions
        .slice(0, MAX_SUGGESTED_ACTIONS)
        .map((c) => ({ title: c.title, action: c.action }));
    }
    const base = { type: 'message', locale, ...(actions ? { suggestedActions: actions } : {}) };
    switch (reply.type) {
      case 'text':
        return { ...base, text: reply.text, textFormat: 'plain' };
      case 'card':
        return { ...base, attachments: [adaptiveCard(reply.card)] };
      case 'crisis':
        return { ...base, attachments: [crisisCard(reply.crisis)] };
    }
  });
  return { activities, pending };
}

/**
 * What identifies an activity the same each time the Bot Connector delivers it: its channel,
 * conversation and activity id (Teams gives every message an id). `undefined` without an id, or
 * when the three are longer than the core takes.
 */
export function messageIdOf(
  activity: Pick<Activity, 'id' | 'channelId'> & { conversation?: { id?: string } },
): string | undefined {
  if (!activity.id) return undefined;
  const id = `${activity.channelId}\n${activity.conversation?.id ?? ''}\n${activity.id}`;
  return id.length <= MAX_MESSAGE_ID_LENGTH ? id : undefined;
}

/**
 * Whether the client says it showed Lotsen's notice itself (`channelData.lotsenNoticeShown`, sent by
 * the web chat page), so that the bot's greeting does not repeat it. Only ever leaves text out.
 */
function noticeShownBy(activity: Pick<Activity, 'channelData'>): boolean {
  const data: unknown = activity.channelData;
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { lotsenNoticeShown?: unknown }).lotsenNoticeShown === true
  );
}

/**
 * What the user did, for the core: a card button (`value.lotsenAction`), a suggested action (its
 * title comes back as text and maps to the pending action), or free text; with the activity's id
 * ({@link messageIdOf}), under which a referral it confirms is requested.
 */
export function fromActivity(
  activity: Pick<Activity, 'text' | 'value' | 'locale' | 'id' | 'channelId' | 'channelData'> & {
    conversation?: { id?: string };
  },
  pending: readonly PendingChoice[],
  channel: IncomingMessage['channel'],
  userKind: IncomingMessage['userKind'],
): IncomingMessage {
  const id = messageIdOf(activity);
  const base = {
    channel,
    userKind,
    ...(activity.locale ? { locale: activity.locale } : {}),
    ...(id !== undefined ? { id } : {}),
    ...(noticeShownBy(activity) ? { noticeShown: true } : {}),
  };
  const value = (activity.value as { lotsenAction?: unknown } | undefined)?.lotsenAction;
  if (value !== undefined) {
    const parsed = ActionValueSchema.safeParse(value);
    if (parsed.success) return { ...base, action: parsed.data };
  }
  const text = typeof activity.text === 'string' ? activity.text : '';
  const tapped = pending.find((p) => p.title === text.trim());
  if (tapped) return { ...base, action: tapped.action };
  return { ...base, text };
}
