// Shared test data: Stockholm's 14 districts with their borders (as in @lotsen/catalogue's data),
// the standard need taxonomy, a leader pool, and builders for cohorts and waiting children.
import { createNeedTaxonomy, type District, type GroupCohort, type Leader } from '@lotsen/domain';
import type { WaitingChild } from '../src/index.js';

const STOCKHOLM: readonly [string, string, readonly string[]][] = [
  ['rinkeby-kista', 'Rinkeby-Kista', ['spanga-tensta']],
  ['spanga-tensta', 'Spånga-Tensta', ['rinkeby-kista', 'hasselby-vallingby', 'bromma']],
  ['hasselby-vallingby', 'Hässelby-Vällingby', ['spanga-tensta', 'bromma']],
  ['bromma', 'Bromma', ['hasselby-vallingby', 'spanga-tensta', 'kungsholmen']],
  ['kungsholmen', 'Kungsholmen', ['bromma', 'norrmalm', 'sodermalm', 'hagersten-liljeholmen']],
  ['norrmalm', 'Norrmalm', ['kungsholmen', 'ostermalm', 'sodermalm']],
  ['ostermalm', 'Östermalm', ['norrmalm']],
  [
    'sodermalm',
    'Södermalm',
    ['norrmalm', 'kungsholmen', 'hagersten-liljeholmen', 'enskede-arsta-vantor', 'skarpnack'],
  ],
  [
    'enskede-arsta-vantor',
    'Enskede-Årsta-Vantör',
    ['sodermalm', 'skarpnack', 'farsta', 'alvsjo', 'hagersten-liljeholmen'],
  ],
  ['skarpnack', 'Skarpnäck', ['sodermalm', 'enskede-arsta-vantor', 'farsta']],
  ['farsta', 'Farsta', ['skarpnack', 'enskede-arsta-vantor']],
  ['alvsjo', 'Älvsjö', ['enskede-arsta-vantor', 'hagersten-liljeholmen']],
  [
    'hagersten-liljeholmen',
    'Hägersten-Liljeholmen',
    ['kungsholmen', 'sodermalm', 'enskede-arsta-vantor', 'alvsjo', 'skarholmen'],
  ],
  ['skarholmen', 'Skärholmen', ['hagersten-liljeholmen']],
];

/** Builds districts from [id, name, neighbours] rows. */
export function makeDistricts(
  rows: readonly (readonly [string, string, readonly string[]])[],
): District[] {
  return rows.map(([id, name, neighbours]) => ({
    id,
    name: { sv: name, en: name },
    aliases: [],
    neighbours: [...neighbours],
    validFrom: '2007-01-01',
    successorIds: [],
    sources: [
      { seed: '004', section: 'Stadsdelsförvaltningarna', lines: [1, 2] as [number, number] },
    ],
  }));
}

export const stockholm: District[] = makeDistricts(STOCKHOLM);
export const taxonomy = createNeedTaxonomy();
export const DATE = '2026-11-23';

export function leader(id: string, experience: Leader['experience']): Leader {
  return {
    id,
    displayName: id,
    trainings: [],
    experience,
    groupsLed: experience === 'experienced' ? 3 : 0,
    languages: ['sv'],
  };
}

export const leaders: Leader[] = [
  leader('anna', 'experienced'),
  leader('bo', 'experienced'),
  leader('cecilia', 'experienced'),
  leader('david', 'first_time'),
  leader('eva', 'first_time'),
  leader('fredrik', 'first_time'),
];

/** A planned cohort with sensible defaults: ages 7–12, parental substance abuse, 4–8 seats. */
export function cohort(
  id: string,
  districtId: string,
  overrides: Partial<GroupCohort> = {},
): GroupCohort {
  return {
    id,
    serviceId: 'barngrupp',
    ageBand: { min: 7, max: 12 },
    needs: ['parental-substance-abuse'],
    startDate: '2027-01-18',
    cutoffDate: '2027-01-04',
    meetings: { count: 15 },
    seats: { min: 4, max: 8 },
    leaderIds: ['anna', 'david'],
    premises: { name: `Lokal ${id}`, districtId, confidential: false },
    language: 'sv',
    status: 'planned',
    ...overrides,
  };
}

/** A waiting child with defaults: 9 years old, parental substance abuse, may travel to neighbours. */
export function child(
  referralId: string,
  districtId: string,
  overrides: Partial<WaitingChild> = {},
): WaitingChild {
  return {
    referralId,
    age: 9,
    districtId,
    needs: ['parental-substance-abuse'],
    waitingSince: '2026-09-01',
    priority: 0,
    mayTravel: 'neighbours',
    ...overrides,
  };
}
