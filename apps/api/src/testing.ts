// The API's entry for other workspace projects' tests and benchmarks (`@lotsen/api/testing`): the
// app itself, to serve a test in-process, and the database-outage support (a throwaway PostgreSQL
// cluster, servers as child processes, concurrent writers), which the bot's outage test and soak
// reuse. Nothing here ships: the API is run, not imported.
export { buildApp } from './app.js';
export type { AppOptions } from './app.js';
export * from './postgres-outage.test-support.js';
