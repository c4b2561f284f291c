import type { FastifyRequest, preParsingHookHandler } from 'fastify';
import { sendProblem } from './problem.js';

/*
 * A request body must be what its headers say. The API reads JSON in UTF-8 and uncompressed
 * (request bodies are small: the largest is well under 1 KB), so a body sent with a
 * `Content-Encoding` or a `charset` other than that is refused (415, RFC 9110 §15.5.16) instead of
 * being read as UTF-8 JSON, which it may not be.
 */

/** The status of a body that is not what its headers say (RFC 9110 §15.5.16). */
export const MISLABELLED_BODY_STATUS = 415;

/** Whether the request has a body: a length above zero, or a chunked one. */
function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return length !== '0';
  return request.headers['transfer-encoding'] !== undefined;
}

/** The `charset` parameter of a media type, lower case, or `undefined` without one. */
function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const [name, value] = parameter.split('=', 2);
    if (name?.trim().toLowerCase() === 'charset') {
      return (value ?? '')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase();
    }
  }
  return undefined;
}

/** The codings of a `Content-Encoding` header other than `identity`. */
function codingsOf(header: string): string[] {
  return header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
}

/** Why a body is refused (415), or `undefined` for a body that is what it says. */
function mislabelled(request: FastifyRequest): string | undefined {
  // Only a route that takes a body reads one (the routes without a body schema never look at it,
  // and the OpenAPI document lists 415 on the others only).
  if (request.routeOptions.schema?.body === undefined || !hasBody(request)) return undefined;
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && codingsOf(encoding).length > 0) {
    return 'Request bodies are taken uncompressed only: send the JSON without Content-Encoding (or with identity).';
  }
  const charset = charsetOf(request.headers['content-type'] ?? '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return 'Request bodies are JSON in UTF-8: send charset=utf-8, or no charset.';
  }
  return undefined;
}

/**
 * A `preParsing` hook: refuses (415) a body whose `Content-Encoding` is not `identity` or whose
 * `charset` is not UTF-8, before it is read. `Accept-Encoding: identity` says what is taken, as
 * RFC 9110 §12.5.3 asks.
 */
export const refuseMislabelledBody: preParsingHookHandler = (request, reply, payload, done) => {
  const detail = mislabelled(request);
  if (detail === undefined) {
    done(null, payload);
    return;
  }
  void reply.header('accept-encoding', 'identity');
  // Answered here: the hook chain stops, and the body is never parsed.
  sendProblem(reply, request, {
    type: 'https://lotsen.stockholm/problems/unsupported-media-type',
    title: 'Unsupported Media Type',
    status: MISLABELLED_BODY_STATUS,
    detail,
  });
};
