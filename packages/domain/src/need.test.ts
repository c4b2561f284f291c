import { describe, expect, it } from 'vitest';
import { STANDARD_NEEDS, createNeedTaxonomy } from './need.js';
import { NeedSchema } from './need.js';

describe('the need taxonomy', () => {
  const taxonomy = createNeedTaxonomy();

  it('covers every need the city reports name, with Swedish and English labels', () => {
    for (const id of [
      'parental-substance-abuse',
      'parental-mental-illness',
      'domestic-violence',
      'domestic-violence-witnessed',
      'domestic-violence-experienced',
      'honour-related-violence',
      'sexual-violence',
      'parental-separation',
      'own-substance-use',
      'crime-risk-behaviour',
      'school-absence',
      'parenting-support',
      'placed-children',
      'parents-of-placed-children',
      'adoption',
    ]) {
      expect(taxonomy.get(id), id).toBeDefined();
    }
    for (const need of STANDARD_NEEDS) expect(NeedSchema.safeParse(need).success).toBe(true);
  });

  it('relates a refined need to its broader one in both directions, and nothing else', () => {
    expect(taxonomy.related('domestic-violence-witnessed', 'domestic-violence')).toBe(true);
    expect(taxonomy.related('domestic-violence', 'domestic-violence-experienced')).toBe(true);
    expect(taxonomy.related('domestic-violence-witnessed', 'domestic-violence-experienced')).toBe(
      false,
    );
    expect(taxonomy.related('adoption', 'parenting-support')).toBe(false);
  });

  it('marks the protection concern so that it is never matched', () => {
    expect(taxonomy.isProtection('protection-concern')).toBe(true);
    expect(taxonomy.isProtection('parental-substance-abuse')).toBe(false);
  });

  it('can be extended, and refuses a duplicate or a dangling parent', () => {
    const extra = {
      id: 'neuropsychiatric',
      label: { sv: 'NPF', en: 'Neurodevelopmental' },
      description: { sv: 'x', en: 'x' },
      kind: 'support' as const,
    };
    expect(createNeedTaxonomy([extra]).get('neuropsychiatric')?.label.en).toBe(
      'Neurodevelopmental',
    );
    expect(() => createNeedTaxonomy([{ ...extra, id: 'adoption' }])).toThrow('Duplicate need id');
    expect(() => createNeedTaxonomy([{ ...extra, parentId: 'nothing' }])).toThrow('unknown need');
  });
});
