import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A content coding the API can answer in besides `identity`. */
export type ContentCoding = 'br' | 'gzip';

/**
 * The coding to answer in for an `Accept-Encoding` header (RFC 9110 §12.5.3): the acceptable one
 * the client weighs highest, brotli on a tie; none (identity) when neither is acceptable. `*` stands
 * for any coding the header does not name; `q=0` refuses one.
 */
export function preferredCoding(acceptEncoding: string | undefined): ContentCoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name!.trim().toLowerCase();
    if (coding === '') continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key?.trim().toLowerCase() === 'q') q = Number(value?.trim());
    }
    if (Number.isNaN(q)) continue;
    weights.set(coding === 'x-gzip' ? 'gzip' : coding, q);
  }
  const weight = (coding: ContentCoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br <= 0 && gzip <= 0) return undefined;
  return br >= gzip ? 'br' : 'gzip';
}

/**
 * A response body that never changes, with its brotli and gzip forms, each compressed the first
 * time a client asks for it (at the highest settings: it is done once).
 */
export class CompressedBody {
  readonly #coded = new Map<ContentCoding, Buffer>();

  /** @param identity the body as sent without compression */
  constructor(readonly identity: Buffer) {}

  /** The body in `coding`, or as it is without one. */
  in(coding: ContentCoding | undefined): Buffer {
    if (coding === undefined) return this.identity;
    let body = this.#coded.get(coding);
    if (body === undefined) {
      body =
        coding === 'br'
          ? brotliCompressSync(this.identity, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: this.identity.length,
              },
            })
          : gzipSync(this.identity, { level: constants.Z_BEST_COMPRESSION });
      this.#coded.set(coding, body);
    }
    return body;
  }
}
