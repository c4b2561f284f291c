import { createHash } from 'node:crypto';

/**
 * The namespace of every HSDS id Lotsen derives: the RFC 4122 version 5 UUID of the URL
 * `https://github.com/lotsen/lotsen#hsds` in the URL namespace. Fixed forever: changing it would give
 * every published record a new id.
 */
export const LOTSEN_HSDS_NAMESPACE = '1999f6f3-04a2-5d1e-a4a4-4c5a054ac248';

/** The HSDS objects that a caller (such as the HTTP API) may need to name by our slug id. */
export type HsdsIdKind = 'organization' | 'service' | 'taxonomy_term';

/**
 * A name-based (version 5) UUID, as in RFC 4122 §4.3: SHA-1 of the namespace's 16 bytes followed by
 * the UTF-8 name, with the version and variant bits set.
 */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new RangeError(`Not a UUID: "${namespace}"`);
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The id of any HSDS object we write, from the parts of its name (`uuidFor('service', 'mini-maria')`
 * names `service:mini-maria`). The same record always gets the same id, so exports are stable and
 * links between documents survive a re-export. The names are listed in `docs/hsds-profile.md`.
 */
export function uuidFor(...parts: readonly string[]): string {
  return uuidV5(parts.join(':'), LOTSEN_HSDS_NAMESPACE);
}

/** The name of the taxonomy our needs are published as. */
export const NEEDS_TAXONOMY = 'lotsen-needs';

/**
 * The HSDS id of a provider (`organization`), a service (`service`) or a need (`taxonomy_term`) of the
 * Lotsen catalogue, from its slug id. Use it to answer HSDS API filters such as `organization_id` or
 * `taxonomy_term_id`.
 *
 * @example
 * ```ts
 * hsdsId('service', 'mini-maria'); // a fixed UUID, the `id` of that service in every export
 * ```
 */
export function hsdsId(kind: HsdsIdKind, slug: string): string {
  return kind === 'taxonomy_term'
    ? uuidFor('taxonomy_term', NEEDS_TAXONOMY, slug)
    : uuidFor(kind, slug);
}
