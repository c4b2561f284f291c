import type { CatalogueData } from './catalogue.js';
import type { District, Provider, ServiceInput } from '@lotsen/domain';
import { CatalogueDataSchema } from './catalogue.js';

const source = {
  seed: '004',
  section: 'Test fixture',
  lines: [1, 2] as [number, number],
  year: 2018,
};

const district = (
  id: string,
  sv: string,
  neighbours: string[],
  aliases: string[] = [],
): District => ({
  id,
  name: { sv, en: sv },
  aliases,
  neighbours,
  validFrom: '2007-01-01',
  successorIds: [],
  sources: [source],
});

const provider = (id: string, kind: Provider['kind'], districtId?: string): Provider => ({
  id,
  kind,
  name: { sv: `Leverantör ${id}`, en: `Provider ${id}` },
  description: { sv: 'Beskrivning.', en: 'Description.' },
  ...(districtId ? { districtId } : {}),
  sources: [source],
});

const service = (
  over: Partial<ServiceInput> &
    Pick<ServiceInput, 'id' | 'providerId' | 'kind' | 'needs' | 'ages' | 'catchment'>,
): ServiceInput => ({
  name: { sv: `Tjänst ${over.id}`, en: `Service ${over.id}` },
  description: { sv: 'Beskrivning.', en: 'Description.' },
  participants: ['child'],
  accessRoutes: ['direct_intake'],
  languages: [],
  cost: { kind: 'unknown' },
  sources: [source],
  ...over,
});

/**
 * A small catalogue for tests: three districts in a row (norr – mitt – syd), where norr has a
 * children's group and syd has none, plus city- and county-wide services.
 */
export function fixtureCatalogueData(): CatalogueData {
  return CatalogueDataSchema.parse({
    districts: [
      district('norr', 'Norr', ['mitt'], ['Nordby']),
      district('mitt', 'Mitt', ['norr', 'syd'], ['Centrum', 'Mittenstaden']),
      district('syd', 'Syd', ['mitt'], ['Söderby']),
    ],
    providers: [
      provider('sdf-norr', 'district_administration', 'norr'),
      provider('sdf-mitt', 'district_administration', 'mitt'),
      provider('sdf-syd', 'district_administration', 'syd'),
      provider('central', 'central_unit'),
      provider('forening', 'voluntary_organisation'),
    ],
    services: [
      service({
        id: 'norr-barngrupp',
        providerId: 'sdf-norr',
        kind: 'children_group',
        needs: ['parental-substance-abuse'],
        ages: { min: 7, max: 12 },
        catchment: { kind: 'districts', districtIds: ['norr'] },
      }),
      service({
        id: 'mitt-barngrupp',
        providerId: 'sdf-mitt',
        kind: 'children_group',
        needs: ['parental-substance-abuse', 'parental-mental-illness'],
        ages: { min: 6, max: 12 },
        catchment: { kind: 'districts', districtIds: ['mitt'] },
      }),
      service({
        id: 'mitt-tonar',
        providerId: 'sdf-mitt',
        kind: 'teen_group',
        needs: ['parental-substance-abuse'],
        ages: { min: 13, max: 17 },
        catchment: { kind: 'districts', districtIds: ['mitt'] },
      }),
      service({
        id: 'syd-radgivning',
        providerId: 'sdf-syd',
        kind: 'advice_support_talks',
        needs: ['parenting-support', 'parental-substance-abuse'],
        ages: 'unknown',
        catchment: { kind: 'districts', districtIds: ['syd'] },
        sessions: { cap: 5 },
      }),
      service({
        id: 'syd-familjebehandling',
        providerId: 'sdf-syd',
        kind: 'family_treatment',
        needs: ['family-conflict', 'parental-substance-abuse'],
        ages: { min: 0, max: 20 },
        catchment: { kind: 'districts', districtIds: ['syd'] },
        accessRoutes: ['aid_decision'],
      }),
      service({
        id: 'krissamtal',
        providerId: 'central',
        kind: 'individual_talks',
        needs: ['domestic-violence'],
        ages: { min: 4, max: 18 },
        catchment: { kind: 'city' },
        accessRoutes: ['staff_referral'],
      }),
      service({
        id: 'vald-grupp',
        providerId: 'forening',
        kind: 'children_group',
        needs: ['domestic-violence-witnessed'],
        ages: { min: 6, max: 12 },
        catchment: { kind: 'county' },
        accessRoutes: ['self_referral', 'staff_referral'],
        languages: ['sv', 'ar'],
      }),
      service({
        id: 'heder',
        providerId: 'forening',
        kind: 'counselling',
        needs: ['honour-related-violence'],
        ages: { min: 13, max: 26 },
        catchment: { kind: 'county' },
        accessRoutes: ['self_referral'],
      }),
      service({
        id: 'nedlagd',
        providerId: 'central',
        kind: 'children_group',
        needs: ['parental-substance-abuse'],
        ages: { min: 7, max: 12 },
        catchment: { kind: 'city' },
        status: 'defunct',
      }),
    ],
  });
}
