import { z } from 'zod';
import { LocalizedTextSchema, SlugSchema, type LocalizedText } from './text.js';

/** The id of a need, e.g. `parental-substance-abuse`. The taxonomy is extensible: any slug is allowed. */
export const NeedIdSchema = SlugSchema;
/** The id of a need. */
export type NeedId = z.infer<typeof NeedIdSchema>;

/**
 * `support`: a need a service can meet. `protection`: a child may be at risk; this is never answered
 * with a group or a catalogue match, but routed to social services for an individual assessment.
 */
export const NeedKindSchema = z.enum(['support', 'protection']);
/** Whether a need is met by support or must be routed to protection. */
export type NeedKind = z.infer<typeof NeedKindSchema>;

/** One need in the taxonomy. */
export const NeedSchema = z.object({
  id: NeedIdSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
  kind: NeedKindSchema,
  /** A broader need this one refines (`domestic-violence-witnessed` refines `domestic-violence`). */
  parentId: NeedIdSchema.optional(),
});
/** One need in the taxonomy. */
export type Need = z.infer<typeof NeedSchema>;

const need = (
  id: string,
  sv: string,
  en: string,
  descriptionSv: string,
  descriptionEn: string,
  extra: { kind?: NeedKind; parentId?: string } = {},
): Need => ({
  id,
  label: { sv, en },
  description: { sv: descriptionSv, en: descriptionEn },
  kind: extra.kind ?? 'support',
  ...(extra.parentId ? { parentId: extra.parentId } : {}),
});

/**
 * The needs the city's reports name (see `shared/docs/domain-brief.md`). Catalogues may add more with
 * {@link createNeedTaxonomy}.
 */
export const STANDARD_NEEDS: readonly Need[] = [
  need(
    'parental-substance-abuse',
    'Förälder med missbruk',
    'Parental substance abuse',
    'Barn som växer upp med en förälder som missbrukar alkohol eller droger.',
    'Children growing up with a parent who misuses alcohol or drugs.',
  ),
  need(
    'parental-mental-illness',
    'Förälder med psykisk ohälsa',
    'Parental mental illness',
    'Barn till föräldrar med psykisk sjukdom eller psykisk ohälsa.',
    'Children of parents with mental illness or poor mental health.',
  ),
  need(
    'domestic-violence',
    'Våld i nära relation',
    'Violence in close relationships',
    'Barn som lever eller har levt med våld i familjen.',
    'Children who live or have lived with violence in the family.',
  ),
  need(
    'domestic-violence-witnessed',
    'Har bevittnat våld i familjen',
    'Witnessed violence in the family',
    'Barn som har sett eller hört våld mellan vuxna i familjen.',
    'Children who have seen or heard violence between adults in the family.',
    { parentId: 'domestic-violence' },
  ),
  need(
    'domestic-violence-experienced',
    'Har själv utsatts för våld i familjen',
    'Experienced violence in the family',
    'Barn som själva har utsatts för våld av en närstående.',
    'Children who have themselves been subjected to violence by someone close.',
    { parentId: 'domestic-violence' },
  ),
  need(
    'honour-related-violence',
    'Hedersrelaterat våld och förtryck',
    'Honour-related violence and oppression',
    'Unga som lever med hedersrelaterade begränsningar, hot eller våld.',
    'Young people living with honour-related restrictions, threats or violence.',
  ),
  need(
    'sexual-violence',
    'Sexuellt våld',
    'Sexual violence',
    'Barn och unga som har utsatts för sexuella övergrepp eller sexuellt våld.',
    'Children and young people who have been subjected to sexual abuse or sexual violence.',
  ),
  need(
    'parental-separation',
    'Föräldrars separation',
    "Parents' separation",
    'Barn och föräldrar som går igenom en separation eller skilsmässa.',
    'Children and parents going through a separation or divorce.',
  ),
  need(
    'family-conflict',
    'Konflikter i familjen',
    'Family conflict',
    'Familjer med svåra konflikter eller problem i samspelet mellan barn och föräldrar.',
    'Families with serious conflicts or difficulties in how children and parents get along.',
  ),
  need(
    'own-substance-use',
    'Eget bruk av alkohol eller droger',
    'Own substance use',
    'Unga som själva använder alkohol eller droger.',
    'Young people who themselves use alcohol or drugs.',
  ),
  need(
    'crime-risk-behaviour',
    'Kriminalitet och riskbeteende',
    'Crime and risk behaviour',
    'Unga som begår brott, är aggressiva eller har annat riskbeteende.',
    'Young people who commit offences, act aggressively or show other risk behaviour.',
  ),
  need(
    'crime-victim',
    'Brottsutsatt',
    'Victim of crime',
    'Barn och unga som har utsatts för brott.',
    'Children and young people who have been victims of crime.',
  ),
  need(
    'own-mental-health',
    'Egen psykisk ohälsa',
    "Young person's own mental health",
    'Unga som mår psykiskt dåligt, är stressade eller nedstämda.',
    'Young people who feel low, stressed or anxious.',
  ),
  need(
    'school-absence',
    'Skolfrånvaro',
    'School absence',
    'Barn och unga med hög frånvaro eller svårigheter i skolan.',
    'Children and young people who miss a lot of school or struggle there.',
  ),
  need(
    'parenting-support',
    'Föräldraskapsstöd',
    'Parenting support',
    'Föräldrar som vill ha stöd i sitt föräldraskap.',
    'Parents who want support in their parenting.',
  ),
  need(
    'placed-children',
    'Placerade barn',
    'Children in care',
    'Barn som är placerade i familjehem eller på institution.',
    'Children placed in foster care or residential care.',
  ),
  need(
    'parents-of-placed-children',
    'Föräldrar till placerade barn',
    'Parents of children in care',
    'Föräldrar vars barn är placerade utanför hemmet.',
    'Parents whose children are placed outside the home.',
  ),
  need(
    'adoption',
    'Adoption',
    'Adoption',
    'Adopterade barn och unga och deras familjer.',
    'Adopted children and young people and their families.',
  ),
  need(
    'protection-concern',
    'Oro för att barnet far illa',
    'Concern that a child is at risk',
    'Barnet kan behöva skydd. Det bedöms alltid av socialtjänsten, aldrig med en grupp.',
    'The child may need protection. Social services always assess this; a group is never the answer.',
    { kind: 'protection' },
  ),
];

/** A set of needs with fast lookup and the parent/child relation between them. */
export interface NeedTaxonomy {
  readonly needs: readonly Need[];
  /** The need with this id, if it exists. */
  get(id: NeedId): Need | undefined;
  /** True when `a` and `b` are the same need, or one refines the other (at any depth). */
  related(a: NeedId, b: NeedId): boolean;
  /** True when the need must be routed to protection rather than matched. */
  isProtection(id: NeedId): boolean;
  /** The label of a need in a language, or its id when the need is unknown. */
  label(id: NeedId, language: keyof LocalizedText): string;
}

/**
 * Builds a taxonomy from the standard needs plus any extra ones. Throws when two needs share an id or
 * a parent does not exist: the taxonomy is configuration, so that is a programmer error.
 */
export function createNeedTaxonomy(extra: readonly Need[] = []): NeedTaxonomy {
  const needs = [...STANDARD_NEEDS, ...extra];
  const byId = new Map<string, Need>();
  for (const n of needs) {
    if (byId.has(n.id)) throw new Error(`Duplicate need id "${n.id}"`);
    byId.set(n.id, n);
  }
  for (const n of needs) {
    if (n.parentId && !byId.has(n.parentId)) {
      throw new Error(`Need "${n.id}" refines unknown need "${n.parentId}"`);
    }
  }
  const ancestors = (id: string): string[] => {
    const chain: string[] = [];
    let current = byId.get(id)?.parentId;
    while (current && !chain.includes(current)) {
      chain.push(current);
      current = byId.get(current)?.parentId;
    }
    return chain;
  };
  return {
    needs,
    get: (id) => byId.get(id),
    related: (a, b) => a === b || ancestors(a).includes(b) || ancestors(b).includes(a),
    isProtection: (id) => byId.get(id)?.kind === 'protection',
    label: (id, language) => byId.get(id)?.label[language] ?? id,
  };
}
