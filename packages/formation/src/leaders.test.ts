import { describe, expect, it } from 'vitest';
import { leader, leaders } from '../test/fixtures.js';
import { checkLeaders } from './leaders.js';

const codes = (ids: string[]) =>
  checkLeaders({ leaderIds: ids }, leaders).issues.map((i) => i.code);

describe('checkLeaders', () => {
  it('accepts two experienced leaders, or one experienced mentor with one first-time leader', () => {
    expect(checkLeaders({ leaderIds: ['anna', 'bo'] }, leaders)).toEqual({
      ok: true,
      experienced: 2,
      firstTime: 0,
      issues: [],
    });
    expect(checkLeaders({ leaderIds: ['anna', 'david'] }, leaders).ok).toBe(true);
    expect(checkLeaders({ leaderIds: ['anna', 'bo', 'david', 'eva'] }, leaders).ok).toBe(true);
  });

  it('refuses a single leader, even an experienced one', () => {
    const check = checkLeaders({ leaderIds: ['anna'] }, leaders);
    expect(check.ok).toBe(false);
    expect(codes(['anna'])).toEqual(['too_few_leaders']);
    expect(check.issues[0]?.text.sv).toBe('Gruppen har 1 ledare; minst två behövs.');
  });

  it('refuses two first-time leaders: nobody is experienced and nobody mentors them', () => {
    expect(codes(['david', 'eva'])).toEqual(['no_experienced_leader', 'first_time_without_mentor']);
  });

  it('needs a mentor for each first-time leader', () => {
    const check = checkLeaders({ leaderIds: ['anna', 'david', 'eva'] }, leaders);
    expect(check).toMatchObject({ ok: false, experienced: 1, firstTime: 2 });
    expect(check.issues.map((i) => i.code)).toEqual(['first_time_without_mentor']);
    expect(check.issues[0]?.text.en).toContain('mentor of their own');
  });

  it('reports unknown and repeated leaders, which do not count towards the rule', () => {
    const check = checkLeaders({ leaderIds: ['anna', 'anna', 'okand'] }, leaders);
    expect(check.ok).toBe(false);
    expect(check.issues.map((i) => [i.code, i.leaderId])).toEqual([
      ['duplicate_leader', 'anna'],
      ['unknown_leader', 'okand'],
      ['too_few_leaders', undefined],
    ]);
    // A data problem alone does not fail a cohort that meets the rule anyway.
    const fine = checkLeaders({ leaderIds: ['anna', 'bo', 'okand'] }, leaders);
    expect(fine.ok).toBe(true);
    expect(fine.issues.map((i) => i.code)).toEqual(['unknown_leader']);
  });

  it('takes the pool as a map as well as an array', () => {
    const pool = new Map(
      [leader('x', 'experienced'), leader('y', 'first_time')].map((l) => [l.id, l]),
    );
    expect(checkLeaders({ leaderIds: ['x', 'y'] }, pool).ok).toBe(true);
    expect(checkLeaders({ leaderIds: [] }, pool).issues.map((i) => i.code)).toEqual([
      'too_few_leaders',
      'no_experienced_leader',
    ]);
  });
});
