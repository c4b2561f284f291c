import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE, child, cohort, stockholm, taxonomy } from '../test/fixtures.js';
import { createWaitlist, nextInLine } from './waitlist.js';
import { effectiveWaitDays, placementWeight } from './weighting.js';

const context = { taxonomy, districts: stockholm };
const ids = (list: ReturnType<typeof createWaitlist>) =>
  list.entries.map((e) => e.child.referralId);

describe('createWaitlist', () => {
  it('puts the longest wait first and numbers the positions from 1', () => {
    const list = createWaitlist(
      [
        child('kort', 'farsta', { waitingSince: '2026-11-01' }),
        child('lang', 'farsta', { waitingSince: '2026-01-10' }),
        child('mellan', 'farsta', { waitingSince: '2026-06-01' }),
      ],
      DATE,
    );
    expect(ids(list)).toEqual(['lang', 'mellan', 'kort']);
    expect(list.entries.map((e) => e.position)).toEqual([1, 2, 3]);
    expect(list.entries[0]?.waitedDays).toBe(317);
  });

  it('counts raised priority as a 90-day head start: it passes shorter waits, not longer ones', () => {
    const list = createWaitlist(
      [
        child('vantat-100', 'farsta', { waitingSince: '2026-08-15' }), // 100 days
        child('vantat-150', 'farsta', { waitingSince: '2026-06-26' }), // 150 days
        child('prioriterad-30', 'farsta', { waitingSince: '2026-10-24', priority: 1 }), // 30 + 90
      ],
      DATE,
    );
    expect(ids(list)).toEqual(['vantat-150', 'prioriterad-30', 'vantat-100']);
    expect(list.entries[1]?.effectiveWaitDays).toBe(120);
  });

  it('makes the weighting explicit: priorityDays 0 orders by waiting time alone', () => {
    const children = [
      child('a', 'farsta', { waitingSince: '2026-10-24', priority: 1 }),
      child('b', 'farsta', { waitingSince: '2026-10-01' }),
    ];
    expect(ids(createWaitlist(children, DATE, { priorityDays: 0 }))).toEqual(['b', 'a']);
    expect(ids(createWaitlist(children, DATE))).toEqual(['a', 'b']);
  });

  it('breaks ties by the earlier date, then the referral id, so the order is total', () => {
    const list = createWaitlist(
      [
        child('b', 'farsta', { waitingSince: '2026-09-01' }),
        child('a', 'farsta', { waitingSince: '2026-09-01' }),
        child('c', 'farsta', { waitingSince: '2026-06-03', priority: 0 }),
        child('d', 'farsta', { waitingSince: '2026-09-01', priority: 1 }), // 83 + 90 = 173 = c
      ],
      DATE,
    );
    expect(ids(list)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('counts a waitingSince after the date as no wait at all', () => {
    const list = createWaitlist([child('framtid', 'farsta', { waitingSince: '2027-01-01' })], DATE);
    expect(list.entries[0]?.waitedDays).toBe(0);
    expect(list.entries[0]?.weight).toBe(1);
  });

  it('gives the same weights as placementWeight, and the order never depends on the input order', () => {
    const arbChild = fc.record({
      id: fc.integer({ min: 0, max: 10_000 }),
      days: fc.integer({ min: 0, max: 900 }),
      priority: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbChild, { selector: (c) => c.id, maxLength: 30 }), (rows) => {
        const children = rows.map((r) =>
          child(`r${r.id}`, 'farsta', {
            waitingSince: new Date(Date.parse(`${DATE}T00:00:00Z`) - r.days * 86_400_000)
              .toISOString()
              .slice(0, 10),
            priority: r.priority,
          }),
        );
        const list = createWaitlist(children, DATE);
        const reversed = createWaitlist([...children].reverse(), DATE);
        expect(ids(reversed)).toEqual(ids(list));
        for (let k = 1; k < list.entries.length; k++) {
          expect(list.entries[k - 1]!.effectiveWaitDays).toBeGreaterThanOrEqual(
            list.entries[k]!.effectiveWaitDays,
          );
          expect(list.entries[k - 1]!.weight).toBeGreaterThanOrEqual(list.entries[k]!.weight);
        }
        for (const e of list.entries) {
          expect(e.weight).toBe(placementWeight(e.child, DATE));
          expect(e.effectiveWaitDays).toBe(effectiveWaitDays(e.child, DATE));
        }
      }),
    );
  });
});

describe('nextInLine', () => {
  const group = cohort('farsta-barn', 'farsta', { ageBand: { min: 7, max: 12 } });

  it('offers the seat to the child who waited longest among those who fit', () => {
    const list = createWaitlist(
      [
        child('for-gammal', 'farsta', { age: 15, waitingSince: '2025-01-01' }),
        child('langst', 'farsta', { waitingSince: '2026-02-01' }),
        child('kortare', 'farsta', { waitingSince: '2026-05-01' }),
      ],
      DATE,
    );
    const offer = nextInLine(list, group, context);
    expect(offer).toMatchObject({
      referralId: 'langst',
      cohortId: 'farsta-barn',
      position: 2,
      proximity: 'own_district',
      passedOver: 1,
    });
    expect(offer?.reason.code).toBe('next_in_line');
    expect(offer?.reason.text.sv).toContain('295 dagar');
    expect(offer?.reason.text.en).toContain('1 child ahead in line does not fit');
  });

  it('skips children already offered, and those beyond their travel limit', () => {
    const list = createWaitlist(
      [
        child('erbjuden', 'farsta', { waitingSince: '2026-01-01' }),
        child('bara-egen', 'skarpnack', { waitingSince: '2026-02-01', mayTravel: 'own_district' }),
        child('granne', 'skarpnack', { waitingSince: '2026-03-01', mayTravel: 'neighbours' }),
      ],
      DATE,
    );
    const offer = nextInLine(list, group, context, { exclude: ['erbjuden'] });
    expect(offer?.referralId).toBe('granne');
    expect(offer?.proximity).toBe('neighbour');
  });

  it('never offers a group to a child with a protection concern', () => {
    const list = createWaitlist(
      [
        child('skydd', 'farsta', {
          waitingSince: '2025-01-01',
          needs: ['parental-substance-abuse', 'protection-concern'],
        }),
      ],
      DATE,
    );
    expect(nextInLine(list, group, context)).toBeUndefined();
  });

  it('matches a refined need to a broader cohort need, and a language when the child needs one', () => {
    const violence = cohort('vald', 'farsta', { needs: ['domestic-violence'], language: 'ar' });
    const list = createWaitlist(
      [
        child('svenska', 'farsta', { needs: ['domestic-violence-witnessed'], language: 'sv' }),
        child('arabiska', 'farsta', {
          needs: ['domestic-violence-witnessed'],
          language: 'ar',
          waitingSince: '2026-10-01',
        }),
      ],
      DATE,
    );
    expect(nextInLine(list, violence, context)?.referralId).toBe('arabiska');
  });
});
