import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConsentSchema } from './consent.js';
import { GroupCohortSchema } from './cohort.js';
import { COHORT_INPUT, LEADER_INPUT } from './fixtures.test-support.js';
import { LeaderSchema } from './leader.js';
import { parseWith, toInputIssues, UNKNOWN_FIELD_MESSAGE } from './parse.js';
import { refuseUnknownKeys } from './strict.js';

const leader = LEADER_INPUT;
const cohort = COHORT_INPUT;

/** The paths of the issues a strict parse of `input` gives. */
function unknownPaths(schema: z.ZodType, input: unknown): string[] {
  const result = refuseUnknownKeys(schema).safeParse(input);
  return result.success ? [] : toInputIssues(result.error).map((i) => i.path);
}

describe('refuseUnknownKeys', () => {
  it('names every unknown field, at the root and nested in objects and arrays', () => {
    expect(unknownPaths(LeaderSchema, { ...leader, personnummer: '201001011234' })).toEqual([
      'personnummer',
    ]);
    expect(
      unknownPaths(LeaderSchema, {
        ...leader,
        trainings: [{ programme: 'CAP', completedOn: '2024-05-01', grade: 'A' }],
      }),
    ).toEqual(['trainings.0.grade']);
    expect(
      unknownPaths(GroupCohortSchema, {
        ...cohort,
        firstName: 'Ali',
        premises: { ...cohort.premises, personnummer: 'x' },
      }),
    ).toEqual(['premises.personnummer', 'firstName']);
    expect(
      unknownPaths(ConsentSchema.optional(), {
        givenBy: 'guardians',
        recordedOn: '2026-03-01',
        scope: 'referral',
        by: 'x',
        isAdmin: true,
      }),
    ).toEqual(['by', 'isAdmin']);
  });

  it('says what to do about an unknown field', () => {
    const parsed = parseWith(refuseUnknownKeys(LeaderSchema), { ...leader, x: 1 }, 'leader');
    expect(parsed.ok ? [] : parsed.error.issues).toEqual([
      { path: 'x', message: UNKNOWN_FIELD_MESSAGE },
    ]);
  });

  it('keeps everything else of the schema: defaults, refinements, unions, the output', () => {
    const strict = refuseUnknownKeys(GroupCohortSchema);
    expect(strict.parse(cohort)).toEqual(GroupCohortSchema.parse(cohort));
    expect(strict.safeParse({ ...cohort, seats: { min: 5, max: 4 } }).success).toBe(false);
    const { language: _language, ...withoutLanguage } = cohort;
    expect(strict.parse(withoutLanguage).language).toBe('sv');
    const union = refuseUnknownKeys(
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('a'), a: z.number() }),
        z.object({ type: z.literal('b'), b: z.string() }),
      ]),
    );
    expect(union.safeParse({ type: 'b', b: 'x' }).success).toBe(true);
    expect(union.safeParse({ type: 'b', b: 'x', a: 1 }).success).toBe(false);
  });

  it('leaves the original lenient: libraries reading stored rows still drop unknown keys', () => {
    refuseUnknownKeys(LeaderSchema);
    expect(LeaderSchema.parse({ ...leader, version: 3 })).toEqual(leader);
  });

  it('accepts whatever the lenient schema accepts without extra keys, and refuses any extra key', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((k) => !(k in leader) && k !== '__proto__'),
        fc.jsonValue(),
        (key, value) => {
          expect(refuseUnknownKeys(LeaderSchema).safeParse(leader).success).toBe(true);
          expect(unknownPaths(LeaderSchema, { ...leader, [key]: value })).toEqual([key]);
        },
      ),
    );
  });
});
