import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferAges } from './age-inference.js';
import { filterServices } from './filter.js';
import {
  matchServices,
  type MatchAnswer,
  type MatchQueryInput,
  type MatchResult,
} from './match.js';
import { stockholmCatalogue } from './stockholm.js';

// Issue 14 §2, from the family's side, over the real Stockholm catalogue: the right group first.

const catalogue = stockholmCatalogue();
const districtIds = catalogue.districts.map((d) => d.id);
// The needs some active service meets; protection needs are never matched (they are routed).
const needIds = [
  ...new Set(catalogue.services.filter((s) => s.status === 'active').flatMap((s) => s.needs)),
].sort();

function answer(query: MatchQueryInput): MatchAnswer {
  const result = matchServices(catalogue, { date: '2026-12-07', limit: 200, ...query });
  if (!result.ok) throw result.error;
  return result.value;
}

/** The band a result's service is for: the stated one, else the inferred one. */
function band(r: MatchResult) {
  return r.service.ages !== 'unknown' ? r.service.ages : r.service.agesInferred?.band;
}
const teenOnly = (r: MatchResult) => (band(r)?.min ?? 0) >= 13;
const FIT = { stated: 0, inferred: 1, unknown: 2 } as const;

const query = (ages: [number, number]) =>
  fc.record({
    districtId: fc.constantFrom(...districtIds),
    need: fc.constantFrom(...needIds),
    age: fc.integer({ min: ages[0], max: ages[1] }),
    recentViolence: fc.boolean(),
  });

describe('ranking for a child (issue 14)', () => {
  it('for a child of 5–9, no teen-only or adult-only service ranks above a children’s group', () => {
    fc.assert(
      fc.property(query([5, 9]), ({ districtId, need, age, recentViolence }) => {
        const { results } = answer({ age, districtId, needs: [need], recentViolence });
        for (const r of results) {
          // A teen group or youth service is not in a young child's list at all.
          expect(teenOnly(r), r.service.id).toBe(false);
          expect(r.service.kind).not.toBe('teen_group');
        }
        const firstChildrensGroup = results.findIndex((r) => r.service.kind === 'children_group');
        for (const r of results.slice(0, Math.max(firstChildrensGroup, 0))) {
          expect(r.forParent, r.service.id).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows a service only for adults as support for the parent, below every service for the child', () => {
    fc.assert(
      fc.property(query([0, 17]), ({ districtId, need, age, recentViolence }) => {
        const { results } = answer({ age, districtId, needs: [need], recentViolence });
        const firstForParent = results.findIndex((r) => r.forParent);
        if (firstForParent === -1) return;
        for (const r of results.slice(firstForParent)) {
          expect(r.forParent, r.service.id).toBe(true);
          expect(r.service.participants).not.toContain('child');
          expect(r.reasons[0]?.code).toBe('for_parent');
        }
        for (const r of results.slice(0, firstForParent)) {
          expect(r.reasons.map((x) => x.code)).not.toContain('for_parent');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('for a young person of 15–17, teen groups for the need come before groups for children and unknown fits', () => {
    let teenGroupsSeen = 0;
    fc.assert(
      fc.property(query([15, 17]), ({ districtId, need, age }) => {
        const { results } = answer({ age, districtId, needs: [need] });
        const lastTeenGroup = results.findLastIndex((r) => r.service.kind === 'teen_group');
        if (lastTeenGroup === -1) return;
        teenGroupsSeen++;
        for (const r of results.slice(0, lastTeenGroup)) {
          expect(r.service.kind, r.service.id).not.toBe('children_group');
          expect(r.fit, r.service.id).not.toBe('unknown');
          expect(r.forParent, r.service.id).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
    // The property is about something: teen groups did turn up.
    expect(teenGroupsSeen).toBeGreaterThan(10);
  });

  it('ranks a stated age fit above an inferred one, and an inferred one above an unknown one', () => {
    fc.assert(
      fc.property(query([0, 20]), ({ districtId, need, age }) => {
        const { results } = answer({ age, districtId, needs: [need] });
        for (const audience of [false, true]) {
          for (const estimated of [false, true]) {
            const fits = results
              .filter((r) => r.forParent === audience)
              .filter((r) => (r.service.needsEstimated === true) === estimated)
              .map((r) => FIT[r.fit]);
            expect(fits).toEqual([...fits].sort((a, b) => a - b));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ranks a group whose need is an estimate below every group whose need is stated, and says so', () => {
    fc.assert(
      fc.property(query([0, 17]), ({ districtId, need, age }) => {
        const { results } = answer({ age, districtId, needs: [need] });
        const forChild = results.filter((r) => !r.forParent);
        const firstEstimated = forChild.findIndex((r) => r.service.needsEstimated === true);
        if (firstEstimated === -1) return;
        for (const r of forChild.slice(firstEstimated)) {
          expect(r.service.needsEstimated, r.service.id).toBe(true);
          expect(r.reasons.map((x) => x.code)).toContain('need_estimated');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives a 7-year-old in Enskede-Årsta-Vantör the children’s groups made for the need first', () => {
    const { results, notices } = answer({
      age: 7,
      districtId: 'enskede-arsta-vantor',
      needs: ['parental-substance-abuse'],
    });
    const ids = results.map((r) => r.service.id);
    expect(ids).not.toContain('ersta-vandpunkten-tonarsgrupper');
    expect(ids).not.toContain('ersta-vandpunkten-vuxna');
    expect(ids.indexOf('ersta-vandpunkten-barngrupper')).toBeLessThan(
      ids.indexOf('enskede-arsta-vantor-barngrupper'),
    );
    const parents = results.find((r) => r.service.id === 'ersta-vandpunkten-foraldrar');
    expect(parents?.forParent).toBe(true);
    expect(parents?.reasons.find((x) => x.code === 'for_parent')?.text.sv).toBe(
      'Stöd till föräldern, inte till barnet självt',
    );
    // A children's group's kind gives no band (some take teenagers too): its fit stays unknown.
    const group = results.find((r) => r.service.id === 'ersta-vandpunkten-barngrupper');
    expect(group?.fit).toBe('unknown');
    // The district's own group of estimated need is no local group support for the need.
    expect(notices.map((n) => n.code)).toContain('no_local_group');
  });

  it('gives a 16-year-old a teen group for the need first', () => {
    const { results } = answer({
      age: 16,
      districtId: 'bromma',
      needs: ['parental-mental-illness'],
    });
    expect(results[0]?.service.id).toBe('kallan-tonarsgrupp');
    expect(results[0]?.reasons.find((x) => x.code === 'age_inferred')?.text.sv).toContain(
      'namnet (”tonår”)',
    );
  });
});

describe('age bands inferred from a name or kind (issue 14)', () => {
  it('also decide what browsing the catalogue by age lists', () => {
    const forAge = (age: number) => {
      const listed = filterServices(catalogue, { age, need: 'parental-substance-abuse' });
      if (!listed.ok) throw listed.error;
      return listed.value.map((s) => s.id);
    };
    expect(forAge(7)).not.toContain('ersta-vandpunkten-tonarsgrupper');
    expect(forAge(7)).not.toContain('ersta-vandpunkten-vuxna');
    expect(forAge(7)).toContain('ersta-vandpunkten-barngrupper');
    expect(forAge(15)).toContain('ersta-vandpunkten-tonarsgrupper');
    expect(forAge(30)).toContain('ersta-vandpunkten-vuxna');
  });

  it('are recorded in the data exactly as the one rule gives them, and never beside a stated band', () => {
    for (const service of catalogue.services) {
      expect(service.agesInferred, service.id).toEqual(inferAges(service));
      if (service.ages !== 'unknown') expect(service.agesInferred).toBeUndefined();
    }
  });

  it('reads the name before the kind, and leaves a stated band alone', () => {
    const name = (sv: string) => ({ sv, en: sv });
    expect(
      inferAges({ ages: 'unknown', kind: 'teen_group', name: name('Stöd för vuxna anhöriga') }),
    ).toEqual({ band: { min: 18, max: 120 }, from: 'name', evidence: 'vuxna' });
    expect(
      inferAges({ ages: 'unknown', kind: 'parenting_programme', name: name('ABC tonår') }),
    ).toEqual({ band: { min: 13, max: 19 }, from: 'name', evidence: 'tonår' });
    expect(inferAges({ ages: 'unknown', kind: 'teen_group', name: name('Källan') })).toEqual({
      band: { min: 13, max: 19 },
      from: 'kind',
      evidence: 'teen_group',
    });
    expect(
      inferAges({ ages: 'unknown', kind: 'children_group', name: name('Solrosen') }),
    ).toBeUndefined();
    expect(
      inferAges({ ages: { min: 7, max: 12 }, kind: 'children_group', name: name('x') }),
    ).toBeUndefined();
    expect(
      inferAges({ ages: 'unknown', kind: 'family_treatment', name: name('MST') }),
    ).toBeUndefined();
  });
});
