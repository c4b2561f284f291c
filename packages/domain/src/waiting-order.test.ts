import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareWaitingOrder,
  estimateWaitWeeks,
  waitingStartDay,
  type WaitingOrderFacts,
} from './waiting-order.js';

const byOrder = (list: WaitingOrderFacts[]) => [...list].sort(compareWaitingOrder).map((f) => f.id);

describe('the waiting order', () => {
  it('orders the README example: head start first, then submission time, then id', () => {
    const c = { id: 'c', submittedAt: '2026-06-01T09:00:00Z', priority: 0 };
    const a = { id: 'a', submittedAt: '2026-08-20T10:00:00Z', priority: 1 };
    const b = { id: 'b', submittedAt: '2026-08-20T08:00:00Z', priority: 1 };
    expect(byOrder([c, a, b])).toEqual(['b', 'a', 'c']);
    expect(byOrder([{ ...b, submittedAt: a.submittedAt }, a, c])).toEqual(['a', 'b', 'c']);
  });

  it('never lets priority pass a child who has waited more than the head start longer', () => {
    const old = { id: 'z', submittedAt: '2026-01-01T00:00:00Z', priority: 0 };
    const raised = { id: 'a', submittedAt: '2026-04-02T00:00:00Z', priority: 1 }; // 91 days later
    expect(byOrder([raised, old])).toEqual(['z', 'a']);
  });

  it('clamps priority to the steps 0..3', () => {
    expect(waitingStartDay({ submittedAt: '1970-01-11', priority: 1000 })).toBe(10 - 270);
    expect(waitingStartDay({ submittedAt: '1970-01-11', priority: -5 })).toBe(10);
  });

  it('is a total order: antisymmetric and consistent with sorting in any input order', () => {
    const facts = fc.record({
      id: fc.uuid(),
      submittedAt: fc
        .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) })
        .map((ms) => new Date(ms).toISOString()),
      priority: fc.integer({ min: -2, max: 5 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(facts, { selector: (f) => f.id, maxLength: 30 }), (list) => {
        const sorted = byOrder(list);
        expect(byOrder([...list].reverse())).toEqual(sorted);
        for (const x of list)
          for (const y of list)
            expect(
              Math.sign(compareWaitingOrder(x, y)) + Math.sign(compareWaitingOrder(y, x)),
            ).toBe(0);
      }),
    );
  });
});

describe('estimateWaitWeeks', () => {
  it('divides the places by the seats given per week, rounded up; none without a pace', () => {
    // 4 offers in 28 days is one a week: place 3 waits about 3 weeks.
    expect(estimateWaitWeeks(3, 4, 28)).toBe(3);
    expect(estimateWaitWeeks(3, 8, 28)).toBe(2);
    expect(estimateWaitWeeks(1, 100, 28)).toBe(1);
    expect(estimateWaitWeeks(3, 0, 28)).toBeUndefined();
  });
});
