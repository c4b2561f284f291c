import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFixtureRun, runFixture } from '@lotsen/conversation/testing';
import type { Database } from '@lotsen/storage';
import {
  httpDriver,
  loadFixtures,
  testAdapterDriver,
  testDatabase,
} from './fixture-drivers.test-support.js';

// The same JSON conversations the conversation core passes, through both botbuilder channels.
const fixtures = loadFixtures();
let db: Database;

beforeAll(async () => {
  db = await testDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('conversation fixtures through botbuilder’s TestAdapter', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const run = await runFixture(fixture, testAdapterDriver(db, fixture));
    expect(run.passed, formatFixtureRun(run)).toBe(true);
  });
});

describe('conversation fixtures through POST /api/messages with expectReplies', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const run = await runFixture(fixture, httpDriver(db, fixture));
    expect(run.passed, formatFixtureRun(run)).toBe(true);
  });
});
