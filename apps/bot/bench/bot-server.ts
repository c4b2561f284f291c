// The bot server for the benchmark, in its own process so the load generator does not share its
// event loop. Prints "listening <port>" when ready; stops on SIGTERM.
import { openDatabase } from '@lotsen/storage';
import { buildBotApp } from '../src/app.js';

const db = await openDatabase(
  process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL, schema: process.env.BENCH_SCHEMA, maxConnections: 10 }
    : { dataDir: 'memory://' },
);
const app = await buildBotApp({ db });
await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening ${(app.server.address() as { port: number }).port}`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => db.close())
    .then(() => process.exit(0));
});
