import { describe, expect, it } from 'vitest';
import { child, cohort, makeDistricts, stockholm, taxonomy } from '../test/fixtures.js';
import { districtDistances, proximityOf } from './districts.js';
import { checkFit } from './fit.js';

const context = { taxonomy, districts: stockholm };

describe('districtDistances', () => {
  it('counts district borders over the neighbour graph', () => {
    const d = districtDistances(stockholm);
    expect(d.distance('farsta', 'farsta')).toBe(0);
    expect(d.distance('farsta', 'skarpnack')).toBe(1);
    expect(d.distance('skarholmen', 'sodermalm')).toBe(2);
    expect(d.distance('rinkeby-kista', 'farsta')).toBe(6);
    expect(d.distance('farsta', 'atlantis')).toBe(Infinity);
    expect(d.name('alvsjo', 'sv')).toBe('Älvsjö');
    expect(districtDistances(stockholm)).toBe(d); // cached per array
  });

  it('treats a border listed on one side as a border, and puts unreachable districts furthest', () => {
    const d = districtDistances(
      makeDistricts([
        ['a', 'A', ['b']],
        ['b', 'B', []],
        ['c', 'C', ['b', 'okand']],
        ['o', 'Ö', []],
      ]),
    );
    expect(d.distance('b', 'a')).toBe(1);
    expect(d.distance('a', 'c')).toBe(2);
    expect(d.distance('a', 'o')).toBe(3);
    expect([0, 1, 2].map(proximityOf)).toEqual(['own_district', 'neighbour', 'further']);
  });
});

describe('checkFit', () => {
  const group = cohort('g', 'farsta', {
    ageBand: { min: 7, max: 12 },
    needs: ['domestic-violence'],
    startDate: '2027-01-18',
  });

  it('fits a refined need to the broader one, with the age on the start date', () => {
    const fit = checkFit(
      child('a', 'skarpnack', {
        age: undefined,
        birthYearMonth: '2014-02',
        needs: ['domestic-violence-witnessed'],
      }),
      group,
      context,
    );
    expect(fit).toEqual({ fits: true, age: 12, distance: 1, proximity: 'neighbour' });
    const older = checkFit(
      child('b', 'farsta', {
        age: undefined,
        birthYearMonth: '2014-01',
        needs: ['domestic-violence'],
      }),
      group,
      context,
    );
    expect(older).toMatchObject({ fits: false, code: 'age_outside_band', age: 13 });
  });

  it('checks in order: protection, need, age, language, travel', () => {
    const code = (c: Parameters<typeof checkFit>[0]) => {
      const f = checkFit(c, group, context);
      return f.fits ? 'fits' : f.code;
    };
    expect(code(child('p', 'farsta', { needs: ['domestic-violence', 'protection-concern'] }))).toBe(
      'protection_concern',
    );
    expect(code(child('n', 'farsta', { needs: ['parental-separation'], age: 30 }))).toBe(
      'need_mismatch',
    );
    expect(code(child('a', 'farsta', { needs: ['domestic-violence'], age: 5 }))).toBe(
      'age_outside_band',
    );
    expect(code(child('l', 'farsta', { needs: ['domestic-violence'], language: 'so' }))).toBe(
      'language_mismatch',
    );
    expect(
      code(child('t', 'sodermalm', { needs: ['domestic-violence'], mayTravel: 'neighbours' })),
    ).toBe('beyond_travel_limit');
    expect(
      code(child('ok', 'sodermalm', { needs: ['domestic-violence'], mayTravel: 'anywhere' })),
    ).toBe('fits');
  });
});
