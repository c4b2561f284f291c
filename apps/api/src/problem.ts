import { isCatalogueError, type CatalogueErrorCode } from '@lotsen/catalogue';
import {
  isDomainError,
  toInputIssues,
  type DomainErrorCode,
  type InputIssue,
} from '@lotsen/domain';
import { isFormationError, type FormationErrorCode } from '@lotsen/formation';
import { isOutcomesError, type OutcomesErrorCode } from '@lotsen/outcomes';
import type { Result } from '@lotsen/domain';
import { isReferralError, type ReferralErrorCode } from '@lotsen/referral';
import { isReportsError, type ReportsErrorCode } from '@lotsen/reports';
import { isStorageError, type StorageErrorCode } from '@lotsen/storage';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { asciiJson } from './ascii-json.js';

/** An RFC 9457 problem details body, with the field paths of invalid input. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    /** The package error code behind the problem (`EVENT_NOT_ALLOWED`, `CONFLICT`, ...). */
    code: z.string().optional(),
    errors: z
      .array(z.object({ in: z.string().optional(), path: z.string(), message: z.string() }))
      .optional(),
    /** For a referral event the referral does not accept now: the events it does accept. */
    allowedEvents: z.array(z.string()).optional(),
    /** For a stale version: the version the record is at now, to re-read and decide again. */
    currentVersion: z.number().int().optional(),
  })
  .meta({ id: 'Problem' });
/** An RFC 9457 problem details body. */
export type Problem = z.infer<typeof ProblemSchema>;

const PROBLEM_BASE = 'https://lotsen.stockholm/problems/';

/**
 * A request this API refuses by a rule of its own, where no package error applies: a reference to
 * a service or cohort that does not exist, a cohort that takes no offers, the leader rule. Thrown,
 * or returned in a `Result` and passed to {@link unwrap}, like the packages' errors: every failure
 * is answered by {@link errorHandler}, the same way.
 */
export class RequestRefused extends Error {
  override readonly name = 'RequestRefused';
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 422,
    readonly code: string,
    message: string,
    readonly issues: readonly InputIssue[] = [],
  ) {
    super(message);
  }
}

const REFUSAL_TITLES: Record<RequestRefused['status'], string> = {
  400: 'Invalid request',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  422: 'Refused by the rules',
};

interface StatusEntry {
  readonly status: number;
  readonly title: string;
}

/*
 * The one place where package error codes become HTTP statuses, one table per package error type.
 * A code missing here fails the type check, so a new code cannot silently turn into a 500.
 * Input a caller can fix is 400; a well-formed request the rules refuse is 409 (state) or 422
 * (content); a fault on our side (corrupt stored data, configuration, database) is 5xx.
 */
const DOMAIN_STATUS: Record<DomainErrorCode, StatusEntry> = {
  INVALID_INPUT: { status: 400, title: 'Invalid request' },
  PERSONAL_DATA_REFUSED: { status: 400, title: 'Personal data refused' },
  UNKNOWN_REFERENCE: { status: 400, title: 'Unknown reference' },
};

const CATALOGUE_STATUS: Record<CatalogueErrorCode, StatusEntry> = {
  INVALID_QUERY: { status: 400, title: 'Invalid request' },
  INVALID_DATA: { status: 400, title: 'Invalid data' },
  DUPLICATE_ID: { status: 409, title: 'Duplicate id' },
  UNKNOWN_REFERENCE: { status: 400, title: 'Unknown reference' },
  NOT_FOUND: { status: 404, title: 'Not found' },
};

const STORAGE_STATUS: Record<StorageErrorCode, StatusEntry> = {
  INVALID_INPUT: { status: 400, title: 'Invalid request' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  CONFLICT: { status: 409, title: 'Conflict' },
  NO_SEATS: { status: 409, title: 'No seats left' },
  UNAVAILABLE: { status: 503, title: 'Database unavailable' },
  MIGRATION_FAILED: { status: 503, title: 'Database schema not current' },
  // As the IETF draft on the Idempotency-Key header asks for a key reused with another payload.
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'Idempotency key reused' },
};

const REFERRAL_STATUS: Record<ReferralErrorCode, StatusEntry> = {
  INVALID_EVENT: { status: 400, title: 'Invalid event' },
  INVALID_INPUT: { status: 400, title: 'Invalid referral' },
  // The stored snapshot no longer restores: our data is broken, not the caller's request.
  INVALID_SNAPSHOT: { status: 500, title: 'Internal Server Error' },
  EVENT_NOT_ALLOWED: { status: 409, title: 'Event not allowed now' },
  REFERRAL_CLOSED: { status: 409, title: 'Referral closed' },
};

const OUTCOMES_STATUS: Record<OutcomesErrorCode, StatusEntry> = {
  INVALID_INPUT: { status: 400, title: 'Invalid request' },
  WRONG_ITEM_COUNT: { status: 400, title: 'Wrong number of items' },
  MISSING_ITEM: { status: 400, title: 'Missing item' },
  OUT_OF_RANGE: { status: 400, title: 'Value out of range' },
  NOT_ON_SCALE: { status: 400, title: 'Value not on the scale' },
  UNKNOWN_FORM: { status: 400, title: 'Unknown form' },
  NOT_SCORABLE: { status: 422, title: 'Form is recorded but not scored' },
  AGE_NOT_ELIGIBLE: { status: 422, title: 'Form not for this age' },
  NO_THRESHOLD: { status: 422, title: 'No reliable-change threshold' },
  MISSING_NORM: { status: 422, title: 'Missing norm' },
  // Options are set by this server, never by the caller.
  INVALID_CONFIG: { status: 500, title: 'Internal Server Error' },
};

const FORMATION_STATUS: Record<FormationErrorCode, StatusEntry> = {
  INVALID_INPUT: { status: 400, title: 'Invalid request' },
  DUPLICATE_ID: { status: 409, title: 'Duplicate id' },
  UNKNOWN_REFERENCE: { status: 400, title: 'Unknown reference' },
};

const REPORTS_STATUS: Record<ReportsErrorCode, StatusEntry> = {
  INVALID_INPUT: { status: 400, title: 'Invalid request' },
  // The rows come from our own storage: a malformed one is broken data on our side.
  INVALID_ROW: { status: 500, title: 'Internal Server Error' },
};

function typeOf(code: string): string {
  return `${PROBLEM_BASE}${code.toLowerCase().replaceAll('_', '-')}`;
}

function issuesOf(issues: readonly InputIssue[]): Problem['errors'] {
  return issues.length > 0 ? issues.map((i) => ({ path: i.path, message: i.message })) : undefined;
}

/** The entry of a known package error, or `undefined` for anything else. */
function entryOf(error: unknown): (StatusEntry & { code: string }) | undefined {
  if (error instanceof RequestRefused) {
    return { status: error.status, title: REFUSAL_TITLES[error.status], code: error.code };
  }
  if (isReferralError(error)) return { ...REFERRAL_STATUS[error.code], code: error.code };
  if (isStorageError(error)) return { ...STORAGE_STATUS[error.code], code: error.code };
  if (isOutcomesError(error)) return { ...OUTCOMES_STATUS[error.code], code: error.code };
  if (isFormationError(error)) return { ...FORMATION_STATUS[error.code], code: error.code };
  if (isReportsError(error)) return { ...REPORTS_STATUS[error.code], code: error.code };
  if (isCatalogueError(error)) return { ...CATALOGUE_STATUS[error.code], code: error.code };
  if (isDomainError(error)) return { ...DOMAIN_STATUS[error.code], code: error.code };
  return undefined;
}

/** True for an error of one of Lotsen's packages, which {@link problemFor} can answer. */
export function isPackageError(error: unknown): boolean {
  return entryOf(error) !== undefined;
}

/**
 * The problem details for a package error, or `undefined` for anything else. A 5xx says nothing
 * about internals; a 4xx carries the package's message, its field paths and the extension members
 * a client acts on (`allowedEvents`, `currentVersion`).
 */
export function problemFor(error: unknown): Omit<Problem, 'instance'> | undefined {
  const entry = entryOf(error);
  if (!entry) return undefined;
  const { status, title, code } = entry;
  if (status >= 500) return { type: 'about:blank', title, status };
  const problem: Omit<Problem, 'instance'> = {
    type: typeOf(code),
    title,
    status,
    code,
    detail: (error as Error).message,
  };
  if (isReferralError(error)) {
    const errors = issuesOf(error.issues);
    return {
      ...problem,
      ...(errors ? { errors } : {}),
      ...(code === 'EVENT_NOT_ALLOWED' || code === 'REFERRAL_CLOSED'
        ? { allowedEvents: [...error.allowedEvents] }
        : {}),
    };
  }
  if (isStorageError(error)) {
    const errors = issuesOf(error.issues);
    const actual = error.details.actualVersion;
    // Only the version is passed on: other details can hold database text with stored values.
    return {
      ...problem,
      ...(errors ? { errors } : {}),
      ...(typeof actual === 'number' ? { currentVersion: actual } : {}),
    };
  }
  const issues =
    error instanceof RequestRefused ||
    isOutcomesError(error) ||
    isFormationError(error) ||
    isReportsError(error) ||
    isCatalogueError(error) ||
    isDomainError(error)
      ? error.issues
      : [];
  const errors = issuesOf(issues);
  return { ...problem, ...(errors ? { errors } : {}) };
}

/** The media type of every error answer (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * A problem details body as it is sent: JSON in ASCII (ascii-json.ts), with `instance` when there
 * is one.
 */
export function problemJson(problem: Omit<Problem, 'instance'>, instance?: string): string {
  return asciiJson(JSON.stringify(instance === undefined ? problem : { ...problem, instance }));
}

/**
 * Sends problem details; `instance` is the path without the query string, unless `withInstance`
 * is false (for a request whose path is itself what is wrong: it is not echoed).
 */
export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Omit<Problem, 'instance'>,
  withInstance = true,
): FastifyReply {
  // Written here, whether or not the route's schema lists the status.
  return reply
    .code(problem.status)
    .type(PROBLEM_MEDIA_TYPE)
    .send(problemJson(problem, withInstance ? request.url.split('?')[0] : undefined));
}

/** Answers with problem details of one kind: `reply`, `request` and what happened, in words. */
export type ProblemAnswer = (
  reply: FastifyReply,
  request: FastifyRequest,
  detail: string,
) => FastifyReply;

/** The answer of a problem whose type, title and status are always the same; only `detail` varies. */
function problemAnswer(slug: string, title: string, status: number): ProblemAnswer {
  const type = `${PROBLEM_BASE}${slug}`;
  return (reply, request, detail) => sendProblem(reply, request, { type, title, status, detail });
}

/** Answers 404 for an unknown record, or one outside the caller's scope (existence does not leak). */
export const notFound: ProblemAnswer = problemAnswer('not-found', 'Not found', 404);

/** Answers 403: the caller is known, but may not do this. */
export const forbidden: ProblemAnswer = problemAnswer('forbidden', 'Forbidden', 403);

/**
 * Answers 401: no credentials, or refused ones (why, in words that give nothing away). Sent through
 * auth.ts's `refuseUnauthenticated`, which adds the `WWW-Authenticate` challenge.
 */
export const unauthenticated: ProblemAnswer = problemAnswer('unauthenticated', 'Unauthorized', 401);

/**
 * Answers 429: an anonymous caller is over its limit. `Retry-After` says when the window ends.
 */
export function tooManyRequests(
  reply: FastifyReply,
  request: FastifyRequest,
  retryAfterSeconds: number,
  max: number,
  windowSeconds: number,
): FastifyReply {
  void reply.header('retry-after', String(retryAfterSeconds));
  return sendProblem(reply, request, {
    type: `${PROBLEM_BASE}too-many-requests`,
    title: 'Too Many Requests',
    status: 429,
    detail: `At most ${max} requests per ${windowSeconds} seconds without signing in; retry in ${retryAfterSeconds} seconds.`,
  });
}

/**
 * The value of a successful result; the error of a failed one is thrown, and {@link errorHandler}
 * answers it with the status this file's tables give its code. Routes refuse this way (and throw a
 * {@link RequestRefused} for a rule of their own), so every failure reaches the client by one path
 * and a route reads as its successful steps.
 *
 * @example
 * ```ts
 * const cohort = unwrap(await db.cohorts.get(id)); // NOT_FOUND answers 404
 * return reply.header('etag', etagOf(cohort.version)).send(cohort);
 * ```
 */
export function unwrap<T>(result: Result<T, unknown>): T {
  if (result.ok) return result.value;
  throw result.error;
}

/**
 * Sends a package error (catalogue, storage, referral, outcomes, formation or domain) as problem
 * details. Anything else is rethrown for {@link errorHandler}.
 */
function sendPackageError(
  reply: FastifyReply,
  request: FastifyRequest,
  error: unknown,
): FastifyReply {
  const problem = problemFor(error);
  if (!problem) throw error;
  // An unreachable database is logged once per outage, when it starts and ends (logging.ts).
  const unreachable = isStorageError(error) && error.code === 'UNAVAILABLE';
  if (problem.status >= 500 && !unreachable) logFault(request, error);
  return sendProblem(reply, request, problem);
}

/**
 * Logs a server fault by its name, code and stack frames only: messages of database errors can
 * quote stored values, and stored values include children's data.
 */
function logFault(request: FastifyRequest, error: unknown): void {
  const e = error instanceof Error ? error : new Error('non-error thrown');
  const frames = (e.stack ?? '').split('\n').slice(1).join('\n');
  const code = (e as { code?: unknown }).code;
  request.log.error(
    { fault: { type: e.name, ...(typeof code === 'string' ? { code } : {}), frames } },
    'request failed',
  );
}

/** fastify's error handler: schema validation, package errors, body limits, and the rest as 500. */
export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'body';
    return sendProblem(reply, request, {
      type: `${PROBLEM_BASE}invalid-request`,
      title: 'Invalid request',
      status: 400,
      detail: 'The request does not match the schema; see errors for each field.',
      // Back to zod's issues, so that each unknown field is named at its own path (toInputIssues).
      errors: toInputIssues({
        issues: error.validation.map((v) => ({
          ...v.params,
          code: v.keyword,
          path: v.instancePath.split('/').filter(Boolean),
          message: v.message ?? 'Invalid value',
        })),
      }).map((issue) => ({ in: part, ...issue })),
    });
  }
  if (isPackageError(error)) return sendPackageError(reply, request, error);
  const status =
    typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
      ? error.statusCode
      : 500;
  if (status === 500) logFault(request, error);
  return sendProblem(reply, request, {
    type: status === 500 ? 'about:blank' : typeOf(error.code ?? 'bad-request'),
    title: status === 500 ? 'Internal Server Error' : error.message || 'Bad request',
    status,
    // A 500 says nothing about internals; a 4xx from fastify (body too large, bad JSON) is safe to show.
    ...(status === 500 ? {} : { detail: error.message }),
  });
}
