import { describe, expect, it } from 'vitest';
import { TARGETS, verdictLine, verdictOf } from './verdict.js';

describe('the HTTP benchmark verdict', () => {
  it('judges a route against the bare route of its method (≥ 0.5) and its own work (≥ 0.85)', () => {
    expect(TARGETS).toEqual({ sameMethod: 0.5, ownWork: 0.85 });
    // The outside run of 2026-12-07 on POST /v1/match: 0.61 and 0.88, both met.
    const match = verdictOf({ name: 'match', ratioToSameMethod: 0.61, ratioToOwnWork: 0.88 });
    expect(match).toEqual({
      name: 'match',
      sameMethod: { ratio: 0.61, target: 0.5, met: true },
      ownWork: { ratio: 0.88, target: 0.85, met: true },
      met: true,
    });
    expect(verdictLine(match)).toBe(
      '- match: against the bare route of its method with the same body 0.61 (target ≥ 0.5): met; ' +
        'against its own work on a bare fastify 0.88 (target ≥ 0.85): met',
    );
  });

  it('meets a target exactly at it and misses it just below, each target on its own', () => {
    expect(verdictOf({ name: 'r', ratioToSameMethod: 0.5, ratioToOwnWork: 0.85 }).met).toBe(true);
    const slowApp = verdictOf({ name: 'r', ratioToSameMethod: 0.6, ratioToOwnWork: 0.84 });
    expect([slowApp.sameMethod.met, slowApp.ownWork?.met, slowApp.met]).toEqual([
      true,
      false,
      false,
    ]);
    const slowRoute = verdictOf({ name: 'r', ratioToSameMethod: 0.49, ratioToOwnWork: 0.9 });
    expect([slowRoute.sameMethod.met, slowRoute.ownWork?.met, slowRoute.met]).toEqual([
      false,
      true,
      false,
    ]);
    expect(verdictLine(slowApp)).toContain('0.84 (target ≥ 0.85): NOT met');
    expect(verdictOf({ name: 'r', ratioToSameMethod: Number.NaN }).met).toBe(false);
  });

  it('judges a route without an own-work row on the same-method target alone, and says so', () => {
    const services = verdictOf({ name: 'services', ratioToSameMethod: 0.63 });
    expect(services.ownWork).toBeNull();
    expect(services.met).toBe(true);
    expect(verdictLine(services)).toMatch(/own work on a bare fastify: not measured/);
  });
});
