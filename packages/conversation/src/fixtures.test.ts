import { readdirSync, readFileSync } from 'node:fs';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { describe, expect, it } from 'vitest';
import {
  assertFixturePassed,
  createCoreDriver,
  formatFixtureRun,
  parseFixture,
  runFixture,
  toFixtureReply,
  type ConversationFixture,
  type FixtureDriver,
  type FixtureExpectation,
} from './fixtures.js';
import { isConversationError } from './errors.js';

const dir = new URL('../fixtures/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const catalogue = stockholmCatalogue();

function load(file: string): ConversationFixture {
  const parsed = parseFixture(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

describe('conversation fixtures', () => {
  it('has at least ten conversations, each named after its file', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) expect(load(file).name).toBe(file.replace(/\.json$/, ''));
  });

  it.each(files)('%s passes through the core', async (file) => {
    const run = await runFixture(load(file), createCoreDriver({ catalogue }));
    expect(run.passed, formatFixtureRun(run)).toBe(true);
  });
});

describe('runFixture', () => {
  const base: ConversationFixture = {
    name: 'meta',
    user: { kind: 'anonymous', channel: 'test' },
    start: '2026-03-16T10:00:00+01:00',
    availability: {},
    turns: [{ user: 'hjälp', afterMinutes: 1, expect: { says: ['this text is never said'] } }],
  };

  it('reports an expectation that does not hold, with the replies', async () => {
    const run = await runFixture(base, createCoreDriver({ catalogue }));
    expect(run.passed).toBe(false);
    expect(run.turns[0]!.failures).toEqual(['expected the bot to say "this text is never said"']);
    expect(formatFixtureRun(run)).toContain('automatisk guide');
    expect(() => assertFixturePassed(run)).toThrow(/FAILED/);
    try {
      assertFixturePassed(run);
    } catch (error) {
      expect(isConversationError(error) && error.code).toBe('FIXTURE_FAILED');
    }
  });

  it('fails a press of a button that is not there, and stops', async () => {
    const run = await runFixture(
      {
        ...base,
        turns: [
          { user: 'hej', afterMinutes: 1, expect: {} },
          { press: 'No such button', afterMinutes: 1, expect: {} },
          { user: 'hej', afterMinutes: 1, expect: {} },
        ],
      },
      createCoreDriver({ catalogue }),
    );
    expect(run.passed).toBe(false);
    expect(run.turns).toHaveLength(2);
    expect(run.turns[1]!.failures[0]).toMatch(/no button or suggested action "No such button"/);
  });

  it('turns a driver that throws into a failed run', async () => {
    const driver: FixtureDriver = {
      send() {
        throw new Error('socket closed');
      },
    };
    const run = await runFixture(base, driver);
    expect(run.passed).toBe(false);
    expect(run.turns[0]!.failures[0]).toContain('socket closed');
  });

  it('skips event and state expectations for a driver that cannot see them', async () => {
    const core = createCoreDriver({ catalogue });
    const textOnly: FixtureDriver = {
      start: (setup) => core.start?.(setup),
      async send(message, at) {
        const out = await core.send(message, at);
        return { replies: out.replies };
      },
    };
    const run = await runFixture(
      {
        ...base,
        turns: [
          {
            user: 'Jag är förälder',
            afterMinutes: 1,
            expect: { events: [{ type: 'flow_started' }], stateExcludes: ['x'] },
          },
        ],
      },
      textOnly,
    );
    expect(run.passed).toBe(true);
    expect(run.turns[0]!.skipped).toEqual(['events', 'state']);
  });

  it('checks the invariants of every turn: at most three suggestions, no identity number', async () => {
    const loud: FixtureDriver = {
      send: () => ({
        replies: [
          {
            kind: 'text',
            text: 'ditt nummer är 20160315-1232',
            buttons: [],
            suggestions: [{ title: 'a' }, { title: 'b' }, { title: 'c' }, { title: 'd' }],
          },
        ],
      }),
    };
    const run = await runFixture(
      { ...base, turns: [{ user: 'x', afterMinutes: 1, expect: {} }] },
      loud,
    );
    expect(run.turns[0]!.failures).toEqual([
      'a reply has 4 suggested actions (at most 3)',
      'a reply contains a personal identity number',
    ]);
  });
});

describe('runFixture: what ranks first, in which order, and a way to get in touch', () => {
  const card = (title: string, text = title) => ({
    kind: 'card' as const,
    title,
    text,
    buttons: [],
    suggestions: [],
  });
  const driver: FixtureDriver = {
    send: () => ({
      replies: [card('Barngrupp', 'Barngrupp\nRing 08-508 000 00'), card('Tonårsgrupp')],
    }),
  };
  const run = (expect: FixtureExpectation) =>
    runFixture(
      {
        name: 'meta',
        user: { kind: 'anonymous', channel: 'test' },
        start: '2026-03-16T10:00:00+01:00',
        availability: {},
        turns: [{ user: 'x', afterMinutes: 1, expect }],
      },
      driver,
    );

  it('passes what holds', async () => {
    const ok = await run({ firstCard: 'barngrupp', cardOrder: ['Barngrupp', 'Tonårsgrupp'] });
    expect(ok.passed).toBe(true);
  });

  it('fails the wrong first card, the wrong order, a missing card and a card without contact', async () => {
    const failed = await run({
      firstCard: 'Tonårsgrupp',
      cardOrder: ['Tonårsgrupp', 'Barngrupp'],
      everyCardHasContact: true,
    });
    expect(failed.turns[0]!.failures).toEqual([
      'expected the first card to be "Tonårsgrupp", got "Barngrupp"',
      'expected the cards in the order ["Tonårsgrupp","Barngrupp"]',
      'the card "Tonårsgrupp" says no way to get in touch',
    ]);
    const missing = await run({ cardOrder: ['Barngrupp', 'Föräldragrupp'] });
    expect(missing.turns[0]!.failures).toEqual(['expected cards titled ["Föräldragrupp"]']);
  });
});

describe('parseFixture', () => {
  it('refuses a turn with both text and a button', () => {
    const parsed = parseFixture({ name: 'x', turns: [{ user: 'a', press: 'b' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('INVALID_FIXTURE');
      expect(parsed.error.issues[0]!.path).toBe('turns.0');
    }
  });

  it('applies the defaults: anonymous test user, a fixed start, no availability', () => {
    const parsed = parseFixture({ name: 'x', turns: [{ user: 'hej' }] });
    expect(parsed.ok && parsed.value).toMatchObject({
      user: { kind: 'anonymous', channel: 'test' },
      start: '2026-03-16T10:00:00+01:00',
      availability: {},
      turns: [{ user: 'hej', afterMinutes: 1, expect: {} }],
    });
  });
});

describe('toFixtureReply', () => {
  it('flattens a card into its visible text, buttons and suggestions', () => {
    const reply = toFixtureReply({
      type: 'card',
      card: {
        title: 'Vågen',
        subtitle: 'Hägersten-Liljeholmen',
        facts: [{ label: 'Ålder', value: '7–12 år' }],
        reasons: ['Riktar sig till förälder med missbruk'],
        buttons: [{ title: 'Starta remiss', action: { type: 'refer', serviceId: 'vagen' } }],
      },
      suggestedActions: [{ title: 'Visa fler', action: { type: 'more_results' } }],
    });
    expect(reply).toEqual({
      kind: 'card',
      title: 'Vågen',
      text: 'Vågen\nHägersten-Liljeholmen\nÅlder: 7–12 år\nRiktar sig till förälder med missbruk\nStarta remiss',
      buttons: [{ title: 'Starta remiss', action: { type: 'refer', serviceId: 'vagen' } }],
      suggestions: [{ title: 'Visa fler', action: { type: 'more_results' } }],
    });
  });
});
