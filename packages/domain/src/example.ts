/*
 * Example data: a made-up term (cohorts, waiting lists, pseudonymous referrals, outcome series) that
 * `npm start` puts in the embedded database so that the pages show something on the first run. Every
 * example record's id starts with the same prefix, so that it can be told from real data, labelled
 * wherever it is shown, and removed with one command without touching anything else.
 */

/** The prefix of every example record's id (cohorts, leaders, referrals). */
export const EXAMPLE_ID_PREFIX = 'exempel-';

/** True when an id belongs to the example data. */
export function isExampleId(id: string): boolean {
  return id.startsWith(EXAMPLE_ID_PREFIX);
}
