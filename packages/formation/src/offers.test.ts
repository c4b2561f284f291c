import { describe, expect, it } from 'vitest';
import { DATE, child, cohort, leaders, stockholm, taxonomy } from '../test/fixtures.js';
import { crossDistrictOffers } from './offers.js';
import { createWaitlist } from './waitlist.js';

const context = { taxonomy, districts: stockholm };

describe('crossDistrictOffers', () => {
  const cohorts = [
    cohort('farsta-barn', 'farsta', { seats: { min: 4, max: 6 } }),
    cohort('hagersten-barn', 'hagersten-liljeholmen'),
    cohort('sodermalm-barn', 'sodermalm'),
    cohort('bromma-barn', 'bromma'),
    cohort('hagersten-tonar', 'hagersten-liljeholmen', { ageBand: { min: 13, max: 17 } }),
    cohort('alvsjo-inställd', 'alvsjo', { status: 'cancelled' }),
  ];

  it('offers the nearest cohorts when the own district has none: neighbour first, then by borders', () => {
    const answer = crossDistrictOffers(
      child('skarholmen-1', 'skarholmen', { mayTravel: 'anywhere' }),
      cohorts,
      context,
      { limit: 5 },
    );
    expect(answer.situation.code).toBe('own_district_no_cohort');
    expect(answer.situation.text.sv).toContain('Skärholmen har ingen planerad grupp');
    expect(answer.offers.map((o) => [o.cohortId, o.distance, o.reason.code])).toEqual([
      ['hagersten-barn', 1, 'neighbour'],
      ['sodermalm-barn', 2, 'further'],
      ['bromma-barn', 3, 'further'],
      ['farsta-barn', 3, 'further'],
    ]);
    expect(answer.offers[0]?.reason.text.en).toBe(
      'hagersten-barn in the neighbouring district Hägersten-Liljeholmen: 8 free seats after the queue.',
    );
  });

  it('keeps to the travel limit unless asked to show what lies beyond it', () => {
    const c = child('skarholmen-2', 'skarholmen', { mayTravel: 'neighbours' });
    expect(crossDistrictOffers(c, cohorts, context).offers.map((o) => o.cohortId)).toEqual([
      'hagersten-barn',
    ]);
    const wide = crossDistrictOffers(c, cohorts, context, { includeBeyondTravelLimit: true });
    expect(wide.offers.map((o) => [o.cohortId, o.withinTravelLimit])).toEqual([
      ['hagersten-barn', true],
      ['sodermalm-barn', false],
      ['bromma-barn', false],
    ]);
    expect(wide.offers[1]?.reason.text.sv).toContain(
      'Längre än familjen har sagt att den kan resa.',
    );
  });

  it('sends the child to a neighbour when the own district has a queue', () => {
    const ahead = [1, 2, 3].map((k) =>
      child(`fore-${k}`, 'farsta', { waitingSince: `2026-0${k}-01`, mayTravel: 'own_district' }),
    );
    const me = child('farsta-ny', 'farsta', {
      waitingSince: '2026-10-01',
      mayTravel: 'neighbours',
    });
    const waitlist = createWaitlist([...ahead, me], DATE);
    const local = [
      cohort('farsta-barn', 'farsta', { seats: { min: 4, max: 6 } }),
      cohort('skarpnack-barn', 'skarpnack'),
    ];
    const answer = crossDistrictOffers(me, local, context, {
      waitlist,
      enrolled: { 'farsta-barn': 4 },
    });
    expect(answer.situation.code).toBe('own_district_queue');
    expect(answer.situation.text.en).toContain('3 ahead in line, 2 free seats');
    expect(answer.offers.map((o) => [o.cohortId, o.queueAhead, o.freeSeats])).toEqual([
      ['skarpnack-barn', 0, 8],
    ]);
    // With room at home, the own district comes first.
    const roomy = crossDistrictOffers(me, local, context, { waitlist });
    expect(roomy.situation.code).toBe('own_district_has_room');
    expect(roomy.offers.map((o) => o.proximity)).toEqual(['own_district', 'neighbour']);
  });

  it('leaves out cohorts that fail the leader rule when given the leader pool', () => {
    const c = child('farsta-1', 'farsta', { mayTravel: 'neighbours' });
    const local = [
      cohort('farsta-utan-ledare', 'farsta', { leaderIds: ['david'] }),
      cohort('skarpnack-barn', 'skarpnack'),
    ];
    expect(crossDistrictOffers(c, local, context).offers.map((o) => o.cohortId)).toEqual([
      'farsta-utan-ledare',
      'skarpnack-barn',
    ]);
    const checked = crossDistrictOffers(c, local, context, { leaders });
    expect(checked.situation.code).toBe('own_district_no_cohort');
    expect(checked.offers.map((o) => o.cohortId)).toEqual(['skarpnack-barn']);
  });

  it('offers nothing to a child with a protection concern', () => {
    const answer = crossDistrictOffers(
      child('skydd', 'farsta', { needs: ['protection-concern'], mayTravel: 'anywhere' }),
      cohorts,
      context,
    );
    expect(answer.offers).toEqual([]);
    expect(answer.situation.code).toBe('own_district_no_cohort');
  });
});
