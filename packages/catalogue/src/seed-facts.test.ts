import { describe, expect, it } from 'vitest';
import { isGroupKind } from '@lotsen/domain';
import { matchServices } from './match.js';
import { stockholmCatalogue } from './stockholm.js';

// Facts the city's reports state, pinned so that the catalogue keeps saying what the seeds say.
const catalogue = stockholmCatalogue();
const service = (id: string) => {
  const s = catalogue.service(id);
  if (!s) throw new Error(`missing service ${id}`);
  return s;
};

describe('the catalogue says what the reports say', () => {
  it('Skärholmen runs no children’s groups of its own; its children are referred to another district (seed 004)', () => {
    const ownGroups = catalogue.services.filter(
      (s) =>
        s.providerId === 'sdf-skarholmen' &&
        isGroupKind(s.kind) &&
        s.participants.includes('child'),
    );
    expect(ownGroups).toEqual([]);
    const provider = catalogue.provider('sdf-skarholmen');
    expect(provider?.description.sv.toLowerCase()).toMatch(/hänvisa|annan stadsdel/);

    const answer = matchServices(catalogue, {
      age: 10,
      districtId: 'skarholmen',
      needs: ['parental-substance-abuse'],
      date: '2026-11-23',
    });
    if (!answer.ok) throw answer.error;
    expect(answer.value.notices.map((n) => n.code)).toContain('no_local_group');
    const firstGroup = answer.value.results.find((r) => isGroupKind(r.service.kind));
    expect(firstGroup?.locality).not.toBe('own_district');
  });

  it('Origo is for young people 13–26 who get in touch on their own initiative, county-wide, at most 15 talks', () => {
    const origo = service('origo-stod-och-radgivning');
    expect(origo.ages).toEqual({ min: 13, max: 26 });
    expect(origo.accessRoutes).toEqual(['self_referral']);
    expect(origo.catchment.kind).toBe('county');
    expect(origo.sessions.cap).toBe(15);
    expect(origo.needs).toContain('honour-related-violence');
  });

  it('Humlan in Farsta runs parallel groups for children of parents with substance abuse or mental illness', () => {
    const humlan = service('farsta-humlan');
    expect(humlan.kind).toBe('parallel_groups');
    expect(humlan.needs).toEqual(
      expect.arrayContaining(['parental-substance-abuse', 'parental-mental-illness']),
    );
  });

  it('Vågen in Hägersten-Liljeholmen is a group for children of parents with substance abuse', () => {
    const vagen = service('hagersten-liljeholmen-vagen');
    expect(vagen.catchment).toEqual({ kind: 'districts', districtIds: ['hagersten-liljeholmen'] });
    expect(vagen.needs).toContain('parental-substance-abuse');
  });

  it('Barnkraft is shared by Rinkeby-Kista and Spånga-Tensta for children of parents with mental illness', () => {
    const barnkraft = service('rinkeby-kista-barnkraft');
    expect(barnkraft.kind).toBe('parallel_groups');
    expect(barnkraft.catchment).toEqual({
      kind: 'districts',
      districtIds: ['rinkeby-kista', 'spanga-tensta'],
    });
  });

  it('BUP Bågen is the region’s county-wide group treatment for children who witnessed violence', () => {
    const bagen = service('bup-bagen-gruppbehandling');
    expect(catalogue.provider(bagen.providerId)?.kind).toBe('region');
    expect(bagen.catchment.kind).toBe('county');
    expect(bagen.needs).toContain('domestic-violence-witnessed');
  });

  it('Tonårsprogrammet at Maria Ungdomsenhet is for 14–20-year-olds, ten meetings', () => {
    const tonar = service('maria-ungdomsenhet-tonarsprogrammet');
    expect(tonar.ages).toEqual({ min: 14, max: 20 });
    expect(tonar.sessions.count).toEqual({ min: 10, max: 10 });
  });

  it('Famnen in Farsta offers at most ten talks; Familjerådgivningen runs separation groups for 7–12 and 13–18', () => {
    expect(service('farsta-famnen').sessions.cap).toBe(10);
    expect(service('familjeradgivningen-barngrupp-7-12').ages).toEqual({ min: 7, max: 12 });
    expect(service('familjeradgivningen-ungdomsgrupp-13-18').ages).toEqual({ min: 13, max: 18 });
  });

  it('has all 14 districts with a district administration each, and every entry cites a seed', () => {
    expect(catalogue.districts).toHaveLength(14);
    for (const d of catalogue.districts) {
      expect(
        catalogue.providers.filter(
          (p) => p.kind === 'district_administration' && p.districtId === d.id,
        ),
        d.id,
      ).toHaveLength(1);
    }
    for (const s of catalogue.services) expect(s.sources.length, s.id).toBeGreaterThan(0);
  });

  it('never lists the protection concern as a need a service meets', () => {
    for (const s of catalogue.services) expect(s.needs, s.id).not.toContain('protection-concern');
  });
});
