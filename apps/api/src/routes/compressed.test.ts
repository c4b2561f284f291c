import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompressedBody, preferredCoding } from './compressed.js';

describe('preferredCoding, for what a client says it accepts', () => {
  it('answers in the coding the client weighs highest, brotli on a tie, none when refused', () => {
    const cases: [string | undefined, 'br' | 'gzip' | undefined][] = [
      [undefined, undefined],
      ['', undefined],
      ['identity', undefined],
      ['deflate', undefined],
      ['gzip', 'gzip'],
      ['x-gzip', 'gzip'],
      ['GZIP', 'gzip'],
      ['gzip, deflate, br', 'br'],
      ['gzip, deflate, br, zstd', 'br'],
      ['br;q=0.5, gzip;q=0.9', 'gzip'],
      ['br;q=1, gzip;q=1', 'br'],
      ['*', 'br'],
      ['br;q=0, *', 'gzip'],
      ['*;q=0, gzip', 'gzip'],
      ['gzip;q=0, br;q=0', undefined],
      ['*;q=0', undefined],
      ['gzip;q=nonsense', undefined],
    ];
    for (const [header, coding] of cases) expect(preferredCoding(header), header).toBe(coding);
  });

  it('never picks a coding the client refused, whatever the order, and never throws', () => {
    const entry = fc.record({
      coding: fc.constantFrom('br', 'gzip', 'deflate', 'identity', '*', 'zstd'),
      q: fc.option(fc.constantFrom('0', '0.001', '0.5', '1', '1.0'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.coding, maxLength: 6 }), (entries) => {
        const write = (list: typeof entries) =>
          list.map((e) => (e.q === undefined ? e.coding : `${e.coding};q=${e.q}`)).join(', ');
        const coding = preferredCoding(write(entries));
        expect(preferredCoding(write([...entries].reverse()))).toBe(coding);
        if (coding !== undefined) {
          const named = entries.find((e) => e.coding === coding);
          const star = entries.find((e) => e.coding === '*');
          // Named, or covered by `*`; no q means 1.
          const q = named ? (named.q ?? '1') : star ? (star.q ?? '1') : '0';
          expect(Number(q)).toBeGreaterThan(0);
        }
      }),
    );
    fc.assert(
      fc.property(fc.string(), (header) => {
        expect([undefined, 'br', 'gzip']).toContain(preferredCoding(header));
      }),
    );
  });
});

describe('CompressedBody', () => {
  it('gives back the very bytes it was made from, in each coding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => {
        const body = new CompressedBody(Buffer.from(text, 'utf8'));
        expect(body.in(undefined).toString('utf8')).toBe(text);
        expect(brotliDecompressSync(body.in('br')).toString('utf8')).toBe(text);
        expect(gunzipSync(body.in('gzip')).toString('utf8')).toBe(text);
        // Compressed once: asked again, the same bytes.
        expect(body.in('br')).toBe(body.in('br'));
      }),
      { numRuns: 30 },
    );
  });
});
