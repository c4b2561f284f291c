import { describe, expect, it } from 'vitest';
import { LOTSEN_HSDS_NAMESPACE, hsdsId, uuidFor, uuidV5 } from './ids.js';

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV5', () => {
  it('matches the RFC 4122 name-based UUIDs other implementations give', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });

  it('derives the Lotsen namespace from its documented URL', () => {
    expect(
      uuidV5('https://github.com/lotsen/lotsen#hsds', '6ba7b811-9dad-11d1-80b4-00c04fd430c8'),
    ).toBe(LOTSEN_HSDS_NAMESPACE);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(RangeError);
  });
});

describe('hsdsId', () => {
  it('gives a stable version 5 UUID per kind and slug', () => {
    const id = hsdsId('service', 'mini-maria');
    expect(id).toMatch(UUID_V5);
    expect(hsdsId('service', 'mini-maria')).toBe(id);
    expect(id).toBe(uuidFor('service', 'mini-maria'));
  });

  it('gives different ids to the same slug of different kinds', () => {
    const ids = new Set([
      hsdsId('service', 'bromma'),
      hsdsId('organization', 'bromma'),
      hsdsId('taxonomy_term', 'bromma'),
    ]);
    expect(ids.size).toBe(3);
  });
});
