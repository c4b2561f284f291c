/**
 * `@lotsen/conversation/testing`: the conversation fixture runner. The JSON fixtures in `fixtures/`
 * run through the conversation core here and through each channel's adapter (a {@link FixtureDriver}
 * of its own) in the bot app, so every channel is held to the same conversations. Test support, kept
 * off the main entry so that a bot's code does not see it.
 *
 * @example
 * ```ts
 * import { assertFixturePassed, createCoreDriver, parseFixture, runFixture } from '@lotsen/conversation/testing';
 *
 * const fixture = parseFixture(JSON.parse(text));
 * if (!fixture.ok) throw fixture.error;
 * assertFixturePassed(await runFixture(fixture.value, createCoreDriver({ catalogue })));
 * ```
 *
 * @packageDocumentation
 */
export {
  ConversationFixtureSchema,
  assertFixturePassed,
  createCoreDriver,
  formatFixtureRun,
  parseFixture,
  runFixture,
  toFixtureReply,
} from './fixtures.js';
export type {
  ConversationFixture,
  FixtureChoice,
  FixtureDriver,
  FixtureExpectation,
  FixtureReply,
  FixtureRun,
  FixtureSetup,
  FixtureTurn,
  FixtureTurnOutput,
  FixtureTurnReport,
} from './fixtures.js';
