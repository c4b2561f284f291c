import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The very file the page loads (web/linkify.js), run as the browser runs it: a plain script that
// leaves its function on the global object.
type Part = string | { text: string; href: string };
const source = readFileSync(join(import.meta.dirname, '..', 'web', 'linkify.js'), 'utf8');
const sandbox: { LotsenLinkify?: { linkify: (text: string) => Part[] } } = {};
runInNewContext(source, sandbox);
const linkify = (text: string) => sandbox.LotsenLinkify!.linkify(text);
const links = (text: string) => linkify(text).filter((p) => typeof p !== 'string');

/** Digits in groups of 2–3, joined by spaces, hyphens or nothing, as Swedes write them. */
const grouped = (digits: string, sep: string) => {
  const groups: string[] = [];
  let rest = digits;
  while (rest.length > 0) {
    const size = rest.length === 4 ? 2 : Math.min(3, rest.length);
    groups.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  return groups.join(sep);
};

/** A Swedish number: area code (08, 0xx, 0xxx, 07x mobile) and subscriber digits, 8–10 digits in all. */
const swedishNumber = fc
  .tuple(
    fc.constantFrom('8', '10', '20', '31', '40', '70', '72', '73', '76', '90', '120', '498', '771'),
    fc.integer({ min: 8, max: 10 }),
    fc.infiniteStream(fc.integer({ min: 0, max: 9 })),
  )
  .map(([area, total, stream]) => {
    const length = Math.max(5, total - 1 - area.length);
    const subscriber = [...stream.take(length)].join('');
    return { area, subscriber, national: `0${area}${subscriber}` };
  })
  .filter(({ national }) => national.length >= 8 && national.length <= 10);

const written = swedishNumber.chain((n) =>
  fc
    .constantFrom(
      (a: string, s: string) => `0${a}-${grouped(s, ' ')}`,
      (a: string, s: string) => `0${a} ${grouped(s, ' ')}`,
      (a: string, s: string) => `0${a}${s}`,
      (a: string, s: string) => `0${a}-${s}`,
      (a: string, s: string) => `0${a}-${grouped(s, '-')}`,
      (a: string, s: string) => `+46 ${a} ${grouped(s, ' ')}`,
      (a: string, s: string) => `+46${a}${s}`,
      (a: string, s: string) => `+46 (0)${a}-${grouped(s, ' ')}`,
    )
    .map((format) => ({ ...n, text: format(n.area, n.subscriber) })),
);

describe('phone numbers and web addresses in a message become links', () => {
  it('makes any Swedish phone number, however written, one tel: link with its digits', () => {
    fc.assert(
      fc.property(
        written,
        fc.constantFrom('Ring ', 'Telefon: ', '', '(', 'ring dem på '),
        fc.constantFrom('.', ' om ni vill.', '', ')', ', eller mejla.'),
        ({ text, national }, before, after) => {
          const found = links(`${before}${text}${after}`);
          expect(found).toHaveLength(1);
          expect(found[0]!.text).toBe(text);
          const expected = text.startsWith('+46')
            ? `tel:+46${national.slice(1)}`
            : `tel:${national}`;
          expect(found[0]!.href).toBe(expected);
        },
      ),
    );
  });

  it('keeps two numbers written one after the other apart, short service numbers included', () => {
    expect(links('Ring socialjouren 08-508 40 000 116 111 eller 112.')).toEqual([
      { text: '08-508 40 000', href: 'tel:0850840000' },
      { text: '116 111', href: 'tel:116111' },
      { text: '112', href: 'tel:112' },
    ]);
    expect(
      links('Självmordslinjen 90101, 1177 Vårdguiden, Kvinnofridslinjen 020-50 50 50'),
    ).toEqual([
      { text: '90101', href: 'tel:90101' },
      { text: '1177', href: 'tel:1177' },
      { text: '020-50 50 50', href: 'tel:020505050' },
    ]);
  });

  it('leaves ages, dates, times, years and reference numbers alone', () => {
    for (const text of [
      'Min son är 10 år och bor i Skärholmen',
      'För barn 7–12 år, start 2026-03-10 kl 08:30',
      'Remiss 1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      'Grupper med 8 träffar, 12 platser, år 2019',
    ]) {
      expect(links(text), text).toEqual([]);
    }
  });

  it('makes web addresses https links, without the full stop that ends the sentence', () => {
    expect(links('Läs mer på bris.se. Eller https://mind.se/hjalp, www.1177.se!')).toEqual([
      { text: 'bris.se', href: 'https://bris.se' },
      { text: 'https://mind.se/hjalp', href: 'https://mind.se/hjalp' },
      { text: 'www.1177.se', href: 'https://www.1177.se' },
    ]);
    expect(links('Origo: http://origostockholm.se')).toEqual([
      { text: 'http://origostockholm.se', href: 'https://origostockholm.se' },
    ]);
    expect(links('mejla hej@exempel.se')).toEqual([]);
  });

  it('keeps every character of the message, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), written, (noise, { text }) => {
        const message = `${noise} ${text} ${noise}`;
        const parts = linkify(message);
        expect(parts.map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(message);
      }),
    );
  });
});
