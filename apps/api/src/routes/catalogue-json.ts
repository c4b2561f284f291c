import { ageFit, isForParent, type Catalogue, type MatchAnswer } from '@lotsen/catalogue';
import type { LocalizedText, Provider, Service } from '@lotsen/domain';
import type { z } from 'zod';
import { asciiJson } from '../ascii-json.js';
import { inLanguage, type AnswerLanguage } from './language.js';
import type { MATCH_EXPANSIONS } from './schemas.js';
import {
  MatchBodySchema,
  MatchReasonOut,
  MatchResultOut,
  ProviderOut,
  ServiceOut,
  ServiceSummaryOut,
} from './schemas.js';

/*
 * The catalogue routes' JSON, as bytes put together from fragments that are checked against the
 * documented schema and encoded once, in ASCII (non-ASCII characters escaped, ascii-json.ts).
 * Encoding every answer through the zod response schemas, and then its text to bytes, cost more
 * than the work behind it (profiled under load: encoding a 7 kB answer alone took longer than
 * matching). The catalogue does not change while the app runs, and the reasons and notices of a
 * match are objects `@lotsen/catalogue` shares between answers, so almost all of an answer is
 * ready-made bytes; only availability and counts are written per request. The texts of a compact
 * answer come in Swedish and English or in the one language the caller prefers (language.ts), so
 * each fragment with text is kept in those three forms. app.test.ts checks that every answer
 * equals what the schema encodes. (Writing a match answer of five results takes about 1.7 µs in a
 * loop: 3.4 µs while the punctuation between fragments was written per request, 2.0 µs while each
 * reason was its own fragment.)
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

/**
 * As {@link fragments}, in several forms of the object (numbered from 0), each made the first time
 * it is asked for.
 */
function fragmentForms<T extends object>(
  make: (value: T, form: number) => Buffer,
): (value: T, form: number) => Buffer {
  const cache = new WeakMap<T, (Buffer | undefined)[]>();
  return (value, form) => {
    let forms = cache.get(value);
    if (forms === undefined) {
      forms = [];
      cache.set(value, forms);
    }
    let bytes = forms[form];
    if (bytes === undefined) {
      bytes = make(value, form);
      forms[form] = bytes;
    }
    return bytes;
  };
}

/** The answer languages, numbered for {@link fragmentForms}. */
const LANGUAGES: readonly AnswerLanguage[] = [undefined, 'sv', 'en'];
const languageNumber = (language: AnswerLanguage) =>
  language === undefined ? 0 : language === 'sv' ? 1 : 2;

/** The bytes of a piece of JSON text, in ASCII (ascii-json.ts). */
const jsonFragment = (text: string) => Buffer.from(asciiJson(text), 'latin1');
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
        out.set(part, at);
        at += part.length;
      }
    }
    return out;
  }
}

// What a match result says of its service, locality included: a service is in an answer at one of
// four localities, so each (service, language, locality) is written once, as one fragment.
const MatchResultCard = MatchResultOut.pick({
  serviceId: true,
  name: true,
  kind: true,
  providerId: true,
  providerName: true,
  ages: true,
  locality: true,
  venueDistrictId: true,
  accessRoutes: true,
  fit: true,
  forParent: true,
  contact: true,
});
const LOCALITIES = MatchResultOut.shape.locality.options;
type Locality = (typeof LOCALITIES)[number];
const localityNumber = Object.fromEntries(LOCALITIES.map((l, i) => [l, i])) as Record<
  Locality,
  number
>;

// Punctuation between fragments, encoded once.
const ascii = (text: string) => Buffer.from(text, 'latin1');
const REASONS_OPEN = ascii(',"reasons":[');
// `{"rank":n,` and, for every result after the first, `,{"rank":n,`, each made when first used, for
// ranks up to the largest limit.
const RANK_OPEN: Buffer[] = [];
const MAX_RANK = MatchBodySchema.shape.limit.unwrap().maxValue ?? 200;
const rankOpen = (rank: number, first: boolean): Buffer => {
  if (rank > MAX_RANK) return ascii(`${first ? '' : ','}{"rank":${rank},`);
  const i = 2 * rank + (first ? 0 : 1);
  return (RANK_OPEN[i] ??= ascii(`${first ? '' : ','}{"rank":${rank},`));
};
const RESULT_CLOSE = ascii(']}');

/**
 * The bytes of whole match results after their rank, in a tree: a root per service and form, then
 * one level per reason, in order. A result's card and reasons come from a small set (the reasons
 * are objects `@lotsen/catalogue` shares between answers), so most results of most answers are one
 * ready fragment, found by a lookup per reason, instead of a fragment per reason and punctuation.
 */
interface ResultNode {
  readonly next: Map<Explanation, ResultNode>;
  bytes: Buffer | undefined;
}

/**
 * The root of a service's tree in one form, and the reasons it was last asked with: a service is
 * mostly shown with the same reasons query after query, so comparing them one by one usually
 * finds its bytes without a lookup.
 */
interface ResultRoot extends ResultNode {
  last: readonly Explanation[];
  lastBytes: Buffer | undefined;
}

/** Whether two lists hold the same reasons (the very objects) in the same order. */
function sameReasons(a: readonly Explanation[], b: readonly Explanation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The tree's size is bounded by the catalogue and the reasons its queries can give, which include
// the language codes callers ask for; past this many nodes it starts over rather than grow.
const MAX_RESULT_NODES = 50_000;

/** The JSON writers of one catalogue's answers. */
export interface CatalogueJson {
  /**
   * A page of services, compact (names in `language`) or whole (as the catalogue has them, in both
   * languages); `kept` as in {@link JsonBytes.done}.
   */
  serviceList(
    page: { total: number; page: number; perPage: number },
    items: readonly Service[],
    view: 'compact' | 'full',
    language: AnswerLanguage,
    kept?: boolean,
  ): Buffer;
  /** `{ service, provider }` of one service. */
  serviceDetail(service: Service): Buffer;
  /**
   * A match answer: compact results, their names, reasons and notices in `language`, with whole
   * records (in both languages) as `expand` asks.
   */
  matchAnswer(
    answer: Pick<MatchAnswer, 'results' | 'notices' | 'eligibleCount'>,
    expand: readonly MatchExpansion[] | undefined,
    language: AnswerLanguage,
  ): Buffer;
}

/** The JSON writers for a catalogue; their fragments live as long as its records. */
export function catalogueJson(catalogue: Catalogue): CatalogueJson {
  const providerOf = (service: Service): Provider => catalogue.provider(service.providerId)!;
  const summary = (service: Service, language: AnswerLanguage) => ({
    ...service,
    serviceId: service.id,
    name: inLanguage(service.name, language),
    providerName: inLanguage(providerOf(service).name, language),
    contact: service.contact.howTo
      ? { ...service.contact, howTo: inLanguage(service.contact.howTo, language) }
      : service.contact,
  });
  const fullService = fragments((s: Service) => jsonFragment(encoded(ServiceOut, s)));
  const fullProvider = fragments((p: Provider) => jsonFragment(encoded(ProviderOut, p)));
  const listItem = fragmentForms((s: Service, language) =>
    jsonFragment(encoded(ServiceSummaryOut, summary(s, LANGUAGES[language]))),
  );
  // The card's members without the braces: form = language × 4 + locality.
  const card = fragmentForms((s: Service, form) => {
    const locality = LOCALITIES[form % LOCALITIES.length];
    const language = LANGUAGES[Math.floor(form / LOCALITIES.length)];
    return jsonFragment(
      encoded(MatchResultCard, {
        ...summary(s, language),
        locality,
        // The same for every query (see MatchResult), so they belong to the service's fragment.
        fit: ageFit(s),
        forParent: isForParent(s),
      }).slice(1, -1),
    );
  });
  // A reason or notice: form = language × 2, plus 1 for the form with a comma before it.
  const explanation = fragmentForms((r: Explanation, form) => {
    const text = inLanguage(r.text, LANGUAGES[form >> 1]);
    return jsonFragment(`${form & 1 ? ',' : ''}${encoded(MatchReasonOut, { code: r.code, text })}`);
  });
  const explanations = (body: JsonBytes, list: readonly Explanation[], language: number) => {
    for (let i = 0; i < list.length; i++) {
      body.bytes(explanation(list[i]!, language * 2 + (i === 0 ? 0 : 1)));
    }
    return body;
  };
  let resultRoots = new WeakMap<Service, (ResultRoot | undefined)[]>();
  let resultNodes = 0;
  const node = (): ResultNode => {
    resultNodes++;
    return { next: new Map(), bytes: undefined };
  };
  /**
   * A compact result after its rank (card, reasons, closing brace), or `undefined` when one of its
   * reasons is not shared (a count of places left, made per answer), which is not kept.
   */
  const resultTail = (
    service: Service,
    form: number,
    reasons: readonly Explanation[],
    language: number,
  ): Buffer | undefined => {
    if (resultNodes >= MAX_RESULT_NODES) {
      resultRoots = new WeakMap();
      resultNodes = 0;
    }
    let forms = resultRoots.get(service);
    if (forms === undefined) resultRoots.set(service, (forms = []));
    const root = (forms[form] ??= { ...node(), last: [], lastBytes: undefined });
    if (root.lastBytes !== undefined && sameReasons(root.last, reasons)) return root.lastBytes;
    let at: ResultNode = root;
    for (const reason of reasons) {
      let next = at.next.get(reason);
      if (next === undefined) {
        if (!Object.isFrozen(reason)) return undefined;
        at.next.set(reason, (next = node()));
      }
      at = next;
    }
    at.bytes ??= explanations(
      new JsonBytes().bytes(card(service, form)).bytes(REASONS_OPEN),
      reasons,
      language,
    )
      .bytes(RESULT_CLOSE)
      .done(true);
    // Every reason on the way is frozen (checked as the tree grew), so the list can be kept as is.
    root.last = [...reasons];
    root.lastBytes = at.bytes;
    return at.bytes;
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
    serviceList({ total, page, perPage }, items, view, language, kept = false) {
      const body = new JsonBytes().ascii(
        `{"total":${total},"page":${page},"perPage":${perPage},"items":[`,
      );
      const form = languageNumber(language);
      items.forEach((s, i) => {
        if (i > 0) body.ascii(',');
        body.bytes(view === 'full' ? fullService(s) : listItem(s, form));
      });
      return body.ascii(']}').done(kept);
    },

    serviceDetail: detail,

    matchAnswer(answer, expand, answerLanguage) {
      const withService = expand?.includes('service') ?? false;
      const withProvider = expand?.includes('provider') ?? false;
      const language = languageNumber(answerLanguage);
      const body = new JsonBytes().ascii('{"results":[');
      const compact = !withService && !withProvider;
      answer.results.forEach((r, i) => {
        const form = language * LOCALITIES.length + localityNumber[r.locality];
        body.bytes(rankOpen(r.rank, i === 0));
        const tail = compact && !r.availability && resultTail(r.service, form, r.reasons, language);
        if (tail) {
          body.bytes(tail);
          return;
        }
        body.bytes(card(r.service, form));
        if (r.availability) {
          const { nextStart, placesLeft } = r.availability;
          body.ascii(',"availability":{');
          if (nextStart !== undefined)
            body.bytes(jsonFragment(`"nextStart":${JSON.stringify(nextStart)},`));
          body.ascii(`"placesLeft":${placesLeft}}`);
        }
        explanations(body.bytes(REASONS_OPEN), r.reasons, language);
        if (compact) {
          body.bytes(RESULT_CLOSE);
          return;
        }
        body.ascii(']');
        if (withService) body.ascii(',"service":').bytes(fullService(r.service));
        if (withProvider) body.ascii(',"provider":').bytes(fullProvider(r.provider));
        body.ascii('}');
      });
      explanations(body.ascii('],"notices":['), answer.notices, language).ascii(']');
      return body.ascii(`,"eligibleCount":${answer.eligibleCount}}`).done();
    },
  };
}
