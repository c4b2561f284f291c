// The bot server for the benchmark, in its own process(es) so the load generator does not share its
// event loop. Prints "listening <port>" when ready; stops on SIGTERM. BENCH_WORKERS > 1 runs that
// many processes over PostgreSQL, as `BOT_WORKERS` does for the real bot.
import { openDatabase } from '@lotsen/storage';
import { buildBotApp } from '../src/app.js';
import { runInWorkers } from '../src/workers.js';

const port = Number(process.env.BENCH_PORT ?? 0);

await runInWorkers({
  count: Number(process.env.BENCH_WORKERS ?? 1),
  async start() {
    const db = await openDatabase(
      process.env.BENCH_DATABASE_URL
        ? {
            url: process.env.BENCH_DATABASE_URL,
            schema: process.env.BENCH_SCHEMA,
            maxConnections: 10,
          }
        : { dataDir: 'memory://' },
    );
    const app = await buildBotApp({ db });
    await app.listen({ port, host: '127.0.0.1' });
    console.log(`listening ${(app.server.address() as { port: number }).port}`);
    process.once('SIGTERM', () => {
      void app
        .close()
        .then(() => db.close())
        .then(() => process.exit(0));
    });
  },
});
