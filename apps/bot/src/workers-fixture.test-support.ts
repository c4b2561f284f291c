// A tiny server run by workers.test.ts through runInWorkers: answers with its process id, and
// exits when asked to (to show that a worker that dies is replaced), or fails before it listens.
import { createServer } from 'node:http';
import { runInWorkers } from './workers.js';

await runInWorkers({
  count: Number(process.env.WORKERS ?? 2),
  log: (message) => console.log(`primary: ${message}`),
  async start() {
    // As a bot process that cannot start (a bad setting, no database) would.
    if (process.env.FAIL_TO_START) process.exit(7);
    const server = createServer((request, response) => {
      response.setHeader('connection', 'close');
      response.end(String(process.pid));
      if (request.url === '/die') setTimeout(() => process.exit(3), 10);
    });
    server.listen(Number(process.env.PORT), '127.0.0.1', () =>
      console.log(`listening ${process.pid}`),
    );
    process.once('SIGTERM', () => server.close(() => process.exit(0)));
  },
});
