import type { Database } from '@lotsen/storage';
import type { FastifyBaseLogger, FastifyError, FastifyServerOptions } from 'fastify';

/** Where log lines go: anything with `write`, e.g. a file stream, or a collector in tests. */
export interface LogDestination {
  write(line: string): void;
}

interface LoggedRequest {
  readonly method: string;
  readonly routeOptions?: { readonly url?: string | undefined };
}

/**
 * The logger configuration, for `server.ts` and for the test that reads the logs. Requests are
 * logged as their method and route pattern only (`/v1/referrals/:id`): never a body, a query string
 * (a child's age or district can be in one), a header (tokens, API keys) or a concrete path. Errors
 * are logged by their name and code, because the message of a database error can quote stored
 * values. Redaction covers the same fields again in case a plugin logs them under these names.
 */
export function loggerOptions(
  level = 'info',
  destination?: LogDestination,
): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    ...(destination ? { stream: destination } : {}),
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        route: req.routeOptions?.url ?? '(no route)',
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: FastifyError) => ({
        type: typeof err.name === 'string' ? err.name : 'Error',
        message: '(not logged)',
        // The frames without the first line, which repeats the message.
        stack: (err.stack ?? '').split('\n').slice(1).join('\n'),
        ...(typeof err.code === 'string' ? { code: err.code } : {}),
        ...(typeof err.statusCode === 'number' ? { statusCode: err.statusCode } : {}),
      }),
    },
    redact: {
      paths: [
        'headers',
        'body',
        'query',
        'url',
        'req.headers',
        'req.body',
        'req.query',
        'req.url',
        'request.body',
        'request.headers',
        'payload',
      ],
      censor: '[redacted]',
    },
  };
}

/** The message of the line logged when the database stops answering. */
export const DATABASE_UNREACHABLE = 'database unreachable: requests that need it answer 503';
/** The message of the line logged when it answers again. */
export const DATABASE_REACHABLE = 'database reachable again';

/**
 * Logs a database outage as two lines, one when it starts and one when it ends, with the error code
 * and the outage's length. The 503s in between log no fault of their own (problem.ts), so a restart
 * under load is two lines rather than a stack trace per request. Returns the function that stops it.
 */
export function logReachability(
  db: Pick<Database, 'onReachabilityChange'>,
  log: Pick<FastifyBaseLogger, 'info' | 'error'>,
): () => void {
  return db.onReachabilityChange((change) => {
    if (change.reachable) log.info({ unreachableMs: change.unreachableMs }, DATABASE_REACHABLE);
    else log.error({ code: change.code ?? 'unknown' }, DATABASE_UNREACHABLE);
  });
}
