import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_NEEDS } from '@lotsen/domain';
import { createCatalogue, type Catalogue } from './catalogue.js';
import { fixtureCatalogueData } from './fixture.test-support.js';
import {
  MatchQuerySchema,
  matchServices,
  matchValidatedQuery,
  type MatchAnswer,
  type MatchQueryInput,
} from './match.js';

function fixture(): Catalogue {
  const result = createCatalogue(fixtureCatalogueData());
  if (!result.ok) throw result.error;
  return result.value;
}

const catalogue = fixture();

function answer(
  query: MatchQueryInput,
  availability?: Parameters<typeof matchServices>[2],
): MatchAnswer {
  const result = matchServices(catalogue, { date: '2026-11-23', ...query }, availability);
  if (!result.ok) throw result.error;
  return result.value;
}

const ids = (a: MatchAnswer) => a.results.map((r) => r.service.id);
const codes = (a: MatchAnswer, id: string) =>
  a.results.find((r) => r.service.id === id)?.reasons.map((r) => r.code);

describe('matchServices, for a social worker looking for support', () => {
  it('puts the own district first, then neighbours, with the reasons spelled out', () => {
    const a = answer({ age: 10, districtId: 'norr', needs: ['parental-substance-abuse'] });
    expect(ids(a)).toEqual(['norr-barngrupp', 'mitt-barngrupp']);
    expect(codes(a, 'norr-barngrupp')).toEqual([
      'need_fits',
      'age_fits',
      'own_district',
      'access_direct',
      'no_planned_cohort',
    ]);
    expect(a.results[1]?.locality).toBe('neighbour_district');
    expect(a.notices).toEqual([]);
  });

  it('tells the user when the own district has no group, and names the nearest one', () => {
    const a = answer({ age: 10, districtId: 'syd', needs: ['parental-substance-abuse'] });
    // A stated age band ranks above an unknown one before locality counts (issue 14).
    expect(ids(a)).toEqual(['syd-familjebehandling', 'mitt-barngrupp', 'syd-radgivning']);
    const notice = a.notices.find((n) => n.code === 'no_local_group');
    expect(notice?.text.sv).toContain('Syd har ingen gruppverksamhet');
    expect(notice?.text.en).toContain('Nearest: Service mitt-barngrupp');
  });

  it('never includes a service outside the age band, and flags an unknown band instead of guessing', () => {
    const a = answer({ age: 15, districtId: 'mitt', needs: ['parental-substance-abuse'] });
    expect(ids(a)).not.toContain('mitt-barngrupp');
    expect(ids(a)).toContain('mitt-tonar');
    const b = answer({ age: 15, districtId: 'syd', needs: ['parental-substance-abuse'] });
    expect(codes(b, 'syd-radgivning')).toContain('age_unknown');
  });

  it('leaves out districts that are neither own nor neighbouring, and defunct services', () => {
    const a = answer({ age: 10, districtId: 'syd', needs: ['parental-substance-abuse'] });
    expect(ids(a)).not.toContain('norr-barngrupp');
    expect(ids(a)).not.toContain('nedlagd');
  });

  it('matches a broad need to the specific services under it and the other way round', () => {
    expect(ids(answer({ age: 8, districtId: 'mitt', needs: ['domestic-violence'] }))).toEqual([
      'krissamtal',
      'vald-grupp',
    ]);
    // City-wide comes before county-wide: locality ranks above how exactly the need fits.
    const b = answer({ age: 8, districtId: 'mitt', needs: ['domestic-violence-witnessed'] });
    expect(ids(b)).toEqual(['krissamtal', 'vald-grupp']);
    expect(codes(b, 'vald-grupp')?.[0]).toBe('need_fits');
    expect(codes(b, 'krissamtal')?.[0]).toBe('need_related');
  });

  it('puts individual crisis talks before a group when violence is recent, and says why', () => {
    const a = answer({
      age: 8,
      districtId: 'mitt',
      needs: ['domestic-violence-witnessed'],
      recentViolence: true,
    });
    expect(ids(a)).toEqual(['krissamtal', 'vald-grupp']);
    expect(a.notices.map((n) => n.code)).toContain('crisis_talks_first');
    expect(codes(a, 'vald-grupp')).toContain('after_crisis_talks');
  });

  it('never answers a protection concern with a group: no results, a route to social services', () => {
    for (const query of [
      { age: 8, districtId: 'mitt', needs: ['domestic-violence'], protectionConcern: true },
      { age: 8, districtId: 'mitt', needs: ['protection-concern'] },
    ]) {
      const a = answer(query);
      expect(a.results).toEqual([]);
      expect(a.notices.map((n) => n.code)).toEqual(['protection_route']);
      expect(a.notices[0]?.text.sv).toContain('socialtjänsten');
      expect(a.notices[0]?.text.en).toContain('112');
    }
  });

  it('ranks a group with places left above one that is full', () => {
    const availability = new Map([
      ['norr-barngrupp', { placesLeft: 0, nextStart: '2027-01-10' }],
      ['mitt-barngrupp', { placesLeft: 3, nextStart: '2027-02-01' }],
    ]);
    const a = answer(
      { age: 10, districtId: 'mitt', needs: ['parental-substance-abuse'] },
      availability,
    );
    expect(ids(a).slice(0, 1)).toEqual(['mitt-barngrupp']);
    const mitt = a.results[0]!;
    expect(mitt.reasons.find((r) => r.code === 'places_left')?.text.en).toBe(
      '3 places left, next start 2027-02-01',
    );
    expect(
      a.results.find((r) => r.service.id === 'norr-barngrupp')?.reasons.map((r) => r.code),
    ).toContain('waitlist');
  });

  it('filters by kind and access route, e.g. a young person who wants to get in touch alone', () => {
    const a = answer({
      age: 16,
      districtId: 'syd',
      needs: ['honour-related-violence'],
      accessRoutes: ['self_referral'],
    });
    expect(ids(a)).toEqual(['heder']);
    expect(a.results[0]?.locality).toBe('county_wide');
    const b = answer({
      age: 10,
      districtId: 'syd',
      needs: ['parental-substance-abuse'],
      kinds: ['family_treatment'],
    });
    expect(ids(b)).toEqual(['syd-familjebehandling']);
    expect(b.notices.map((n) => n.code)).toEqual([]);
  });

  it('says so when nothing fits', () => {
    const a = answer({ age: 3, districtId: 'norr', needs: ['adoption'] });
    expect(a.results).toEqual([]);
    expect(a.notices.map((n) => n.code)).toContain('no_match');
  });

  it('notes an offered language and suggests an interpreter where it is not listed', () => {
    const a = answer({
      age: 8,
      districtId: 'mitt',
      needs: ['domestic-violence-witnessed'],
      language: 'ar',
    });
    expect(codes(a, 'vald-grupp')).toContain('language_offered');
    const b = answer({
      age: 8,
      districtId: 'mitt',
      needs: ['domestic-violence-witnessed'],
      language: 'so',
    });
    expect(codes(b, 'vald-grupp')).toContain('language_not_listed');
  });
});

describe('matchServices, with bad input', () => {
  it('returns INVALID_QUERY with the path of each bad field, never throws', () => {
    const result = matchServices(catalogue, { age: -1, districtId: 'norr', needs: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_QUERY');
    expect(result.error.issues.map((i) => i.path).sort()).toEqual(['age', 'needs']);
  });

  it('refuses unknown districts and needs by path', () => {
    const result = matchServices(catalogue, {
      age: 5,
      districtId: 'atlantis',
      needs: ['parenting-support', 'dragons'],
    });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toEqual([
      'districtId',
      'needs.1',
    ]);
  });

  it('refuses fields it does not know, so that names cannot slip in', () => {
    const result = matchServices(catalogue, {
      age: 5,
      districtId: 'norr',
      needs: ['adoption'],
      name: 'Kalle',
    } as MatchQueryInput);
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toEqual(['name']);
  });
});

describe('matchServices, properties', () => {
  const needIds = STANDARD_NEEDS.filter((n) => n.kind === 'support').map((n) => n.id);
  const queries = fc.record({
    age: fc.integer({ min: 0, max: 25 }),
    districtId: fc.constantFrom('norr', 'mitt', 'syd'),
    needs: fc.uniqueArray(fc.constantFrom(...needIds), { minLength: 1, maxLength: 3 }),
    recentViolence: fc.boolean(),
  });

  it('only returns services that pass every hard check, ranked 1..n, deterministically', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const a = answer(query);
        const again = answer(query);
        expect(ids(again)).toEqual(ids(a));
        a.results.forEach((r, i) => {
          expect(r.rank).toBe(i + 1);
          const ages = r.service.ages;
          if (ages !== 'unknown') expect(query.age).toBeGreaterThanOrEqual(ages.min);
          if (ages !== 'unknown') expect(query.age).toBeLessThanOrEqual(ages.max);
          expect(
            query.needs.some((n) => r.service.needs.some((s) => catalogue.needs.related(n, s))),
          ).toBe(true);
          expect(r.service.status).toBe('active');
          expect(r.reasons.length).toBeGreaterThanOrEqual(4);
        });
      }),
    );
  });

  it('never returns anything for a protection concern', () => {
    fc.assert(
      fc.property(queries, (query) => {
        expect(answer({ ...query, protectionConcern: true }).results).toEqual([]);
      }),
    );
  });
});

describe('matchValidatedQuery, for a caller that has validated the query already', () => {
  const needIds = STANDARD_NEEDS.filter((n) => n.kind === 'support').map((n) => n.id);

  it('answers exactly as matchServices does', () => {
    fc.assert(
      fc.property(
        fc.record({
          age: fc.integer({ min: 0, max: 25 }),
          districtId: fc.constantFrom('norr', 'mitt', 'syd'),
          needs: fc.uniqueArray(fc.constantFrom(...needIds), { minLength: 1, maxLength: 3 }),
          recentViolence: fc.boolean(),
          language: fc.option(fc.constantFrom('ar', 'so', 'sv'), { nil: undefined }),
          limit: fc.integer({ min: 1, max: 5 }),
          date: fc.constant('2026-11-23'),
        }),
        (input) => {
          const viaParse = matchServices(catalogue, input);
          const direct = matchValidatedQuery(catalogue, MatchQuerySchema.parse(input));
          expect(direct).toEqual(viaParse);
        },
      ),
    );
  });

  it('still refuses unknown districts and needs by path', () => {
    const result = matchValidatedQuery(
      catalogue,
      MatchQuerySchema.parse({ age: 5, districtId: 'atlantis', needs: ['adoption', 'dragons'] }),
    );
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toEqual([
      'districtId',
      'needs.1',
    ]);
  });
});

describe('reasons and notices shared between answers', () => {
  it('gives every caller the same text, which no caller can change for another', () => {
    const query = { age: 10, districtId: 'syd', needs: ['parental-substance-abuse'] };
    const first = answer(query);
    const reason = first.results[0]!.reasons[0]!;
    const notice = first.notices[0]!;
    const before = JSON.stringify(first);
    expect(() => {
      (reason.text as { sv: string }).sv = 'ändrad';
    }).toThrow(TypeError);
    expect(() => {
      (notice as { code: string }).code = 'no_match';
    }).toThrow(TypeError);
    const second = answer(query);
    expect(JSON.stringify(second)).toBe(before);
    // Shared, not copied: the second answer names the very same objects.
    expect(second.results[0]!.reasons[0]).toBe(reason);
    expect(second.notices[0]).toBe(notice);
  });
});
