import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

/** The API as the web app calls it: every path, parameter and answer typed from its OpenAPI document. */
export type ApiClient = Client<paths>;

/** Options of {@link createApiClient}. */
export interface ApiClientOptions {
  /** Where the API answers, e.g. `http://127.0.0.1:3000`. */
  readonly baseUrl: string;
  /** A fetch of your own (tests, or an agent with keep-alive); the global fetch by default. */
  readonly fetch?: typeof fetch;
}

/** A client of the Lotsen API, typed from `schema.ts` (generated from the API's served document). */
export function createApiClient(options: ApiClientOptions): ApiClient {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
}
