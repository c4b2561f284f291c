import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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
  it("are still what the route's response schema lets through, in ASCII", async () => {
    const app = await buildApp();
    try {
      // A handler that returns more than its schema documents: the schema's serializer drops the
      // rest (the ASCII writing must not take its place).
      app.get(
        '/test/extra',
        { schema: { response: { 200: z.object({ name: z.string() }) } } },
        async () => ({ name: 'Skärholmen', secret: 'not for the caller' }) as { name: string },
      );
      const res = await app.inject({ method: 'GET', url: '/test/extra' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('{"name":"Sk\\u00e4rholmen"}');
    } finally {
      await app.close();
    }
  });

  it("are ASCII for problems, the OpenAPI document and the documentation's JSON too", async () => {
    const app = await buildApp();
    try {
      const answers = [
        await app.inject({ method: 'GET', url: '/v1/services/n%C3%A5got' }),
        await app.inject({ method: 'GET', url: '/ingen/s%C3%A5dan' }),
        await app.inject({ method: 'GET', url: '/openapi.json' }),
        await app.inject({ method: 'GET', url: '/docs/json' }),
      ];
      expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 200, 200]);
      for (const res of answers) {
        expect(isAscii(res.body), res.body.slice(0, 200)).toBe(true);
        expect(() => JSON.parse(res.body) as unknown).not.toThrow();
      }
      // The document's own texts have non-ASCII characters (typographic apostrophes), escaped.
      expect(answers[2]!.body).toContain('\\u2019');
      expect(answers[0]!.json().detail).toContain('något');
    } finally {
      await app.close();
    }
  });

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
