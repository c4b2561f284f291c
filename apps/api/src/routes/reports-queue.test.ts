import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createWorld, referralBody, type World } from '../test-support.js';

/*
 * The queue in the equity report, as the coordinator reads it: referrals made and waitlisted
 * through the API; for those made from Teams, the bot's records (the conversation remembered when
 * the referral was made, and the first status message that reached the referrer), written as the
 * bot writes them. Then the closed-loop rate and the waiting-list times, with small cells hidden.
 */

let w: World;
const NEED = 'parental-substance-abuse';
const OTHER = 'family-conflict';

const post = (url: string, payload: object) =>
  w.app.inject({ method: 'POST', url, payload, headers: w.headers('coordinator') });

async function refer(pseudonym: string, needs: string[]): Promise<string> {
  const res = await post('/v1/referrals', { ...referralBody('A', pseudonym), needs });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function fromTeams(referralId: string, told: string | undefined): Promise<void> {
  const remembered = await w.db.referrers.remember({
    referralId,
    staffId: 'entra:worker',
    locale: 'sv',
    reference: { conversation: { id: 'a:1' }, serviceUrl: 'https://smba.example/' },
    at: '2026-03-02T09:00:00.000Z',
  });
  expect(remembered.ok).toBe(true);
  if (told !== undefined) expect((await w.db.referrers.markTold(referralId, told)).ok).toBe(true);
}

beforeAll(async () => {
  w = await createWorld();
  // Twelve referred from Teams on 2 March, of whom six heard back on 5 March; seven of the twelve
  // are put on the waiting list on 5 March.
  w.setNow('2026-03-02T09:00:00Z');
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) ids.push(await refer(`FA-Q-${i}`, [NEED]));
  for (const [i, id] of ids.entries())
    await fromTeams(id, i < 6 ? '2026-03-05T10:00:00.000Z' : undefined);
  w.setNow('2026-03-05T09:00:00Z');
  for (const id of ids.slice(0, 7)) {
    for (const event of [
      { type: 'ACCEPT' },
      { type: 'WAITLIST', waitBand: 'under_1_month', motivatorRole: 'district_social_worker' },
    ]) {
      const res = await post(`/v1/referrals/${id}/events`, event);
      expect(res.statusCode, res.body).toBe(200);
    }
  }
  // Three for another need, all from Teams: too few to show.
  w.setNow('2026-03-02T09:00:00Z');
  for (let i = 0; i < 3; i++) await fromTeams(await refer(`FA-QF-${i}`, [OTHER]), undefined);
}, 120_000);
afterAll(async () => w?.close());

async function cell(asOf: string, need = NEED) {
  const res = await w.app.inject({
    method: 'GET',
    url: `/v1/reports/equity?asOf=${asOf}`,
    headers: w.headers('coordinator'),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json()
    .rows.find(
      (r: { districtId: string; needId: string }) =>
        r.districtId === A.district && r.needId === need,
    );
}

describe('the queue in the equity report', () => {
  it('shows the closed-loop rate of Teams referrals and the days waited on the list', async () => {
    expect(await cell('2026-04-01')).toMatchObject({
      referrals: 12,
      teamsReferrals: 12,
      referrerToldRate: 0.5,
      onWaitingList: 7,
      // Submitted 2 March, on the list on 1 April: 30 days each, all in the first band.
      listWaitDaysMedian: 30,
      listWaitUpTo30Days: 7,
      listWait31To90Days: 0,
      listWaitOver90Days: 0,
    });
    expect((await cell('2026-06-01')).listWaitOver90Days).toBe(7);
  });

  it('counts the loop as it stood on the report date', async () => {
    // On 4 March nobody had heard back yet, and nobody was on the list.
    expect(await cell('2026-03-04')).toMatchObject({
      teamsReferrals: 12,
      referrerToldRate: 0,
      onWaitingList: 0,
    });
  });

  it('hides small counts and the shares that would give them away, and names them', async () => {
    // Six of twelve told: the six not told are enough to show the share (with four it would not be).
    expect((await cell('2026-04-01')).suppressed).not.toContain('referrerToldRate');
    const small = await cell('2026-04-01', OTHER);
    expect(small).toMatchObject({ referrals: null, teamsReferrals: null, referrerToldRate: null });
    expect(small.suppressed).toEqual(
      expect.arrayContaining(['teamsReferrals', 'referrerToldRate']),
    );
  });
});
