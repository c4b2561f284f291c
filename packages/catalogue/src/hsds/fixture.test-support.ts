// Test support only: a small synthetic catalogue that uses every field variant the HSDS mapping
// handles, so the tests do not depend on the Stockholm data files (which are still being filled in).
import type { ServiceInput } from '@lotsen/domain';
import {
  CatalogueDataSchema,
  createCatalogue,
  type Catalogue,
  type CatalogueData,
} from '../catalogue.js';

const source = {
  seed: '004',
  section: 'Testfixtur › HSDS',
  lines: [10, 12] as [number, number],
  year: 2018,
};
const sourceNoYear = { seed: '001', section: 'Testfixtur', lines: [1, 1] as [number, number] };

const base = (): Pick<
  ServiceInput,
  'participants' | 'accessRoutes' | 'languages' | 'cost' | 'sources'
> => ({
  participants: ['child'],
  accessRoutes: ['direct_intake'],
  languages: [],
  cost: { kind: 'unknown' },
  sources: [source],
});

const services: ServiceInput[] = [
  {
    // Every optional field present; two districts; a non-confidential venue; a session range and cap.
    ...base(),
    id: 'norr-barngrupp',
    providerId: 'sdf-norr',
    name: { sv: 'Barngruppen Komet', en: 'The Comet children’s group' },
    description: {
      sv: 'Grupp för barn 7–12 år i familjer med missbruk.',
      en: 'Group for children aged 7–12 in families with substance abuse.',
    },
    kind: 'children_group',
    needs: ['parental-substance-abuse', 'parental-mental-illness'],
    ages: { min: 7, max: 12 },
    participants: ['child', 'parent'],
    accessRoutes: ['direct_intake', 'self_referral'],
    catchment: { kind: 'districts', districtIds: ['norr', 'mitt'] },
    sessions: {
      count: { min: 12, max: 15 },
      cap: 20,
      note: { sv: 'Träffas på kvällstid.', en: 'Meets in the evening.' },
    },
    languages: ['sv', 'ar', 'fa'],
    cost: { kind: 'free', note: { sv: 'Ingen avgift.', en: 'No fee.' } },
    contact: {
      phone: '08-508 00 000',
      email: 'komet@example.se',
      url: 'https://example.se/barn/komet',
      howTo: { sv: 'Ring och boka ett första samtal.', en: 'Call to book a first talk.' },
    },
    venueDistrictId: 'norr',
    confidentialLocation: false,
    method: 'Trappan',
    eligibilityNote: {
      sv: 'Barnet ska veta om förälderns missbruk.',
      en: 'The child should know about the parent’s substance use.',
    },
    status: 'active',
    sources: [source, sourceNoYear],
  },
  {
    // Ages unknown, city-wide, confidential venue, temporarily closed, nothing else.
    ...base(),
    id: 'skyddad-grupp',
    providerId: 'central',
    name: { sv: 'Skyddad grupp', en: 'Protected group' },
    description: {
      sv: 'Grupp för barn som har upplevt våld.',
      en: 'Group for children who have experienced violence.',
    },
    kind: 'children_group',
    needs: ['domestic-violence-witnessed'],
    ages: 'unknown',
    catchment: { kind: 'city' },
    venueDistrictId: 'syd',
    confidentialLocation: true,
    status: 'temporarily_closed',
  },
  {
    // County-wide, a fee, an exact count of one, confidential without a venue, an extra need.
    ...base(),
    id: 'lan-radgivning',
    providerId: 'forening',
    name: { sv: 'Rådgivning i länet', en: 'County counselling' },
    description: { sv: 'Rådgivning för föräldrar.', en: 'Counselling for parents.' },
    kind: 'counselling',
    needs: ['gaming-concern', 'parenting-support'],
    ages: { min: 0, max: 0 },
    participants: ['parent', 'young_adult'],
    accessRoutes: ['staff_referral', 'aid_decision'],
    catchment: { kind: 'county' },
    sessions: { count: { min: 1, max: 1 } },
    languages: ['en'],
    cost: { kind: 'fee' },
    contact: { email: 'rad@example.org' },
    confidentialLocation: true,
    status: 'defunct',
  },
  {
    // The least a service can have; defaults fill sessions, contact, confidentialLocation and status.
    ...base(),
    id: 'minimal',
    providerId: 'sdf-syd',
    name: { sv: 'Minimal', en: 'Minimal' },
    description: { sv: 'Kort.', en: 'Short.' },
    kind: 'other',
    needs: ['family-conflict'],
    ages: { min: 13, max: 120 },
    catchment: { kind: 'districts', districtIds: ['syd'] },
  },
  {
    // Text that is not plain ASCII in URLs, a cap without a count, a note with unknown cost, inactive.
    ...base(),
    id: 'iri-tjanst',
    providerId: 'sdf-mitt',
    name: { sv: 'Föräldrastöd på Söder', en: 'Parent support in the south' },
    description: { sv: 'Samtal för föräldrar.', en: 'Talks for parents.' },
    kind: 'advice_support_talks',
    needs: ['parenting-support'],
    ages: { min: 0, max: 17 },
    catchment: { kind: 'districts', districtIds: ['mitt'] },
    sessions: { cap: 5 },
    cost: { kind: 'unknown', note: { sv: 'Fråga om avgift.', en: 'Ask about fees.' } },
    contact: { url: 'https://exempel.se/föräldrastöd?fråga=ja och nej|kanske#del 2', phone: '112' },
    venueDistrictId: 'mitt',
    status: 'inactive',
  },
];

/** The synthetic catalogue's data, with defaults applied. */
export function hsdsFixtureData(): CatalogueData {
  return CatalogueDataSchema.parse({
    districts: [
      {
        id: 'norr',
        name: { sv: 'Norr', en: 'North' },
        aliases: ['Nordby'],
        neighbours: ['mitt'],
        validFrom: '2007-01-01',
        population0to20: { year: 2017, count: 12_345, source },
        sources: [source],
      },
      {
        id: 'mitt',
        name: { sv: 'Mitt', en: 'Middle' },
        aliases: [],
        neighbours: ['norr', 'syd'],
        validFrom: '2007-01-01',
        validTo: '2024-12-31',
        successorIds: ['syd'],
        sources: [source, sourceNoYear],
      },
      {
        id: 'syd',
        name: { sv: 'Söder om stan', en: 'South of town' },
        aliases: ['Söderby', 'Syd'],
        neighbours: ['mitt'],
        validFrom: '2010-07-01',
        sources: [sourceNoYear],
      },
    ],
    providers: [
      {
        id: 'sdf-norr',
        kind: 'district_administration',
        name: { sv: 'Norrs stadsdelsförvaltning', en: 'North district administration' },
        description: { sv: 'Förvaltningen i Norr.', en: 'The administration in North.' },
        districtId: 'norr',
        website: 'https://example.se/norr',
        phone: '08-508 10 000',
        sources: [source],
      },
      {
        id: 'sdf-mitt',
        kind: 'district_administration',
        name: { sv: 'Mitts stadsdelsförvaltning', en: 'Middle district administration' },
        description: { sv: 'Förvaltningen i Mitt.', en: 'The administration in Middle.' },
        districtId: 'mitt',
        website: 'https://exempel.se/stadsdel/mitt/förvaltning',
        sources: [source],
      },
      {
        id: 'sdf-syd',
        kind: 'district_administration',
        name: { sv: 'Syds stadsdelsförvaltning', en: 'South district administration' },
        description: { sv: 'Förvaltningen i Syd.', en: 'The administration in South.' },
        districtId: 'syd',
        sources: [source],
      },
      {
        id: 'central',
        kind: 'central_unit',
        name: { sv: 'Centrala enheten', en: 'The central unit' },
        description: { sv: 'En central enhet.', en: 'A central unit.' },
        sources: [sourceNoYear],
      },
      {
        id: 'forening',
        kind: 'voluntary_organisation',
        name: { sv: 'Föreningen', en: 'The association' },
        description: { sv: 'En ideell förening.', en: 'A non-profit association.' },
        website: 'https://forening.example.org',
        sources: [source],
      },
    ],
    services,
    extraNeeds: [
      {
        id: 'gaming-concern',
        label: { sv: 'Oro för spelande', en: 'Concern about gaming' },
        description: { sv: 'Unga som spelar mycket.', en: 'Young people who game a lot.' },
        kind: 'support',
        parentId: 'own-mental-health',
      },
      {
        id: 'gaming-money',
        label: { sv: 'Spel om pengar', en: 'Gambling' },
        description: { sv: 'Unga som spelar om pengar.', en: 'Young people who gamble.' },
        kind: 'support',
        parentId: 'gaming-concern',
      },
    ],
  });
}

/** The synthetic catalogue; throws if the fixture itself is wrong (a bug in the test). */
export function hsdsFixtureCatalogue(): Catalogue {
  const result = createCatalogue(hsdsFixtureData());
  if (!result.ok) throw result.error;
  return result.value;
}
