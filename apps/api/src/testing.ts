// The API's entry for other workspace projects' tests and benchmarks (`@lotsen/api/testing`): the
// app itself, to serve a test in-process, and the API under a database outage (the API as a child
// process, concurrent referral writers, the check that every acknowledged write is stored), which
// the bot's soak reuses; the cluster and the processes are @lotsen/test-support/servers'. Nothing
// here ships: the API is run, not imported.
export { buildApp } from './app.js';
export type { AppOptions } from './app.js';
export * from './postgres-outage.test-support.js';
