import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CohortStatus } from './cohort.js';
import {
  DEFAULT_MEETING_MINUTES,
  findLeaderClashes,
  meetingPeriod,
  meetsAtSameTime,
  type CohortSchedule,
} from './schedule.js';

type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
type Cohort = CohortSchedule & { leaderIds: string[] };

/** An open cohort meeting ten Tuesdays at 16:00 for 90 minutes from Tuesday 1 September 2026. */
function cohort(id: string, overrides: Partial<Cohort> = {}): Cohort {
  return {
    id,
    startDate: '2026-09-01',
    meetings: { count: 10, weekday: 'tue', startTime: '16:00', durationMinutes: 90 },
    status: 'open',
    leaderIds: ['anna', 'bo'],
    ...overrides,
  };
}

const at = (weekday: Weekday, startTime: string, durationMinutes?: number) => ({
  count: 10,
  weekday,
  startTime,
  ...(durationMinutes === undefined ? {} : { durationMinutes }),
});

describe('meetsAtSameTime', () => {
  const tuesday = cohort('farsta-ht26');

  it('finds two groups on the same weekday whose meetings overlap', () => {
    expect(meetsAtSameTime(tuesday, cohort('hl-ht26'))).toBe(true);
    expect(meetsAtSameTime(tuesday, cohort('hl-ht26', { meetings: at('tue', '17:00', 60) }))).toBe(
      true,
    );
    expect(meetsAtSameTime(tuesday, cohort('hl-ht26', { meetings: at('tue', '15:00', 61) }))).toBe(
      true,
    );
  });

  it('lets a leader go from one group to the next, or lead on another weekday', () => {
    expect(meetsAtSameTime(tuesday, cohort('hl-ht26', { meetings: at('tue', '17:30') }))).toBe(
      false,
    );
    expect(meetsAtSameTime(tuesday, cohort('hl-ht26', { meetings: at('tue', '15:00', 60) }))).toBe(
      false,
    );
    expect(meetsAtSameTime(tuesday, cohort('hl-ht26', { meetings: at('wed', '16:00') }))).toBe(
      false,
    );
  });

  it('counts ten weekly meetings from the first Tuesday when there is no end date', () => {
    expect(meetingPeriod(tuesday)).toEqual({ first: '2026-09-01', last: '2026-11-03' });
    // The spring group's first Tuesday is the autumn group's last meeting.
    expect(meetsAtSameTime(tuesday, cohort('vt', { startDate: '2026-10-28' }))).toBe(true);
    expect(meetsAtSameTime(tuesday, cohort('vt', { startDate: '2026-11-04' }))).toBe(false);
  });

  it('takes the end date over the count, and the first meeting day on or after the start date', () => {
    const long = cohort('long', { startDate: '2026-08-30', endDate: '2026-12-15' });
    expect(meetingPeriod(long)).toEqual({ first: '2026-09-01', last: '2026-12-15' });
    expect(meetsAtSameTime(long, cohort('late', { startDate: '2026-12-14' }))).toBe(true);
    expect(meetingPeriod(cohort('none', { startDate: '2026-09-02', endDate: '2026-09-07' }))).toBe(
      undefined,
    );
  });

  it('ignores cancelled and completed groups, and groups not yet placed in time', () => {
    for (const status of ['cancelled', 'completed'] as const)
      expect(meetsAtSameTime(tuesday, cohort('other', { status }))).toBe(false);
    for (const status of ['planned', 'full', 'running'] as const)
      expect(meetsAtSameTime(tuesday, cohort('other', { status }))).toBe(true);
    expect(meetsAtSameTime(tuesday, cohort('other', { meetings: { count: 10 } }))).toBe(false);
    expect(
      meetsAtSameTime(tuesday, cohort('other', { meetings: { count: 10, weekday: 'tue' } })),
    ).toBe(false);
  });

  it(`takes a meeting without a duration to last ${DEFAULT_MEETING_MINUTES} minutes`, () => {
    const twoHoursLater = (start: string) => {
      const [h = 0, m = 0] = start.split(':').map(Number);
      const end = h * 60 + m + DEFAULT_MEETING_MINUTES;
      return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
    };
    const early = cohort('early', { meetings: at('tue', '14:30') });
    const justBefore = cohort('x', { meetings: at('tue', '14:29', 1) });
    const atTheEnd = cohort('x', { meetings: at('tue', twoHoursLater('14:30'), 30) });
    const oneMinuteBefore = cohort('x', { meetings: at('tue', twoHoursLater('14:29'), 30) });
    expect(meetsAtSameTime(early, justBefore)).toBe(false);
    expect(meetsAtSameTime(early, atTheEnd)).toBe(false);
    expect(meetsAtSameTime(early, oneMinuteBefore)).toBe(true);
  });
});

describe('findLeaderClashes', () => {
  it('names each leader and the other group they already lead at that time', () => {
    const others = [
      cohort('hl-ht26', { leaderIds: ['bo', 'cilla'] }),
      cohort('enskede-ht26', { leaderIds: ['anna'], meetings: at('wed', '16:00') }),
      cohort('farsta-ht26', { leaderIds: ['anna', 'bo'] }),
      cohort('kista-ht26', { leaderIds: ['anna', 'bo'], status: 'cancelled' }),
      cohort('spanga-ht26', { leaderIds: ['bo'], meetings: at('tue', '16:30') }),
    ];
    expect(findLeaderClashes(cohort('farsta-ht26', { leaderIds: ['anna', 'bo'] }), others)).toEqual(
      [
        { leaderId: 'bo', index: 1, cohortId: 'hl-ht26' },
        { leaderId: 'bo', index: 1, cohortId: 'spanga-ht26' },
      ],
    );
    expect(findLeaderClashes(cohort('new', { leaderIds: ['anna', 'dan'] }), others)).toEqual([
      { leaderId: 'anna', index: 0, cohortId: 'farsta-ht26' },
    ]);
    expect(findLeaderClashes(cohort('new', { leaderIds: ['dan', 'eva'] }), others)).toEqual([]);
  });
});

// Properties over arbitrary schedules, checked against a day-by-day walk through the calendar.

const DAY = 86_400_000;
const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const BASE = dayOf('2026-08-01');
const STATUSES: readonly CohortStatus[] = [
  'planned',
  'open',
  'full',
  'running',
  'completed',
  'cancelled',
];

const schedules: fc.Arbitrary<Cohort> = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c'),
    start: fc.integer({ min: 0, max: 120 }),
    length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    count: fc.integer({ min: 1, max: 15 }),
    weekday: fc.option(fc.constantFrom(...WEEKDAYS), { nil: undefined, freq: 6 }),
    time: fc.option(fc.integer({ min: 0, max: 24 * 4 - 1 }), { nil: undefined, freq: 6 }),
    duration: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined, freq: 4 }),
    status: fc.constantFrom(...STATUSES),
  })
  .map((r) => ({
    id: r.id,
    startDate: isoOf(BASE + r.start),
    ...(r.length === undefined ? {} : { endDate: isoOf(BASE + r.start + r.length) }),
    meetings: {
      count: r.count,
      ...(r.weekday === undefined ? {} : { weekday: r.weekday }),
      ...(r.time === undefined ? {} : { startTime: hhmm(r.time * 15) }),
      ...(r.duration === undefined ? {} : { durationMinutes: r.duration }),
    },
    status: r.status,
    leaderIds: [],
  }));

/** Each meeting as [day, start minute, end minute), walking the calendar one day at a time. */
function meetingsOf(c: Cohort): [number, number, number][] {
  const { weekday, startTime, count, durationMinutes } = c.meetings;
  if (weekday === undefined || startTime === undefined) return [];
  const start = Number(startTime.slice(0, 2)) * 60 + Number(startTime.slice(3));
  const end = Math.min(start + (durationMinutes ?? DEFAULT_MEETING_MINUTES), 24 * 60);
  const out: [number, number, number][] = [];
  const last = c.endDate === undefined ? Infinity : dayOf(c.endDate);
  for (let day = dayOf(c.startDate); day <= last; day++) {
    if (c.endDate === undefined && out.length === count) break;
    if (WEEKDAYS[(day + 3) % 7] === weekday) out.push([day, start, end]);
  }
  return out;
}

function walkedClash(a: Cohort, b: Cohort): boolean {
  if (a.id === b.id) return false;
  if ([a, b].some((c) => c.status === 'cancelled' || c.status === 'completed')) return false;
  const mb = meetingsOf(b);
  return meetingsOf(a).some(([day, s, e]) =>
    mb.some(([d2, s2, e2]) => d2 === day && s < e2 && s2 < e),
  );
}

describe('meetsAtSameTime, for any two schedules', () => {
  it('agrees with a walk through the calendar, meeting by meeting', () => {
    fc.assert(
      fc.property(schedules, schedules, (a, b) => {
        expect(meetsAtSameTime(a, b)).toBe(walkedClash(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(schedules, schedules, (a, b) => {
        expect(meetsAtSameTime(a, b)).toBe(meetsAtSameTime(b, a));
      }),
    );
  });

  it('never finds a cohort clashing with itself, and finds a copy of it under another id', () => {
    fc.assert(
      fc.property(schedules, (a) => {
        expect(meetsAtSameTime(a, a)).toBe(false);
        expect(meetsAtSameTime(a, { ...a, meetings: { ...a.meetings, weekday: 'sun' } })).toBe(
          false,
        );
        const copy = { ...a, id: `${a.id}-copy` };
        const active = a.status !== 'cancelled' && a.status !== 'completed';
        expect(meetsAtSameTime(a, copy)).toBe(active && meetingsOf(a).length > 0);
      }),
    );
  });

  it('never finds a clash between cohorts whose date ranges do not overlap', () => {
    // A cohort's date range: its start date to its end date, or to the week after its last counted
    // meeting when it has no end date.
    const rangeEnd = (c: Cohort) => c.endDate ?? isoOf(dayOf(c.startDate) + 7 * c.meetings.count);
    fc.assert(
      fc.property(schedules, schedules, fc.integer({ min: 1, max: 60 }), (a, b, gap) => {
        const startDate = isoOf(dayOf(rangeEnd(a)) + gap);
        const later = {
          ...b,
          startDate,
          ...(b.endDate === undefined
            ? {}
            : { endDate: b.endDate < startDate ? startDate : b.endDate }),
        };
        expect(meetsAtSameTime(a, later)).toBe(false);
        expect(meetsAtSameTime(later, a)).toBe(false);
      }),
    );
  });
});

describe('findLeaderClashes, for any cohorts', () => {
  it('reports exactly the shared leaders of the cohorts meeting at the same time', () => {
    const withLeaders = fc
      .tuple(schedules, fc.subarray(['anna', 'bo', 'cilla', 'dan']))
      .map(([c, leaderIds]) => ({ ...c, leaderIds }));
    fc.assert(
      fc.property(withLeaders, fc.array(withLeaders, { maxLength: 4 }), (c, others) => {
        const clashes = findLeaderClashes(c, others);
        const expected = c.leaderIds.flatMap((leaderId, index) =>
          others
            .filter((o) => o.leaderIds.includes(leaderId) && walkedClash(c, o))
            .map((o) => ({ leaderId, index, cohortId: o.id })),
        );
        expect(clashes).toEqual(expected);
      }),
    );
  });
});
