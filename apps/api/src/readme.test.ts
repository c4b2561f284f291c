import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohortBody, createWorld, leaderBody, type World } from './test-support.js';

/*
 * The README's worked examples of the seat flow, declining and withdrawing are run here as they are
 * written: each curl command is sent to the app, and its answer must have the status and the
 * allowed events the comment above it says.
 */

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** One curl command of the README and what its comment says the answer is. */
interface Step {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  /** `REF=$(curl …)`: the answer's id becomes `$REF`. */
  readonly setsRef: boolean;
  readonly status: string;
  readonly allowedEvents: readonly string[];
}

/** The `sh` blocks of the README section on the seat flow, each as its steps. */
function exampleBlocks(): Step[][] {
  const start = README.indexOf('## Referrals: the seat flow');
  const section = README.slice(start, README.indexOf('\n## ', start + 1));
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.map((block) => {
    const lines = block.replaceAll('\\\n', ' ').split('\n').filter(Boolean);
    const steps: Step[] = [];
    for (let i = 0; i < lines.length; i += 2) {
      const said = /^# → (\w+); allowedEvents: (.*)$/.exec(lines[i]!);
      const command = lines[i + 1]!;
      expect(said, lines[i]).not.toBeNull();
      const headers = Object.fromEntries(
        [...command.matchAll(/-H (?:'([^']*)'|"([^"]*)")/g)]
          .map((m) => (m[1] ?? m[2])!.split(/: (.*)/s))
          .filter(([name]) => name !== 'authorization')
          .map(([name, value]) => [name!, value!]),
      );
      steps.push({
        method: /-X (\w+)/.exec(command)![1]!,
        path: /"\$API([^"]+)"/.exec(command)![1]!,
        headers,
        body: /-d '([^']*)'/.exec(command)?.[1],
        setsRef: command.startsWith('REF=$('),
        status: said![1]!,
        allowedEvents: said![2] === '(none)' ? [] : said![2]!.split(', '),
      });
    }
    return steps;
  });
}

let w: World;

beforeAll(async () => {
  w = await createWorld();
  const coordinator = w.headers('coordinator');
  for (const payload of [leaderBody('exp-1'), leaderBody('exp-2')]) {
    await w.app.inject({ method: 'POST', url: '/v1/leaders', headers: coordinator, payload });
  }
  const cohort = cohortBody('A', { leaderIds: ['exp-1', 'exp-2'], status: 'open' });
  const made = await w.app.inject({
    method: 'POST',
    url: '/v1/cohorts',
    headers: coordinator,
    payload: cohort,
  });
  expect(made.statusCode, made.body).toBe(201);
});
afterAll(async () => {
  await w.close();
});

/** Runs steps in order as a coordinator, each checked against its comment; returns `$REF`. */
async function run(steps: readonly Step[], ref = ''): Promise<string> {
  for (const step of steps) {
    const res = await w.app.inject({
      method: step.method as 'POST',
      url: step.path.replace('$REF', ref),
      headers: { ...w.headers('coordinator'), ...step.headers },
      ...(step.body === undefined ? {} : { payload: step.body }),
    });
    const where = `${step.method} ${step.path} ${step.body ?? ''}: ${res.body}`;
    expect(res.statusCode, where).toBeLessThan(300);
    expect(res.json(), where).toMatchObject({
      status: step.status,
      allowedEvents: step.allowedEvents,
    });
    if (step.setsRef) ref = res.json().id as string;
  }
  return ref;
}

describe("the README's worked examples", () => {
  it('has the three examples: the seat flow, declining and withdrawing', () => {
    expect(exampleBlocks().map((b) => b.length)).toEqual([5, 3, 1]);
  });

  it('the seat flow: ACCEPT, OFFER with replyBy, ACCEPT_OFFER, ENROL', async () => {
    const [seatFlow] = exampleBlocks();
    const ref = await run(seatFlow!.slice(0, 3));
    // ENROL before the family accepted the offer: 409, with the events the referral accepts.
    const early = await w.app.inject({
      method: 'POST',
      url: `/v1/referrals/${ref}/events`,
      headers: w.headers('coordinator'),
      payload: { type: 'ENROL' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().allowedEvents).toEqual(seatFlow![2]!.allowedEvents);
    await run(seatFlow!.slice(3), ref);
  });

  it('declining: the family turns the offer down, then the provider declines the referral', async () => {
    const [seatFlow, declining] = exampleBlocks();
    await run(declining!, await run(seatFlow!.slice(0, 2)));
  });

  it('are in the description of POST /v1/referrals/{id}/events, each event as the README sends it', async () => {
    const doc = (await w.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const description: string = doc.paths['/v1/referrals/{id}/events'].post.description;
    const events = exampleBlocks()
      .flat()
      .filter((step) => step.path.endsWith('/events'));
    expect(events.length).toBeGreaterThan(0);
    for (const step of events) {
      const ifMatch = step.headers['if-match'];
      expect(description).toContain(
        `${ifMatch === undefined ? '' : `-H 'if-match: ${ifMatch}' `}-d '${step.body}'`,
      );
    }
  });

  it('withdrawing a submitted referral', async () => {
    const [seatFlow, , withdrawing] = exampleBlocks();
    await run(withdrawing!, await run(seatFlow!.slice(0, 1)));
  });
});
