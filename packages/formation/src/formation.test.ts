import { describe, expect, it } from 'vitest';
import type { GroupCohort } from '@lotsen/domain';
import { DATE, child, cohort, leaders, stockholm, taxonomy } from '../test/fixtures.js';
import { isFormationError } from './errors.js';
import { formGroups } from './formation.js';
import type { FormationInput, FormationProposal } from './formation-types.js';
import type { WaitingChild } from './waiting-child.js';

function propose(
  children: WaitingChild[],
  cohorts: GroupCohort[],
  extra: Partial<FormationInput> = {},
): FormationProposal {
  const result = formGroups({
    children,
    cohorts,
    leaders,
    districts: stockholm,
    taxonomy,
    date: DATE,
    ...extra,
  });
  if (!result.ok) throw result.error;
  return result.value;
}

const placedIn = (p: FormationProposal, cohortId: string) =>
  p.cohorts.find((c) => c.cohortId === cohortId)?.referralIds;
const reasonOf = (p: FormationProposal, id: string) =>
  (p.placements.find((x) => x.referralId === id) ?? p.unplaced.find((x) => x.referralId === id))
    ?.reason;
const many = (prefix: string, k: number, districtId: string, o: Partial<WaitingChild> = {}) =>
  Array.from({ length: k }, (_, i) =>
    child(`${prefix}-${i + 1}`, districtId, {
      waitingSince: `2026-0${(i % 9) + 1}-1${i % 10}`,
      ...o,
    }),
  );

describe('formGroups: placing children', () => {
  it('places children in their own district and launches the cohort', () => {
    const p = propose(many('f', 5, 'farsta'), [cohort('farsta-barn', 'farsta')]);
    expect(p.summary).toMatchObject({ placed: 5, unplaced: 0, ownDistrict: 5, cohortsLaunched: 1 });
    expect(reasonOf(p, 'f-1')).toEqual({
      code: 'placed_own_district',
      text: {
        sv: 'Plats i farsta-barn (Farsta) i den egna stadsdelen.',
        en: 'Placed in farsta-barn (Farsta) in the own district.',
      },
    });
    expect(p.cohorts[0]?.decision.text.sv).toBe('Startar med 5 barn (minst 4, högst 8).');
  });

  it('fills a full cohort with the children who waited longest, and keeps the rest in the queue', () => {
    const children = many('f', 10, 'farsta', { mayTravel: 'own_district' });
    const p = propose(children, [cohort('farsta-barn', 'farsta')]);
    const byWait = [...children].sort((a, b) => (a.waitingSince < b.waitingSince ? -1 : 1));
    expect(new Set(placedIn(p, 'farsta-barn'))).toEqual(
      new Set(byWait.slice(0, 8).map((c) => c.referralId)),
    );
    const rest = p.unplaced.map((u) => u.referralId);
    expect(rest).toEqual(byWait.slice(8).map((c) => c.referralId));
    expect(p.unplaced[0]?.reason.code).toBe('cohort_full');
    expect(p.unplaced[0]?.alternative).toMatchObject({ cohortId: 'farsta-barn', kind: 'waitlist' });
  });

  it('sends a child to a neighbour when the own cohort is full, and says so', () => {
    const children = [
      ...many('f', 8, 'farsta', { mayTravel: 'own_district' }),
      ...many('g', 4, 'skarpnack', { mayTravel: 'own_district' }),
      child('f-flex', 'farsta', { waitingSince: '2025-12-01', mayTravel: 'neighbours' }),
    ];
    const p = propose(children, [
      cohort('farsta-barn', 'farsta'),
      cohort('skarpnack-barn', 'skarpnack'),
    ]);
    expect(p.summary.placed).toBe(13);
    // The child who may travel is the one who travels, though it waited longest.
    expect(reasonOf(p, 'f-flex')).toEqual({
      code: 'placed_neighbour',
      text: {
        sv: 'Plats i skarpnack-barn (Skarpnäck) i en grannstadsdel: grupperna närmare hemmet som passar är fulla.',
        en: 'Placed in skarpnack-barn (Skarpnäck) in a neighbouring district: the groups nearer home that fit are full.',
      },
    });
  });

  it('prefers the own district when a child could go anywhere', () => {
    const p = propose(
      [
        child('a', 'bromma', { mayTravel: 'anywhere' }),
        ...many('b', 3, 'bromma'),
        ...many('s', 4, 'sodermalm'),
      ],
      [cohort('sodermalm-barn', 'sodermalm'), cohort('bromma-barn', 'bromma')],
    );
    expect(p.placements.find((x) => x.referralId === 'a')).toMatchObject({
      cohortId: 'bromma-barn',
      proximity: 'own_district',
    });
    expect(p.summary.travelSteps).toBe(0);
  });
});

describe('formGroups: the launch rule and pooling', () => {
  it('pools the children of a cohort below its minimum into a neighbouring district', () => {
    const children = [
      ...many('f', 4, 'farsta'),
      ...many('s', 2, 'skarpnack', { mayTravel: 'neighbours' }),
    ];
    const p = propose(children, [
      cohort('skarpnack-barn', 'skarpnack'),
      cohort('farsta-barn', 'farsta'),
    ]);
    expect(p.summary.placed).toBe(6);
    const small = p.cohorts.find((c) => c.cohortId === 'skarpnack-barn')!;
    expect(small.launched).toBe(false);
    expect(small.decision.code).toBe('below_minimum');
    expect(small.alternativeCohortId).toBe('farsta-barn');
    expect(small.decision.text.sv).toContain('Startar inte: 0 av minst 4 barn');
    expect(reasonOf(p, 's-1')?.code).toBe('cohort_below_minimum_pooled');
    expect(reasonOf(p, 's-1')?.text.en).toBe(
      'skarpnack-barn (Skarpnäck) does not reach its minimum and will not start; the child is pooled with children from other districts in farsta-barn (Farsta), 1 district border away.',
    );
  });

  it('moves children who can travel so that two cohorts reach their minimum instead of one', () => {
    // Farsta has six children who may travel; Skärpnäck two who may not. Each cohort needs four.
    const children = [
      ...many('f', 6, 'farsta', { mayTravel: 'neighbours' }),
      ...many('s', 2, 'skarpnack', { mayTravel: 'own_district' }),
    ];
    const p = propose(children, [
      cohort('farsta-barn', 'farsta'),
      cohort('skarpnack-barn', 'skarpnack'),
    ]);
    expect(p.summary).toMatchObject({
      placed: 8,
      cohortsLaunched: 2,
      ownDistrict: 6,
      neighbour: 2,
    });
    expect(placedIn(p, 'skarpnack-barn')).toHaveLength(4);
    // Those asked to travel are the two who waited least.
    const travellers = p.placements
      .filter((x) => x.proximity === 'neighbour')
      .map((x) => x.referralId);
    expect(travellers.sort()).toEqual(['f-5', 'f-6']);
    expect(reasonOf(p, 'f-6')?.text.sv).toBe(
      'Plats i skarpnack-barn (Skarpnäck) i en grannstadsdel: skarpnack-barn behöver barnet för att nå sitt minsta antal (4) och kunna starta.',
    );
  });

  it('names the nearest alternative when a child cannot be pooled', () => {
    const children = [
      child('ensam', 'skarholmen', { mayTravel: 'own_district' }),
      ...many('h', 4, 'hagersten-liljeholmen', { mayTravel: 'own_district' }),
    ];
    const p = propose(children, [
      cohort('skarholmen-barn', 'skarholmen'),
      cohort('hagersten-barn', 'hagersten-liljeholmen'),
    ]);
    const u = p.unplaced.find((x) => x.referralId === 'ensam')!;
    expect(u.reason.code).toBe('cohort_below_minimum');
    expect(u.alternative).toMatchObject({
      cohortId: 'hagersten-barn',
      kind: 'free_seats',
      distance: 1,
    });
    expect(u.alternative?.text.sv).toBe(
      'Närmaste alternativ: hagersten-barn i Hägersten-Liljeholmen (1 stadsdelsgräns bort) har 4 lediga platser, om familjen kan resa dit.',
    );
  });

  it('tells a child whose only cohort did not start how many more children it needs', () => {
    const p = propose(
      [
        child('a', 'farsta', { mayTravel: 'own_district' }),
        child('b', 'farsta', { mayTravel: 'own_district' }),
      ],
      [cohort('farsta-barn', 'farsta')],
    );
    expect(p.unplaced.map((u) => [u.reason.code, u.alternative?.kind])).toEqual([
      ['cohort_below_minimum', 'needs_children'],
      ['cohort_below_minimum', 'needs_children'],
    ]);
    expect(p.unplaced[0]?.alternative?.text.en).toBe(
      'Nearest alternative: farsta-barn in Farsta starts if 2 more children are referred by 2027-01-04.',
    );
  });

  it('counts children already enrolled towards the minimum and the seats', () => {
    const one = [child('ny', 'farsta')];
    expect(
      propose(one, [cohort('farsta-barn', 'farsta')], { enrolled: { 'farsta-barn': 3 } }).summary
        .placed,
    ).toBe(1);
    const full = propose(one, [cohort('farsta-barn', 'farsta')], {
      enrolled: { 'farsta-barn': 8 },
    });
    expect(full.summary.placed).toBe(0);
    expect(full.cohorts[0]).toMatchObject({ launched: true, total: 8, enrolled: 8 });
  });

  it('does not launch a cohort whose cut-off date has passed, or one that is not open for children', () => {
    const p = propose(many('f', 5, 'farsta', { mayTravel: 'own_district' }), [
      cohort('sen', 'farsta', { cutoffDate: '2026-11-01' }),
      cohort('pagar', 'farsta', { status: 'running' }),
    ]);
    expect(p.cohorts.map((c) => c.decision.code)).toEqual(['past_cutoff', 'not_open']);
    expect(p.unplaced[0]?.reason.code).toBe('cohort_past_cutoff');
  });
});

describe('formGroups: leaders', () => {
  it('does not launch a cohort that breaks the leader rule, and says why', () => {
    const p = propose(many('f', 5, 'farsta', { mayTravel: 'own_district' }), [
      cohort('farsta-barn', 'farsta', { leaderIds: ['david', 'eva'] }),
    ]);
    const c = p.cohorts[0]!;
    expect(c.decision.code).toBe('lacks_leaders');
    expect(c.leaderIssues?.map((i) => i.code)).toEqual([
      'no_experienced_leader',
      'first_time_without_mentor',
    ]);
    expect(c.decision.text.sv).toContain('Ingen av ledarna är erfaren');
    expect(p.unplaced[0]?.reason.code).toBe('cohort_lacks_leaders');
  });

  it('can plan children before leaders are recruited', () => {
    const p = propose(
      many('f', 5, 'farsta'),
      [cohort('farsta-barn', 'farsta', { leaderIds: [] })],
      { options: { requireLeaders: false } },
    );
    expect(p.summary.placed).toBe(5);
    expect(p.cohorts[0]?.leaderIssues?.map((i) => i.code)).toEqual([
      'too_few_leaders',
      'no_experienced_leader',
    ]);
  });
});

describe('formGroups: explaining every child who is not placed', () => {
  it('gives the most basic reason: protection, need, age, language, travel', () => {
    const p = propose(
      [
        child('skydd', 'farsta', { needs: ['parental-substance-abuse', 'protection-concern'] }),
        child('behov', 'farsta', { needs: ['adoption'] }),
        child('alder', 'farsta', { age: 16 }),
        child('sprak', 'farsta', { language: 'so' }),
        child('resa', 'ostermalm', { mayTravel: 'neighbours' }),
        ...many('f', 4, 'farsta'),
      ],
      [cohort('farsta-barn', 'farsta')],
    );
    expect(Object.fromEntries(p.unplaced.map((u) => [u.referralId, u.reason.code]))).toEqual({
      skydd: 'protection_concern',
      behov: 'no_cohort_for_need',
      alder: 'no_cohort_for_age',
      sprak: 'no_cohort_for_language',
      resa: 'beyond_travel_limit',
    });
    expect(reasonOf(p, 'skydd')?.text.sv).toContain('socialtjänsten');
    expect(reasonOf(p, 'behov')?.text.en).toBe(
      "No planned group works with the child's needs (Adoption).",
    );
    expect(p.unplaced.find((u) => u.referralId === 'resa')?.alternative).toMatchObject({
      cohortId: 'farsta-barn',
      kind: 'free_seats',
      distance: 4,
    });
    expect(p.summary.children).toBe(9);
  });
});

describe('formGroups: determinism and input', () => {
  const children = [
    ...many('f', 7, 'farsta', { mayTravel: 'neighbours' }),
    ...many('s', 3, 'skarpnack', { mayTravel: 'anywhere' }),
    ...many('e', 5, 'enskede-arsta-vantor', { mayTravel: 'neighbours' }),
  ];
  const cohorts = [
    cohort('farsta-barn', 'farsta', { seats: { min: 4, max: 6 } }),
    cohort('skarpnack-barn', 'skarpnack', { seats: { min: 5, max: 6 } }),
    cohort('eav-barn', 'enskede-arsta-vantor', { seats: { min: 4, max: 5 } }),
  ];

  it('gives the same proposal for the same input, whatever the order of the children', () => {
    const a = propose(children, cohorts);
    expect(propose(children, cohorts)).toEqual(a);
    expect(propose([...children].reverse(), cohorts)).toEqual(a);
    expect(a.summary.placed).toBe(15);
  });

  it('refuses malformed input with the path of each problem', () => {
    const bad = formGroups({
      children: [{ ...child('x', 'farsta'), waitingSince: '2026-13-01' }, { referralId: 'y' }],
      cohorts,
      leaders,
      districts: stockholm,
      taxonomy,
      date: DATE,
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(isFormationError(bad.error)).toBe(true);
    expect(bad.error.code).toBe('INVALID_INPUT');
    expect(bad.error.issues.map((i) => i.path)).toContain('children.0.waitingSince');
    expect(bad.error.issues.map((i) => i.path)).toContain('children.1.districtId');

    const date = formGroups({
      children,
      cohorts,
      leaders,
      districts: stockholm,
      taxonomy,
      date: '23/11/2026',
    });
    expect(!date.ok && date.error.issues[0]?.path).toBe('date');
    const options = formGroups({
      children,
      cohorts,
      leaders,
      districts: stockholm,
      taxonomy,
      date: DATE,
      options: { weighting: { travelPenalty: 5 } },
    });
    expect(!options.ok && options.error.issues[0]?.path).toBe('options.weighting.travelPenalty');
  });

  it('refuses repeated ids and references to districts, needs or cohorts that do not exist', () => {
    const dup = formGroups({
      children: [child('x', 'farsta'), child('x', 'farsta')],
      cohorts: [cohorts[0]!, cohorts[0]!],
      leaders,
      districts: stockholm,
      taxonomy,
      date: DATE,
    });
    expect(!dup.ok && [dup.error.code, dup.error.issues.map((i) => i.path)]).toEqual([
      'DUPLICATE_ID',
      ['children.1.referralId', 'cohorts.1.id'],
    ]);
    const unknown = formGroups({
      children: [child('x', 'atlantis'), child('y', 'farsta', { needs: ['dragons'] })],
      cohorts: [
        cohort('c', 'farsta', { premises: { name: 'x', districtId: 'mars', confidential: false } }),
      ],
      leaders,
      districts: stockholm,
      taxonomy,
      date: DATE,
      enrolled: { nope: 2 },
    });
    expect(!unknown.ok && [unknown.error.code, unknown.error.issues.map((i) => i.path)]).toEqual([
      'UNKNOWN_REFERENCE',
      [
        'children.0.districtId',
        'children.1.needs.0',
        'cohorts.0.premises.districtId',
        'enrolled.nope',
      ],
    ]);
  });

  it('handles no children and no cohorts', () => {
    expect(propose([], []).summary).toMatchObject({ children: 0, placed: 0, cohortsLaunched: 0 });
    const p = propose([child('a', 'farsta')], []);
    expect(p.unplaced[0]?.reason.code).toBe('no_cohort_for_need');
  });
});
