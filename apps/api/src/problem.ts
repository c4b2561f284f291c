import type { InputIssue } from '@lotsen/domain';
import { isCatalogueError, type CatalogueErrorCode } from '@lotsen/catalogue';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** An RFC 9457 problem details body, with the field paths of invalid input. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ in: z.string().optional(), path: z.string(), message: z.string() }))
      .optional(),
  })
  .meta({ id: 'Problem' });
/** An RFC 9457 problem details body. */
export type Problem = z.infer<typeof ProblemSchema>;

const PROBLEM_BASE = 'https://lotsen.stockholm/problems/';

/**
 * The one place where package error codes become HTTP statuses. A code missing here fails the
 * type check, so a new code cannot silently turn into a 500.
 */
const CATALOGUE_STATUS: Record<CatalogueErrorCode, { status: number; title: string }> = {
  INVALID_QUERY: { status: 400, title: 'Invalid request' },
  INVALID_DATA: { status: 400, title: 'Invalid data' },
  DUPLICATE_ID: { status: 409, title: 'Duplicate id' },
  UNKNOWN_REFERENCE: { status: 400, title: 'Unknown reference' },
  NOT_FOUND: { status: 404, title: 'Not found' },
};

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Omit<Problem, 'instance'>,
): FastifyReply {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ ...problem, instance: request.url.split('?')[0] });
}

/** Answers 404 for an unknown record, in the same shape as every other error. */
export function notFound(
  reply: FastifyReply,
  request: FastifyRequest,
  detail: string,
): FastifyReply {
  return send(reply, request, {
    type: `${PROBLEM_BASE}not-found`,
    title: 'Not found',
    status: 404,
    detail,
  });
}

/** Sends a package error (a `CatalogueError`) as problem details. */
export function sendPackageError(
  reply: FastifyReply,
  request: FastifyRequest,
  error: unknown,
): FastifyReply {
  if (isCatalogueError(error)) {
    const { status, title } = CATALOGUE_STATUS[error.code];
    return send(reply, request, {
      type: `${PROBLEM_BASE}${error.code.toLowerCase().replaceAll('_', '-')}`,
      title,
      status,
      detail: error.message,
      errors: error.issues.map((i: InputIssue) => ({ path: i.path, message: i.message })),
    });
  }
  throw error;
}

/** fastify's error handler: schema validation, package errors, body limits, and the rest as 500. */
export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    return send(reply, request, {
      type: `${PROBLEM_BASE}invalid-request`,
      title: 'Invalid request',
      status: 400,
      detail: 'The request does not match the schema; see errors for each field.',
      errors: error.validation.map((v) => ({
        in: error.validationContext ?? 'body',
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: v.message ?? 'Invalid value',
      })),
    });
  }
  if (isCatalogueError(error)) return sendPackageError(reply, request, error);
  const status =
    typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
      ? error.statusCode
      : 500;
  if (status === 500) request.log.error({ err: error }, 'unhandled error');
  return send(reply, request, {
    type:
      status === 500
        ? 'about:blank'
        : `${PROBLEM_BASE}${(error.code ?? 'bad-request').toLowerCase().replaceAll('_', '-')}`,
    title: status === 500 ? 'Internal Server Error' : error.message || 'Bad request',
    status,
    // A 500 says nothing about internals; a 4xx from fastify (body too large, bad JSON) is safe to show.
    ...(status === 500 ? {} : { detail: error.message }),
  });
}
