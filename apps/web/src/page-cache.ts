/*
 * Rendered public pages, kept for as long as the API answers they were made from (a few seconds):
 * the same filter asked by many visitors is rendered once. Bounded, oldest out first. A cache only:
 * every instance may hold its own, and a restart loses nothing.
 */

interface Entry {
  readonly body: Promise<Buffer>;
  readonly until: number;
}

/** A bounded cache of rendered pages with a time to live. */
export class PageCache {
  readonly #entries = new Map<string, Entry>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxEntries = 500,
  ) {}

  /**
   * The page for `key`: kept, or made by `render` (a failed render is not kept). Kept as encoded
   * bytes, so that a kept page is sent without encoding it again.
   */
  get(key: string, render: () => Promise<string>): Promise<Buffer> {
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.until > now) return hit.body;
    const body = render().then((text) => Buffer.from(text, 'utf8'));
    this.#entries.delete(key);
    this.#entries.set(key, { body, until: now + this.maxAgeMs });
    body.catch(() => this.#entries.delete(key));
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return body;
  }
}
