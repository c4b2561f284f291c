import type { FastifyReply } from 'fastify';

/**
 * How long a client or a shared cache may keep a catalogue read (`/v1/services`, districts, needs,
 * and the HSDS endpoints). The catalogue is public (the HSDS reference asks for open reads) and
 * changes only with a new release of the app, so a read may be kept for five minutes; every other
 * answer of the API is `no-store` (security-headers.ts). A match is a POST about one child and is
 * never cached.
 */
export const PUBLIC_CATALOGUE = 'public, max-age=300';

/** Marks a catalogue read as cacheable (only a successful one: problems stay `no-store`). */
export function cacheable(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', PUBLIC_CATALOGUE);
}
