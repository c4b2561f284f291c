import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJson } from './ascii-json.js';
import { buildApp } from './app.js';

const isAscii = (text: string) => /^[\u0000-\u007f]*$/.test(text); // eslint-disable-line no-control-regex

describe('asciiJson', () => {
  it('escapes Swedish letters, dashes and emoji as RFC 8259 writes them', () => {
    expect(asciiJson('{"name":"Älvsjö – ABC 👪"}')).toBe(
      '{"name":"\\u00c4lvsj\\u00f6 \\u2013 ABC \\ud83d\\udc6a"}',
    );
    expect(asciiJson('{"a":1}')).toBe('{"a":1}');
  });

  it('gives ASCII text that parses to the same value, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const json = JSON.stringify(value);
        const ascii = asciiJson(json);
        expect(isAscii(ascii)).toBe(true);
        expect(JSON.parse(ascii)).toEqual(JSON.parse(json));
      }),
    );
  });
});

describe('the answers of the API', () => {
  it('are ASCII JSON that reads back as the Swedish texts', async () => {
    const app = await buildApp();
    try {
      const match = await app.inject({
        method: 'POST',
        url: '/v1/match',
        payload: { age: 10, districtId: 'skarholmen', needs: ['parental-substance-abuse'] },
        headers: { 'accept-language': 'sv' },
      });
      const services = await app.inject({
        method: 'GET',
        url: '/v1/services?perPage=200',
        headers: { 'accept-language': 'sv' },
      });
      const hsds = await app.inject({ method: 'GET', url: '/hsds/services' });
      const problem = await app.inject({
        method: 'POST',
        url: '/v1/match',
        payload: { age: 'tio' },
      });
      for (const res of [match, services, hsds, problem]) {
        expect(isAscii(res.body), res.body.slice(0, 200)).toBe(true);
      }
      expect(problem.statusCode).toBe(400);
      // Escaped, not lost: the Swedish names come back when the JSON is read.
      const names = services.json().items.map((s: { name: { sv: string } }) => s.name.sv);
      expect(names.some((name: string) => /[åäöÅÄÖ]/.test(name))).toBe(true);
      expect(JSON.stringify(match.json())).toMatch(/[åäö]/);
    } finally {
      await app.close();
    }
  });
});
