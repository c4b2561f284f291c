import { describe, expect, it } from 'vitest';
import { createCatalogue, type Catalogue } from './catalogue.js';
import { findDistricts } from './districts.js';
import { stockholmCatalogueData } from './stockholm-data.js';

// Districts only: the place names people type do not depend on the services.
const result = createCatalogue({ ...stockholmCatalogueData(), providers: [], services: [] });
if (!result.ok) throw result.error;
const catalogue: Catalogue = result.value;
const find = (text: string) => findDistricts(catalogue, text).map((c) => c.district.id);

describe('findDistricts, for the names people type', () => {
  it.each([
    ['Rinkeby', ['rinkeby-kista']],
    ['Kista', ['rinkeby-kista']],
    ['Söder', ['sodermalm']],
    ['Hässelby', ['hasselby-vallingby']],
    ['Vällingby', ['hasselby-vallingby']],
    ['Årsta', ['enskede-arsta-vantor']],
    ['Liljeholmen', ['hagersten-liljeholmen']],
    ['skärholmen', ['skarholmen']],
    ['SKARHOLMEN', ['skarholmen']],
    ['Hägersten-Liljeholmen', ['hagersten-liljeholmen']],
  ])('%s means %j', (text, ids) => {
    expect(find(text)).toEqual(ids);
  });

  it('returns both districts for an area that spans two (Järva)', () => {
    expect(find('Järva').sort()).toEqual(['rinkeby-kista', 'spanga-tensta']);
  });

  it('forgives a typo, and says it was one', () => {
    expect(find('Skärholment')).toEqual(['skarholmen']);
    expect(find('Vällingbyy')).toEqual(['hasselby-vallingby']);
    expect(findDistricts(catalogue, 'Farstaa')[0]?.kind).toBe('typo');
  });

  it('does not guess from too little', () => {
    expect(find('x')).toEqual([]);
    expect(find('Oslo')).toEqual([]);
  });
});
