import type { Catalogue, ServiceAvailability } from '@lotsen/catalogue';
import {
  err,
  findPersonalIdentityNumbers,
  ok,
  toInputIssues,
  type Result,
  TextSchema,
} from '@lotsen/domain';
import { z } from 'zod';
import { SAFETY_CATEGORIES, type ConversationConfig, type SafetyCategory } from './config.js';
import { ConversationError } from './errors.js';
import type { ConversationEvent } from './events.js';
import { handleTurn } from './handle-turn.js';
import {
  ActionValueSchema,
  CHANNELS,
  MAX_SUGGESTED_ACTIONS,
  type ActionValue,
  type IncomingMessage,
  type OutgoingMessage,
} from './messages.js';
import type { ConversationState } from './state.js';

const ExpectSchema = z.strictObject({
  /** Each text must appear in the turn's replies (case and spacing ignored). */
  says: z.array(TextSchema.min(1)).optional(),
  /** None of these may appear. */
  saysNot: z.array(TextSchema.min(1)).optional(),
  /** `true`: a crisis card; a category: a crisis card of that category; `false`: no crisis card. */
  crisis: z.union([z.boolean(), z.enum(SAFETY_CATEGORIES)]).optional(),
  /** Each must appear on the crisis card (a number or a name). */
  crisisContacts: z.array(TextSchema.min(1)).optional(),
  /** Whether the crisis card reminds staff of the duty to report. */
  reportingDuty: z.boolean().optional(),
  /** How many result cards: an exact number, or a range. */
  cards: z
    .union([
      z.number().int().min(0),
      z.strictObject({
        min: z.number().int().min(0).optional(),
        max: z.number().int().min(0).optional(),
      }),
    ])
    .optional(),
  /** Each must be part of some card's title. */
  cardTitles: z.array(TextSchema.min(1)).optional(),
  /** Part of the first card's title: what ranks first. */
  firstCard: TextSchema.min(1).optional(),
  /** Parts of card titles that must all be there, in this order (what ranks above what). */
  cardOrder: z.array(TextSchema.min(1)).min(2).optional(),
  /**
   * Every card says how to get in touch: a phone number or a web address (parent and youth cards;
   * staff cards carry a referral button instead).
   */
  everyCardHasContact: z.boolean().optional(),
  /** Each must be the title of a button on some card. */
  buttons: z.array(TextSchema.min(1)).optional(),
  /** Each must be the title of a suggested action. */
  suggestions: z.array(TextSchema.min(1)).optional(),
  /** Each must match (as a subset) an event of the turn. Checked when the driver reports events. */
  events: z.array(z.record(TextSchema, z.unknown())).optional(),
  /** No event of these types. Checked when the driver reports events. */
  noEvents: z.array(TextSchema.min(1)).optional(),
  /** None of these may appear in the stored state. Checked when the driver reports the state. */
  stateExcludes: z.array(TextSchema.min(1)).optional(),
});
/** What a fixture turn expects. */
export type FixtureExpectation = z.infer<typeof ExpectSchema>;

const TurnSchema = z
  .strictObject({
    /** What the user types. */
    user: TextSchema.optional(),
    /** The title of a button or suggested action in the previous turn's replies, to press. */
    press: TextSchema.min(1).optional(),
    /** With `press`: part of the title of the card whose button to press. */
    card: TextSchema.min(1).optional(),
    /** A raw button value to send. */
    action: ActionValueSchema.optional(),
    /** Minutes since the previous turn (default 1). */
    afterMinutes: z
      .number()
      .min(0)
      .max(24 * 60)
      .default(1),
    /** The channel's locale for this turn. */
    locale: TextSchema.optional(),
    expect: ExpectSchema.default({}),
  })
  .refine((t) => [t.user, t.press, t.action].filter((x) => x !== undefined).length === 1, {
    message: 'A turn has exactly one of "user", "press" and "action"',
  });
/** One turn of a fixture. */
export type FixtureTurn = z.infer<typeof TurnSchema>;

/**
 * A conversation fixture: plain JSON that runs the same through the core, through botbuilder's
 * `TestAdapter` and through `POST /api/messages`.
 */
export const ConversationFixtureSchema = z.strictObject({
  $schema: TextSchema.optional(),
  name: TextSchema.min(1),
  description: TextSchema.optional(),
  user: z
    .strictObject({
      kind: z.enum(['staff', 'anonymous']),
      channel: z.enum(CHANNELS).default('test'),
      locale: TextSchema.optional(),
      /** The client shows Lotsen's notice itself, as the web chat page does (`IncomingMessage.noticeShown`). */
      noticeShown: z.boolean().optional(),
    })
    .default({ kind: 'anonymous', channel: 'test' }),
  /** When the first turn happens (ISO 8601 with offset). */
  start: z.iso.datetime({ offset: true }).default('2026-03-16T10:00:00+01:00'),
  /** Places left and next start per service id, for drivers to seed before the first turn. */
  availability: z
    .record(
      TextSchema,
      z.strictObject({ placesLeft: z.number().int().min(0), nextStart: z.iso.date().optional() }),
    )
    .default({}),
  turns: z.array(TurnSchema).min(1),
});
/** A conversation fixture. */
export type ConversationFixture = z.infer<typeof ConversationFixtureSchema>;

/** Validates a fixture read from JSON; never throws. */
export function parseFixture(input: unknown): Result<ConversationFixture, ConversationError> {
  const parsed = ConversationFixtureSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = toInputIssues(parsed.error);
  return err(
    new ConversationError(
      'INVALID_FIXTURE',
      `Invalid fixture: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
      { cause: parsed.error },
    ),
  );
}

/** A button or suggested action as a driver observed it. */
export interface FixtureChoice {
  readonly title: string;
  readonly action?: ActionValue | Record<string, unknown>;
}

/**
 * One reply as any channel can observe it. An adapter driver builds it from what it sent: all visible
 * text joined (title, text, facts as "label: value", reasons, contacts), the buttons with their values,
 * and the suggested actions.
 */
export interface FixtureReply {
  readonly kind: 'text' | 'card' | 'crisis';
  readonly text: string;
  readonly title?: string;
  readonly buttons: readonly FixtureChoice[];
  readonly suggestions: readonly FixtureChoice[];
  /** For crisis cards, when the channel can tell it (e.g. from the card's `id`). */
  readonly crisisCategory?: SafetyCategory;
  /** For crisis cards, whether the duty-to-report reminder is on it. */
  readonly reportingDuty?: boolean;
}

/** What a driver returns for one turn. `events` and `state` are optional: not every channel sees them. */
export interface FixtureTurnOutput {
  readonly replies: readonly FixtureReply[];
  readonly events?: readonly ConversationEvent[];
  readonly state?: unknown;
}

/** What a driver is given before the first turn. */
export interface FixtureSetup {
  readonly availability: ReadonlyMap<string, ServiceAvailability>;
}

/** Sends fixture turns through one channel: the core, botbuilder's `TestAdapter`, or HTTP. */
export interface FixtureDriver {
  /** Called once before the first turn; seed availability here. */
  start?(setup: FixtureSetup): void | Promise<void>;
  /** Sends one message at a given time (drivers must use it as the bot's clock) and returns the replies. */
  send(message: IncomingMessage, at: Date): FixtureTurnOutput | Promise<FixtureTurnOutput>;
}

/** The result of one turn of a fixture run. */
export interface FixtureTurnReport {
  readonly index: number;
  readonly replies: readonly FixtureReply[];
  readonly failures: readonly string[];
  /** Expectations not checked because the driver does not report events or state. */
  readonly skipped: readonly string[];
}

/** The result of running a fixture. */
export interface FixtureRun {
  readonly name: string;
  readonly passed: boolean;
  readonly turns: readonly FixtureTurnReport[];
}

/** Flattens a core message into what a channel would show, for drivers and assertions. */
export function toFixtureReply(message: OutgoingMessage): FixtureReply {
  const suggestions = (message.suggestedActions ?? []).map((c) => ({
    title: c.title,
    action: c.action,
  }));
  switch (message.type) {
    case 'text':
      return { kind: 'text', text: message.text, buttons: [], suggestions };
    case 'card': {
      const c = message.card;
      const text = [
        c.title,
        c.subtitle,
        c.contact,
        c.text,
        ...c.facts.map((f) => `${f.label}: ${f.value}`),
        ...c.reasons,
        ...c.buttons.map((b) => b.title),
      ]
        .filter((x): x is string => !!x)
        .join('\n');
      return {
        kind: 'card',
        title: c.title,
        text,
        buttons: c.buttons.map((b) => ({ title: b.title, action: b.action })),
        suggestions,
      };
    }
    case 'crisis': {
      const c = message.crisis;
      const text = [
        c.title,
        c.text,
        ...c.contacts.map((k) => [k.name, k.phone, k.url, k.note].filter(Boolean).join(' ')),
        c.reportingDuty,
      ]
        .filter((x): x is string => !!x)
        .join('\n');
      return {
        kind: 'crisis',
        title: c.title,
        text,
        buttons: [],
        suggestions,
        crisisCategory: c.category,
        reportingDuty: c.reportingDuty !== undefined,
      };
    }
  }
}

/**
 * A driver that runs fixtures straight through {@link handleTurn}, keeping the state in memory as the
 * bot app keeps it in the store.
 */
export function createCoreDriver(deps: {
  readonly catalogue: Catalogue;
  readonly config?: ConversationConfig;
}): FixtureDriver {
  let state: ConversationState | undefined;
  let availability: ReadonlyMap<string, ServiceAvailability> = new Map();
  return {
    start(setup) {
      state = undefined;
      availability = setup.availability;
    },
    send(message, at) {
      const turn = handleTurn(state, message, {
        catalogue: deps.catalogue,
        clock: () => at,
        availability,
        ...(deps.config ? { config: deps.config } : {}),
      });
      state = turn.state;
      return { replies: turn.replies.map(toFixtureReply), events: turn.events, state: turn.state };
    },
  };
}

/** A phone number ("08-508 000 00", "116 111") or a web address ("https://…", "bris.se"). */
const CONTACT = /\d{2,}[\d -]*\d|https?:\/\/|\b[a-z0-9-]+\.(?:se|nu|org|com)\b/i;

const squeeze = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function matchesSubset(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return actual === expected;
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      expected.length === actual.length &&
      expected.every((e, i) => matchesSubset(actual[i], e))
    );
  }
  return Object.entries(expected).every(([k, v]) =>
    matchesSubset((actual as Record<string, unknown>)[k], v),
  );
}

function check(
  expect: FixtureExpectation,
  output: FixtureTurnOutput,
): { failures: string[]; skipped: string[] } {
  const failures: string[] = [];
  const skipped: string[] = [];
  const replies = output.replies;
  const all = squeeze(replies.map((r) => r.text).join('\n'));
  const cards = replies.filter((r) => r.kind === 'card');
  const crises = replies.filter((r) => r.kind === 'crisis');
  const suggestions = replies.flatMap((r) => r.suggestions);

  // Invariants of every turn, whatever the fixture says.
  if (replies.length === 0) failures.push('the bot sent no reply');
  for (const r of replies) {
    if (r.suggestions.length > MAX_SUGGESTED_ACTIONS) {
      failures.push(
        `a reply has ${r.suggestions.length} suggested actions (at most ${MAX_SUGGESTED_ACTIONS})`,
      );
    }
    if (findPersonalIdentityNumbers(r.text).length > 0)
      failures.push('a reply contains a personal identity number');
  }

  for (const text of expect.says ?? []) {
    if (!all.includes(squeeze(text))) failures.push(`expected the bot to say "${text}"`);
  }
  for (const text of expect.saysNot ?? []) {
    if (all.includes(squeeze(text))) failures.push(`expected the bot not to say "${text}"`);
  }
  if (expect.crisis !== undefined) {
    if (expect.crisis === false && crises.length > 0) failures.push('expected no crisis card');
    if (expect.crisis !== false && crises.length === 0) failures.push('expected a crisis card');
    if (typeof expect.crisis === 'string' && crises.length > 0) {
      const category = crises[0]!.crisisCategory;
      if (category === undefined) skipped.push('crisis category');
      else if (category !== expect.crisis) {
        failures.push(`expected a ${expect.crisis} crisis card, got ${category}`);
      }
    }
  }
  const crisisText = squeeze(crises.map((c) => c.text).join('\n'));
  for (const contact of expect.crisisContacts ?? []) {
    if (!crisisText.includes(squeeze(contact)))
      failures.push(`expected "${contact}" on the crisis card`);
  }
  if (expect.reportingDuty !== undefined) {
    const has = crises.some((c) => c.reportingDuty === true);
    if (crises.some((c) => c.reportingDuty === undefined)) skipped.push('reporting duty');
    else if (has !== expect.reportingDuty) {
      failures.push(
        expect.reportingDuty
          ? 'expected the duty-to-report reminder'
          : 'expected no duty-to-report reminder',
      );
    }
  }
  if (expect.cards !== undefined) {
    const { min, max } =
      typeof expect.cards === 'number' ? { min: expect.cards, max: expect.cards } : expect.cards;
    if ((min !== undefined && cards.length < min) || (max !== undefined && cards.length > max)) {
      failures.push(`expected ${JSON.stringify(expect.cards)} cards, got ${cards.length}`);
    }
  }
  for (const title of expect.cardTitles ?? []) {
    if (!cards.some((c) => squeeze(c.title ?? '').includes(squeeze(title)))) {
      failures.push(`expected a card titled "${title}"`);
    }
  }
  if (expect.firstCard !== undefined) {
    const first = cards[0]?.title ?? '';
    if (!squeeze(first).includes(squeeze(expect.firstCard))) {
      failures.push(`expected the first card to be "${expect.firstCard}", got "${first}"`);
    }
  }
  if (expect.cardOrder) {
    const at = expect.cardOrder.map((part) =>
      cards.findIndex((c) => squeeze(c.title ?? '').includes(squeeze(part))),
    );
    const missing = expect.cardOrder.filter((_, i) => at[i] === -1);
    if (missing.length > 0) failures.push(`expected cards titled ${JSON.stringify(missing)}`);
    else if (at.some((p, i) => i > 0 && p <= at[i - 1]!)) {
      failures.push(`expected the cards in the order ${JSON.stringify(expect.cardOrder)}`);
    }
  }
  if (expect.everyCardHasContact) {
    for (const c of cards) {
      if (!CONTACT.test(c.text)) failures.push(`the card "${c.title}" says no way to get in touch`);
    }
  }
  for (const title of expect.buttons ?? []) {
    if (!cards.some((c) => c.buttons.some((b) => squeeze(b.title) === squeeze(title)))) {
      failures.push(`expected a button "${title}"`);
    }
  }
  for (const title of expect.suggestions ?? []) {
    if (!suggestions.some((c) => squeeze(c.title) === squeeze(title))) {
      failures.push(`expected a suggested action "${title}"`);
    }
  }
  if (expect.events || expect.noEvents) {
    if (!output.events) skipped.push('events');
    else {
      for (const wanted of expect.events ?? []) {
        if (!output.events.some((e) => matchesSubset(e, wanted))) {
          failures.push(`expected an event ${JSON.stringify(wanted)}`);
        }
      }
      for (const type of expect.noEvents ?? []) {
        if (output.events.some((e) => e.type === type)) failures.push(`expected no ${type} event`);
      }
    }
  }
  if (expect.stateExcludes) {
    if (output.state === undefined) skipped.push('state');
    else {
      const stored = JSON.stringify(output.state).toLowerCase();
      for (const text of expect.stateExcludes) {
        if (stored.includes(text.toLowerCase()))
          failures.push(`the stored state contains "${text}"`);
      }
    }
  }
  return { failures, skipped };
}

function findChoice(
  previous: readonly FixtureReply[],
  title: string,
  card: string | undefined,
): FixtureChoice | undefined {
  const wanted = squeeze(title);
  const pool = card
    ? previous
        .filter((r) => r.kind === 'card' && squeeze(r.title ?? '').includes(squeeze(card)))
        .flatMap((r) => r.buttons)
    : previous.flatMap((r) => [...r.buttons, ...r.suggestions]);
  return pool.find((c) => squeeze(c.title) === wanted);
}

/**
 * Runs a fixture through a driver and checks every expectation. Never throws: a driver that throws, or
 * a `press` of a button that is not there, ends the run as failed with the reason. Every turn is also
 * checked for the invariants: at least one reply, at most three suggested actions, and no personal
 * identity number in anything the bot says.
 *
 * @example
 * ```ts
 * const run = await runFixture(fixture, createCoreDriver({ catalogue: stockholmCatalogue() }));
 * if (!run.passed) console.log(run.turns.flatMap((t) => t.failures));
 * ```
 */
export async function runFixture(
  fixture: ConversationFixture,
  driver: FixtureDriver,
): Promise<FixtureRun> {
  const reports: FixtureTurnReport[] = [];
  const availability = new Map<string, ServiceAvailability>(
    Object.entries(fixture.availability).map(([id, a]) => [
      id,
      { placesLeft: a.placesLeft, ...(a.nextStart ? { nextStart: a.nextStart } : {}) },
    ]),
  );
  let previous: readonly FixtureReply[] = [];
  let at = Date.parse(fixture.start);
  let passed = true;
  try {
    await driver.start?.({ availability });
  } catch (cause) {
    return {
      name: fixture.name,
      passed: false,
      turns: [
        {
          index: -1,
          replies: [],
          failures: [`driver failed to start: ${String(cause)}`],
          skipped: [],
        },
      ],
    };
  }
  for (const [index, turn] of fixture.turns.entries()) {
    at += turn.afterMinutes * 60_000;
    const base = {
      channel: fixture.user.channel,
      userKind: fixture.user.kind,
      ...(fixture.user.noticeShown ? { noticeShown: true } : {}),
      ...((turn.locale ?? fixture.user.locale)
        ? { locale: (turn.locale ?? fixture.user.locale)! }
        : {}),
    } as const;
    let message: IncomingMessage;
    if (turn.user !== undefined) message = { ...base, text: turn.user };
    else if (turn.action !== undefined) message = { ...base, action: turn.action };
    else {
      const choice = findChoice(previous, turn.press!, turn.card);
      if (!choice) {
        reports.push({
          index,
          replies: [],
          failures: [
            `no button or suggested action "${turn.press}"${turn.card ? ` on a card "${turn.card}"` : ''} to press`,
          ],
          skipped: [],
        });
        passed = false;
        break;
      }
      // A channel that sends suggested actions as text (imBack) reports no value: send the title, as
      // the user's client would.
      const parsed = choice.action ? ActionValueSchema.safeParse(choice.action) : undefined;
      message = parsed?.success
        ? { ...base, action: parsed.data }
        : { ...base, text: choice.title };
    }
    let output: FixtureTurnOutput;
    try {
      output = await driver.send(message, new Date(at));
    } catch (cause) {
      reports.push({
        index,
        replies: [],
        failures: [`the driver threw: ${String(cause)}`],
        skipped: [],
      });
      passed = false;
      break;
    }
    const { failures, skipped } = check(turn.expect, output);
    if (failures.length > 0) passed = false;
    reports.push({ index, replies: output.replies, failures, skipped });
    previous = output.replies;
  }
  return { name: fixture.name, passed, turns: reports };
}

/** A readable report of a fixture run: every failure with its turn, and what was sent back. */
export function formatFixtureRun(run: FixtureRun): string {
  const lines = [`${run.name}: ${run.passed ? 'passed' : 'FAILED'}`];
  for (const turn of run.turns) {
    if (turn.failures.length === 0) continue;
    lines.push(`  turn ${turn.index + 1}:`);
    for (const f of turn.failures) lines.push(`    - ${f}`);
    for (const r of turn.replies)
      lines.push(`    > [${r.kind}] ${r.text.replace(/\n/g, ' | ').slice(0, 300)}`);
  }
  return lines.join('\n');
}

/**
 * Throws a `FIXTURE_FAILED` {@link ConversationError} listing every failure when a run did not pass;
 * for test suites that run the fixtures through their own driver.
 */
export function assertFixturePassed(run: FixtureRun): void {
  if (!run.passed) throw new ConversationError('FIXTURE_FAILED', formatFixtureRun(run));
}
