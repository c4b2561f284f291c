// HSDS checks `url` and `website` with JSON Schema's `uri` format, which is RFC 3986: ASCII only,
// spaces and `|` escaped. Our data validates URLs with the WHATWG parser, which also takes IRIs such
// as `https://example.se/föräldrastöd`. These helpers turn such a value into a valid URI for the
// export, and let the import recover the value as written.

const URI_CHARACTERS = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*$/;
const LONE_PERCENT = /%(?![0-9A-Fa-f]{2})/;

/** Characters that may stand unescaped in a path segment, a query or a fragment (RFC 3986 §3.3-3.5). */
const PATH_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/%]/;
const QUERY_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/;

function escape(part: string, safe: RegExp): string {
  return Array.from(part, (c) => (safe.test(c) ? c : encodeURIComponent(c)))
    .join('')
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
}

/** True when the value is already a plain RFC 3986 URI and can be published as it is. */
function isPlainUri(value: string): boolean {
  return URI_CHARACTERS.test(value) && !LONE_PERCENT.test(value) && value.split('#').length <= 2;
}

/**
 * The value as an RFC 3986 URI: unchanged when it already is one (so `https://x.se` keeps its form),
 * otherwise parsed and re-serialised with every unsafe character percent-encoded.
 */
export function toUri(value: string): string {
  if (isPlainUri(value)) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return escape(value, QUERY_SAFE);
  }
  // WHATWG already gives an ASCII (punycode) host; only the path, query and fragment need escaping.
  const authority =
    url.host === ''
      ? ''
      : `//${url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : ''}${url.host}`;
  const search = url.search === '' ? '' : `?${escape(url.search.slice(1), QUERY_SAFE)}`;
  const hash = url.hash === '' ? '' : `#${escape(url.hash.slice(1), QUERY_SAFE)}`;
  return `${url.protocol}${authority}${escape(url.pathname, PATH_SAFE)}${search}${hash}`;
}

/**
 * The value to import: the as-written form kept in the extension when it still encodes to the URI
 * in the HSDS field, else the HSDS field (someone edited the URI, and the standard field wins).
 */
export function fromUri(uri: string, asWritten: string | undefined): string {
  return asWritten !== undefined && toUri(asWritten) === uri ? asWritten : uri;
}
