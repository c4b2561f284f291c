import { describe, expect, it } from 'vitest';
import { JsonValueSchema } from './input.js';

describe('JsonValueSchema', () => {
  it('refuses a key or string JSONB cannot hold, however deep', () => {
    for (const value of ['a\u0000', { k: ['\ud800'] }, { ['\u0000']: 1 }, [[{ x: '\udfff' }]]]) {
      expect(JsonValueSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
    }
  });

  it('takes every other JSON value, emoji and all', () => {
    for (const value of [null, 1, true, 'hej 👋', { a: [1, 'två', { b: null }] }]) {
      expect(JsonValueSchema.parse(value)).toEqual(value);
    }
  });
});
