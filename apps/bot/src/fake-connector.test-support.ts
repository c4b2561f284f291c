// A fake Bot Connector for the proactive-message tests: a real HTTP server on a local port that
// records the REST calls botbuilder's CloudAdapter makes (`POST /v3/conversations/{id}/activities`).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the connector received. */
export interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly body: { type?: string; text?: string; conversation?: { id?: string } };
}

/** A Bot Connector that records every call and answers with `answer(code)` (200 by default). */
export async function fakeConnector() {
  const calls: Recorded[] = [];
  let status = 200;
  const server: Server = createServer((request: IncomingMessage, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      calls.push({
        method: request.method ?? '',
        url: request.url ?? '',
        body: raw ? JSON.parse(raw) : {},
      });
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(
        status < 300
          ? JSON.stringify({ id: `activity-${calls.length}` })
          : '{"error":{"code":"ServiceError"}}',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    answer(code: number) {
      status = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
