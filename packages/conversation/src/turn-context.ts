import type { Catalogue, ServiceAvailability } from '@lotsen/catalogue';
import type { ConversationConfig } from './config.js';
import type { ConversationEvent, FlowOutcome } from './events.js';
import {
  MAX_SUGGESTED_ACTIONS,
  type Card,
  type Choice,
  type CrisisCard,
  type IncomingMessage,
  type OutgoingMessage,
  type Role,
} from './messages.js';
import type { ConversationState } from './state.js';
import { stringsFor, type Strings } from './strings.js';

/** The dependencies of a turn, with defaults applied and the clock read once. */
export interface ResolvedDeps {
  readonly catalogue: Catalogue;
  readonly config: ConversationConfig;
  readonly now: Date;
  readonly availability: ReadonlyMap<string, ServiceAvailability>;
}

/**
 * One turn in progress. Flows append replies and events and change `state` (a private copy of the
 * state the turn started from, so the caller's object is never touched).
 */
export class TurnContext {
  readonly replies: OutgoingMessage[] = [];
  readonly events: ConversationEvent[] = [];
  private suggestions: Choice[] = [];
  private readonly buttons: Choice[] = [];
  /** The needs known when the turn began, to tell what this turn's message added. */
  readonly needsAtStart: readonly string[];

  constructor(
    public state: ConversationState,
    readonly message: IncomingMessage,
    readonly deps: ResolvedDeps,
  ) {
    this.needsAtStart = [...state.slots.needs];
  }

  /** The strings of the current chat language (it can change during a turn). */
  get s(): Strings {
    return stringsFor(this.state.language);
  }

  /** Who the flow is for: staff by channel, otherwise what the user said. */
  get role(): Role | null {
    return this.message.userKind === 'staff' ? 'staff' : this.state.role;
  }

  say(text: string): void {
    this.replies.push({ type: 'text', text });
  }

  card(card: Card): void {
    this.replies.push({ type: 'card', card });
    this.buttons.push(...card.buttons);
  }

  crisis(crisis: CrisisCard): void {
    this.replies.push({ type: 'crisis', crisis });
  }

  /** Sets the suggested actions of this turn (the last call wins; at most three are kept). */
  suggest(choices: readonly Choice[]): void {
    this.suggestions = choices.slice(0, MAX_SUGGESTED_ACTIONS);
  }

  /** The suggested actions this turn has set so far. */
  get suggested(): readonly Choice[] {
    return this.suggestions;
  }

  /** Counts a flow as started, once, for the funnel counters. */
  startFlow(role: Role): void {
    if (this.state.flowOpen) return;
    this.state.flowOpen = true;
    this.events.push({
      type: 'flow_started',
      flow: role,
      channel: this.message.channel,
      language: this.state.language,
    });
  }

  /** Counts the open flow as finished, once. */
  finishFlow(outcome: FlowOutcome): void {
    const role = this.role;
    if (!this.state.flowOpen || !role) return;
    this.state.flowOpen = false;
    this.events.push({ type: 'flow_finished', flow: role, outcome });
  }

  /**
   * Closes the turn: suggested actions go on the last reply, and the offered choices are remembered
   * so that a channel sending a button's title as text still works.
   */
  finish(): { replies: OutgoingMessage[]; offered: Choice[] } {
    if (this.suggestions.length > 0 && this.replies.length > 0) {
      const last = this.replies[this.replies.length - 1]!;
      this.replies[this.replies.length - 1] = { ...last, suggestedActions: this.suggestions };
    }
    const offered = [...this.suggestions, ...this.buttons].slice(0, 30);
    return { replies: this.replies, offered };
  }
}
