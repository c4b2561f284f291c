import { err, ok, toInputIssues, type Result } from '@lotsen/domain';
import { ReferralError } from './errors.js';
import { ReferralEventSchema, type ReferralEvent } from './events.js';

// The parser lives apart from the schemas in events.ts: errors.ts reads events.ts's types (the
// events an error lists as allowed), so events.ts must not import the error back.

/**
 * Parses an untrusted event body (from the HTTP API or the bot); never throws. The error's `issues`
 * give the path of every invalid field.
 *
 * @example
 * ```ts
 * const parsed = parseReferralEvent(request.body);
 * if (!parsed.ok) return reply.code(400).send({ code: parsed.error.code, issues: parsed.error.issues });
 * ```
 */
export function parseReferralEvent(input: unknown): Result<ReferralEvent, ReferralError> {
  const result = ReferralEventSchema.safeParse(input);
  if (result.success) return ok(result.data);
  const issues = toInputIssues(result.error);
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return err(
    new ReferralError(
      'INVALID_EVENT',
      `Invalid referral event: ${summary}`,
      { issues },
      {
        cause: result.error,
      },
    ),
  );
}
