import type { FastifySerializerCompiler, onSendHookHandler } from 'fastify';

/*
 * Every JSON answer of the API is ASCII: each character outside ASCII is written as a `\uXXXX`
 * escape, which RFC 8259 §7 allows for any character, so a parser reads exactly the same text
 * ("Älvsjö" arrives as "\u00c4lvsj\u00f6" and parses to "Älvsjö"). Two reasons:
 *
 * - Charset mix-ups cannot garble Swedish names. A client that ignores `charset=utf-8` and reads
 *   the bytes as Windows-1252 or Latin-1 (older city systems and spreadsheet imports do) would show
 *   "Ã„lvsjÃ¶"; ASCII reads the same in every one of them.
 * - ASCII is the fast path of every UTF-8 decoder. The load generator of the API benchmark, which
 *   decodes each answer as a browser or an HTTP library would, spent as much time on the Swedish
 *   letters of a 6.5 kB catalogue page as the whole request otherwise took (docs/benchmarks.md).
 *
 * The cost is size: an escape is six bytes where å, ä or ö took two (a dash three, an emoji four:
 * twelve escaped), about 3 % more on a Swedish catalogue page, and next to nothing once compressed.
 */

/** The characters that are escaped: every UTF-16 code unit outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;
const EVERY_NON_ASCII = /[\u0080-\uffff]/g;

/** `\uXXXX` for one UTF-16 code unit (a character outside the BMP is two, as RFC 8259 §7 writes it). */
const escape = (unit: string): string => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The JSON text `json` with every non-ASCII character escaped: the same JSON value, in ASCII. Only
 * for JSON text: outside JSON strings, where non-ASCII cannot occur in valid JSON, an escape would
 * change the meaning.
 *
 * @example
 * ```ts
 * asciiJson('{"name":"Älvsjö"}'); // '{"name":"\\u00c4lvsj\\u00f6"}'
 * ```
 */
export function asciiJson(json: string): string {
  return NON_ASCII.test(json) ? json.replace(EVERY_NON_ASCII, escape) : json;
}

/**
 * An `onSend` hook that writes a JSON answer fastify serialized without a response schema in ASCII
 * (for routes of plugins, such as the documentation's `/docs/json`); anything else passes as it is.
 */
export const asciiJsonOnSend: onSendHookHandler = (_request, reply, payload, done) => {
  const type = reply.getHeader('content-type');
  const json = typeof type === 'string' && /[/+]json\b/.test(type);
  done(null, json && typeof payload === 'string' ? asciiJson(payload) : payload);
};

/**
 * A fastify serializer compiler whose serializers write ASCII JSON ({@link asciiJson}): the
 * serializers of `compile` for the routes' response schemas, with their output escaped.
 */
export function asciiSerializerCompiler<T>(
  compile: FastifySerializerCompiler<T>,
): FastifySerializerCompiler<T> {
  return (route) => {
    const serialize = compile(route);
    return (data) => asciiJson(serialize(data));
  };
}
