import { randomUUID } from 'node:crypto';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { describe, expect, it } from 'vitest';
import { equityReport, type EquityRow, type ReferralFacts } from './index.js';

/*
 * What the coordinator reads in the equity report about the queue: how many referrals made from
 * Teams had their outcome reach the referrer (the closed-loop rate), and how long the children on
 * a waiting list have waited, per district and need, with small cells hidden.
 */

const catalogue = stockholmCatalogue();
const NEED = 'parental-substance-abuse';
const AS_OF = '2026-06-30';
const END = Date.parse(`${AS_OF}T23:59:59.999Z`);
const DAY = 86_400_000;
/** Submitted `days` whole days before the end of the report's day. */
const daysAgo = (days: number) => new Date(END - days * DAY - 3_600_000).toISOString();

function referral(facts: Partial<ReferralFacts> = {}, district = 'farsta'): ReferralFacts {
  return {
    id: randomUUID(),
    districtId: district,
    needs: [NEED],
    submittedAt: daysAgo(100),
    ...facts,
  };
}

function cell(referrals: ReferralFacts[], district = 'farsta', minCellSize?: number): EquityRow {
  const result = equityReport({
    catalogue,
    referrals,
    asOf: AS_OF,
    ...(minCellSize === undefined ? {} : { minCellSize }),
  });
  if (!result.ok) throw result.error;
  return result.value.rows.find((r) => r.districtId === district && r.needId === NEED)!;
}

describe('the closed-loop rate from the queue', () => {
  it('is the share of Teams referrals whose referrer was told, by the report date', () => {
    const rows = [
      // Ten from Teams: six told, one told only after the report's date, three never.
      ...Array.from({ length: 6 }, () =>
        referral({ fromTeams: true, referrerToldAt: daysAgo(50) }),
      ),
      referral({ fromTeams: true, referrerToldAt: new Date(END + DAY).toISOString() }),
      ...Array.from({ length: 3 }, () => referral({ fromTeams: true })),
      // Five made elsewhere (the desk, an e-service) do not count either way.
      ...Array.from({ length: 5 }, () => referral({ fromTeams: false })),
    ];
    const row = cell(rows, 'farsta', 1);
    expect(row).toMatchObject({ referrals: 15, teamsReferrals: 10, referrerToldRate: 0.6 });
  });

  it('hides the rate when few referrals came from Teams, or when few were not told', () => {
    const few = cell([
      ...Array.from({ length: 3 }, () => referral({ fromTeams: true, referrerToldAt: daysAgo(9) })),
      ...Array.from({ length: 6 }, () => referral()),
    ]);
    expect(few).toMatchObject({ referrals: 9, teamsReferrals: null, referrerToldRate: null });
    expect(few.suppressed).toEqual(expect.arrayContaining(['teamsReferrals', 'referrerToldRate']));
    // Eight of ten told: the two not told would be given away by subtraction.
    const nearlyAll = cell([
      ...Array.from({ length: 8 }, () => referral({ fromTeams: true, referrerToldAt: daysAgo(9) })),
      ...Array.from({ length: 2 }, () => referral({ fromTeams: true })),
    ]);
    expect(nearlyAll).toMatchObject({ teamsReferrals: 10, referrerToldRate: null });
    expect(nearlyAll.suppressed).toContain('referrerToldRate');
  });

  it('shows no rate, and hides nothing, where nobody referred from Teams', () => {
    const row = cell(Array.from({ length: 6 }, () => referral()));
    expect(row).toMatchObject({ teamsReferrals: 0, referrerToldRate: null });
    expect(row.suppressed).not.toContain('referrerToldRate');
  });
});

describe('waiting times from the waiting lists', () => {
  const waiting = (days: number, district = 'farsta') =>
    referral({ submittedAt: daysAgo(days), onWaitingList: true }, district);

  it('counts the days waited from submission, with the median and the distribution', () => {
    const days = [3, 10, 20, 25, 30, 31, 45, 60, 80, 90, 91, 120, 150, 200, 365];
    const row = cell([...days.map((d) => waiting(d)), referral({ enrolledAt: daysAgo(10) })]);
    expect(row).toMatchObject({
      onWaitingList: 15,
      listWaitDaysMedian: 60,
      listWaitUpTo30Days: 5,
      listWait31To90Days: 5,
      listWaitOver90Days: 5,
    });
    // Another district's list is its own.
    expect(cell([waiting(10, 'bromma'), ...days.map((d) => waiting(d))])).toMatchObject({
      onWaitingList: 15,
    });
  });

  it('hides the whole distribution when one of its counts is small', () => {
    const row = cell([5, 6, 7, 8, 9, 10, 40, 41, 42, 43, 44, 100].map((d) => waiting(d)));
    expect(row).toMatchObject({
      onWaitingList: 12,
      listWaitDaysMedian: 25,
      listWaitUpTo30Days: null,
      listWait31To90Days: null,
      listWaitOver90Days: null,
    });
    expect(row.suppressed).toEqual(
      expect.arrayContaining(['listWaitUpTo30Days', 'listWait31To90Days', 'listWaitOver90Days']),
    );
  });

  it('hides the count and the median of fewer than five waiting children', () => {
    const row = cell([waiting(40), waiting(50), referral({ enrolledAt: daysAgo(10) })]);
    expect(row).toMatchObject({
      onWaitingList: null,
      listWaitDaysMedian: null,
      listWaitUpTo30Days: null,
    });
    expect(row.suppressed).toEqual(
      expect.arrayContaining(['onWaitingList', 'listWaitDaysMedian', 'listWaitOver90Days']),
    );
    // Nobody waiting is shown as nobody.
    expect(cell([referral({ enrolledAt: daysAgo(10) })])).toMatchObject({
      onWaitingList: 0,
      listWaitDaysMedian: null,
      listWaitUpTo30Days: 0,
    });
  });

  it('refuses a flag that is not true or false, with its path', () => {
    const result = equityReport({
      catalogue,
      asOf: AS_OF,
      referrals: [referral({ onWaitingList: 'yes' as unknown as boolean })],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.issues).toEqual([
        { path: 'referrals.0.onWaitingList', message: 'Expected true, false or null' },
      ]);
  });
});
