import type { Catalogue, MatchAnswer } from '@lotsen/catalogue';
import type { LocalizedText, Provider, Service } from '@lotsen/domain';
import type { z } from 'zod';
import type { MATCH_EXPANSIONS } from './schemas.js';
import {
  MatchReasonOut,
  MatchResultOut,
  ProviderOut,
  ServiceOut,
  ServiceSummaryOut,
} from './schemas.js';

/*
 * The catalogue routes' JSON, as UTF-8 bytes put together from fragments that are checked against
 * the documented schema and encoded once. Encoding every answer through the zod response schemas,
 * and then its text (Swedish, so not ASCII) to UTF-8, cost more than the work behind it (profiled
 * under load: encoding a 7 kB answer to UTF-8 alone took longer than matching). The catalogue does
 * not change while the app runs, and the reasons and notices of a match are objects
 * `@lotsen/catalogue` shares between answers, so almost all of an answer is ready-made bytes; only
 * rank, locality and availability are written per request. app.test.ts checks that every answer
 * equals what the schema encodes.
 */

/** What `expand` can add to a match result. */
export type MatchExpansion = (typeof MATCH_EXPANSIONS)[number];

/** A match reason or notice. */
interface Explanation {
  readonly code: string;
  readonly text: LocalizedText;
}

/** `make` of an object, made the first time it is asked for and then kept with the object. */
function fragments<T extends object>(make: (value: T) => Buffer): (value: T) => Buffer {
  const cache = new WeakMap<T, Buffer>();
  return (value) => {
    let bytes = cache.get(value);
    if (bytes === undefined) {
      bytes = make(value);
      cache.set(value, bytes);
    }
    return bytes;
  };
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const encoded = (schema: z.ZodType, value: unknown) => JSON.stringify(schema.encode(value));

// Bodies are cut from slabs, as Node cuts small buffers from its pool (which stops at 4 kB): one
// allocation serves many answers, and a slab is freed once the last answer cut from it is sent.
const SLAB_BYTES = 1024 * 1024;
let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
let slabUsed = 0;

function allocate(size: number): Buffer {
  if (size > SLAB_BYTES / 4) return Buffer.allocUnsafe(size);
  if (slabUsed + size > SLAB_BYTES) {
    slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
    slabUsed = 0;
  }
  const bytes = slab.subarray(slabUsed, slabUsed + size);
  slabUsed += size;
  return bytes;
}

/**
 * One body, put together from byte fragments and short ASCII strings (punctuation, keys, numbers
 * and enum values, which are the same in Latin-1 and UTF-8, so need no encoding).
 */
class JsonBytes {
  readonly #parts: (Buffer | string)[] = [];
  #length = 0;

  /** Adds ASCII text. */
  ascii(text: string): this {
    this.#parts.push(text);
    this.#length += text.length;
    return this;
  }

  /** Adds ready-made bytes. */
  bytes(bytes: Buffer): this {
    this.#parts.push(bytes);
    this.#length += bytes.length;
    return this;
  }

  /**
   * The body. One to be `kept` (cached) gets memory of its own: a slice of a slab would keep the
   * whole slab alive.
   */
  done(kept = false): Buffer {
    const out = kept ? Buffer.allocUnsafeSlow(this.#length) : allocate(this.#length);
    let at = 0;
    for (const part of this.#parts) {
      if (typeof part === 'string') {
        // Short ASCII: a loop is faster than a call into Buffer's native writers.
        for (let i = 0; i < part.length; i++) out[at++] = part.charCodeAt(i);
      } else {
        at += part.copy(out, at);
      }
    }
    return out;
  }
}

// The service's parts of a match result, without the braces: before and after `locality`.
const MatchServiceHead = MatchResultOut.pick({
  serviceId: true,
  name: true,
  kind: true,
  providerId: true,
  providerName: true,
  ages: true,
});
const MatchServiceTail = MatchResultOut.pick({
  venueDistrictId: true,
  accessRoutes: true,
  contact: true,
});

/** The JSON writers of one catalogue's answers. */
export interface CatalogueJson {
  /** A page of services, compact or whole; `kept` as in {@link JsonBytes.done}. */
  serviceList(
    page: { total: number; page: number; perPage: number },
    items: readonly Service[],
    view: 'compact' | 'full',
    kept?: boolean,
  ): Buffer;
  /** `{ service, provider }` of one service. */
  serviceDetail(service: Service): Buffer;
  /** A match answer: compact results, with whole records as `expand` asks. */
  matchAnswer(
    answer: Pick<MatchAnswer, 'results' | 'notices' | 'eligibleCount'>,
    expand: readonly MatchExpansion[] | undefined,
  ): Buffer;
}

/** The JSON writers for a catalogue; their fragments live as long as its records. */
export function catalogueJson(catalogue: Catalogue): CatalogueJson {
  const providerOf = (service: Service): Provider => catalogue.provider(service.providerId)!;
  const summary = (service: Service) => ({
    ...service,
    serviceId: service.id,
    providerName: providerOf(service).name,
  });
  const fullService = fragments((s: Service) => utf8(encoded(ServiceOut, s)));
  const fullProvider = fragments((p: Provider) => utf8(encoded(ProviderOut, p)));
  const listItem = fragments((s: Service) => utf8(encoded(ServiceSummaryOut, summary(s))));
  const members = (schema: z.ZodType, s: Service) => utf8(encoded(schema, summary(s)).slice(1, -1));
  const matchHead = fragments((s: Service) => members(MatchServiceHead, s));
  const matchTail = fragments((s: Service) => members(MatchServiceTail, s));
  const explanation = fragments((r: Explanation) => utf8(encoded(MatchReasonOut, r)));
  const explanations = (body: JsonBytes, list: readonly Explanation[]) => {
    body.ascii('[');
    list.forEach((r, i) => {
      if (i > 0) body.ascii(',');
      body.bytes(explanation(r));
    });
    return body.ascii(']');
  };
  const detail = fragments((s: Service) =>
    new JsonBytes()
      .ascii('{"service":')
      .bytes(fullService(s))
      .ascii(',"provider":')
      .bytes(fullProvider(providerOf(s)))
      .ascii('}')
      .done(true),
  );

  return {
    serviceList({ total, page, perPage }, items, view, kept = false) {
      const item = view === 'full' ? fullService : listItem;
      const body = new JsonBytes().ascii(
        `{"total":${total},"page":${page},"perPage":${perPage},"items":[`,
      );
      items.forEach((s, i) => {
        if (i > 0) body.ascii(',');
        body.bytes(item(s));
      });
      return body.ascii(']}').done(kept);
    },

    serviceDetail: detail,

    matchAnswer(answer, expand) {
      const withService = expand?.includes('service') ?? false;
      const withProvider = expand?.includes('provider') ?? false;
      const body = new JsonBytes().ascii('{"results":[');
      answer.results.forEach((r, i) => {
        body
          .ascii(`${i === 0 ? '' : ','}{"rank":${r.rank},`)
          .bytes(matchHead(r.service))
          .ascii(`,"locality":"${r.locality}",`)
          .bytes(matchTail(r.service));
        if (r.availability) {
          const { nextStart, placesLeft } = r.availability;
          body.ascii(',"availability":{');
          if (nextStart !== undefined)
            body.bytes(utf8(`"nextStart":${JSON.stringify(nextStart)},`));
          body.ascii(`"placesLeft":${placesLeft}}`);
        }
        explanations(body.ascii(',"reasons":'), r.reasons);
        if (withService) body.ascii(',"service":').bytes(fullService(r.service));
        if (withProvider) body.ascii(',"provider":').bytes(fullProvider(r.provider));
        body.ascii('}');
      });
      explanations(body.ascii('],"notices":'), answer.notices);
      return body.ascii(`,"eligibleCount":${answer.eligibleCount}}`).done();
    },
  };
}
