import {
  ReferralStatusSchema,
  err,
  ok,
  toInputIssues,
  type DeclineReason,
  type ReferralStatus,
  type Result,
} from '@lotsen/domain';
import { initialTransition, transition } from 'xstate';
import { z } from 'zod';
import { ReferralContextSchema, parseReferralInput } from './context.js';
import { dateOf } from './eligibility.js';
import { ReferralError } from './errors.js';
import {
  REFERRAL_EVENT_TYPES,
  type ReferralActor,
  type ReferralEvent,
  type ReferralEventType,
  type StaffActor,
} from './events.js';
import { checkReferralInvariants } from './invariants.js';
import {
  referralMachine,
  referralStatusOf,
  type ReferralMachine,
  type ReferralSnapshot,
} from './machine.js';
import { addDays } from './time.js';

const PROBE_ACTOR: StaffActor = { id: 'lotsen-probe', role: 'coordinator' };
const PROBE_REFERRAL_IDS = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
] as const;

/**
 * For each event type, the most permissive valid event of that type at `at`: a type is allowed when
 * some body of it would be accepted, so a cross-district offer stands in for every offer, and so on.
 */
const PROBES: {
  readonly [T in ReferralEventType]: (
    at: string,
    referralId: string,
  ) => Extract<ReferralEvent, { type: T }>;
} = {
  SUBMIT: (at) => ({ type: 'SUBMIT', by: PROBE_ACTOR, at }),
  REQUEST_INFO: (at) => ({ type: 'REQUEST_INFO', by: PROBE_ACTOR, at, missing: ['other'] }),
  PROVIDE_INFO: (at) => ({ type: 'PROVIDE_INFO', by: PROBE_ACTOR, at }),
  ACCEPT: (at) => ({ type: 'ACCEPT', by: PROBE_ACTOR, at }),
  DECLINE: (at) => ({ type: 'DECLINE', by: PROBE_ACTOR, at, reason: 'other' }),
  WAITLIST: (at) => ({
    type: 'WAITLIST',
    by: PROBE_ACTOR,
    at,
    position: 1,
    waitBand: 'undetermined',
    motivatorRole: 'coordinator',
  }),
  WAITLIST_CHECK_IN: (at) => ({ type: 'WAITLIST_CHECK_IN', by: PROBE_ACTOR, at }),
  OFFER: (at) => ({
    type: 'OFFER',
    by: PROBE_ACTOR,
    at,
    cohortId: 'probe',
    startDate: dateOf(addDays(at, 30)),
    replyBy: addDays(at, 7),
    crossDistrict: true,
  }),
  ACCEPT_OFFER: (at) => ({ type: 'ACCEPT_OFFER', by: PROBE_ACTOR, at }),
  DECLINE_OFFER: (at) => ({ type: 'DECLINE_OFFER', by: PROBE_ACTOR, at }),
  RESCIND_OFFER: (at) => ({ type: 'RESCIND_OFFER', by: PROBE_ACTOR, at }),
  OFFER_EXPIRED: (at) => ({ type: 'OFFER_EXPIRED', by: PROBE_ACTOR, at }),
  ENROL: (at) => ({ type: 'ENROL', by: PROBE_ACTOR, at }),
  COMPLETE: (at) => ({ type: 'COMPLETE', by: PROBE_ACTOR, at }),
  DISCONTINUE: (at) => ({ type: 'DISCONTINUE', by: PROBE_ACTOR, at, sessionsReached: 0 }),
  FOLLOW_UP_DUE: (at) => ({ type: 'FOLLOW_UP_DUE', by: PROBE_ACTOR, at }),
  FOLLOW_UP_RECORDED: (at) => ({ type: 'FOLLOW_UP_RECORDED', by: PROBE_ACTOR, at }),
  WITHDRAW: (at) => ({ type: 'WITHDRAW', by: PROBE_ACTOR, at }),
  REFER_ON: (at, referralId) => ({
    type: 'REFER_ON',
    by: PROBE_ACTOR,
    at,
    newReferralId: PROBE_REFERRAL_IDS.find((id) => id !== referralId) ?? PROBE_REFERRAL_IDS[0],
  }),
  EXPIRE: (at) => ({ type: 'EXPIRE', by: PROBE_ACTOR, at }),
  PROTECTION_CONCERN: (at) => ({ type: 'PROTECTION_CONCERN', by: PROBE_ACTOR, at }),
};

/**
 * The event types the referral accepts now, in lifecycle order: what the API returns with a 409.
 * A type is listed when some valid event of it would be accepted at `at` (guards that read the event
 * are given the most permissive body, e.g. a cross-district offer). A final referral accepts none.
 *
 * @param at - when (ISO date-time): time-dependent guards, such as an offer's reply deadline and
 * the child's age, are judged then. Defaults to the current time.
 */
export function allowedEvents(
  snapshot: ReferralSnapshot,
  at: string = new Date().toISOString(),
): ReferralEventType[] {
  if (snapshot.status !== 'active') return [];
  return REFERRAL_EVENT_TYPES.filter((type) =>
    snapshot.can(PROBES[type](at, snapshot.context.referralId)),
  );
}

/**
 * Parses untrusted input and returns the referral's first snapshot with xstate's pure
 * `initialTransition`; never throws. The first snapshot is `draft`, or `declined` (routed to social
 * services) when the referral flags a protection concern or names a protection need.
 *
 * @example
 * ```ts
 * const started = startReferral({ referralId, request, service, createdAt: new Date().toISOString() });
 * if (started.ok) await store.insert(started.value.value, started.value.context);
 * ```
 */
export function startReferral(
  input: unknown,
  machine: ReferralMachine = referralMachine,
): Result<ReferralSnapshot, ReferralError> {
  const parsed = parseReferralInput(input);
  if (!parsed.ok) return parsed;
  const [snapshot] = initialTransition(machine, parsed.value);
  // Only a broken taxonomy or machine option can fail here; report it rather than hide it.
  if (snapshot.status === 'error') {
    return err(
      new ReferralError(
        'INVALID_INPUT',
        'The referral could not be started',
        {},
        {
          cause: snapshot.error,
        },
      ),
    );
  }
  return ok(snapshot);
}

/** One line for the append-only event log: who, role, when, from, to, reason. */
export interface ReferralAuditEntry {
  readonly referralId: string;
  readonly event: ReferralEventType;
  readonly by: ReferralActor;
  readonly at: string;
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
  /** Set when the referral was declined by this event. */
  readonly reason?: DeclineReason;
  /** Set when the referral was routed to social services by this event. */
  readonly routeTo?: 'social_services';
}

/** A transition that happened: the next snapshot and its audit entry. */
export interface ReferralTransition {
  readonly snapshot: ReferralSnapshot;
  readonly entry: ReferralAuditEntry;
}

/**
 * Applies an (already parsed) event to a snapshot with xstate's pure `transition`, and says what
 * happened for the audit log. Never throws for an event the referral does not accept: it returns
 * `REFERRAL_CLOSED` or `EVENT_NOT_ALLOWED` with {@link allowedEvents}, for the API's 409.
 *
 * @example
 * ```ts
 * const result = transitionReferral(snapshot, event);
 * if (!result.ok) return reply.code(409).send({ code: result.error.code, allowed: result.error.allowedEvents });
 * await store.save(result.value.snapshot.value, result.value.snapshot.context, result.value.entry);
 * ```
 */
export function transitionReferral(
  snapshot: ReferralSnapshot,
  event: ReferralEvent,
): Result<ReferralTransition, ReferralError> {
  if (snapshot.status === 'error') {
    return err(
      new ReferralError(
        'INVALID_SNAPSHOT',
        'The referral failed to start and accepts no events',
        {},
        {
          cause: snapshot.error,
        },
      ),
    );
  }
  const from = referralStatusOf(snapshot);
  if (snapshot.status !== 'active') {
    return err(
      new ReferralError('REFERRAL_CLOSED', `The referral is ${from} and accepts no events`),
    );
  }
  if (!snapshot.can(event)) {
    const allowed = allowedEvents(snapshot, event.at);
    return err(
      new ReferralError(
        'EVENT_NOT_ALLOWED',
        `A ${from} referral does not accept ${event.type} now; it accepts ${allowed.join(', ') || 'nothing'}`,
        { allowedEvents: allowed },
      ),
    );
  }
  const [next] = transition(snapshot.machine, snapshot, event);
  const to = referralStatusOf(next);
  const declinedNow = to === 'declined' && from !== 'declined';
  const { declineReason, routeTo } = next.context;
  return ok({
    snapshot: next,
    entry: {
      referralId: next.context.referralId,
      event: event.type,
      by: event.by,
      at: event.at,
      from,
      to,
      ...(declinedNow && declineReason !== undefined ? { reason: declineReason } : {}),
      ...(declinedNow && routeTo !== undefined ? { routeTo } : {}),
    },
  });
}

const StoredReferralSchema = z.object({
  value: ReferralStatusSchema,
  context: ReferralContextSchema,
});

/**
 * Rebuilds a snapshot from what storage kept (`snapshot.value` and `snapshot.context`, e.g. read
 * back from a JSON column; other keys are ignored), for the machine it came from. Never throws: a
 * malformed row, or one that breaks {@link checkReferralInvariants}, gives `INVALID_SNAPSHOT`.
 */
export function restoreReferralSnapshot(
  stored: unknown,
  machine: ReferralMachine = referralMachine,
): Result<ReferralSnapshot, ReferralError> {
  const parsed = StoredReferralSchema.safeParse(stored);
  if (!parsed.success) {
    const issues = toInputIssues(parsed.error);
    return err(
      new ReferralError(
        'INVALID_SNAPSHOT',
        'The stored referral is malformed',
        { issues },
        {
          cause: parsed.error,
        },
      ),
    );
  }
  const broken = checkReferralInvariants(parsed.data);
  if (broken.length > 0) {
    return err(
      new ReferralError(
        'INVALID_SNAPSHOT',
        `The stored referral is inconsistent: ${broken.join('; ')}`,
        {
          issues: broken.map((message) => ({ path: '', message })),
        },
      ),
    );
  }
  return ok(machine.resolveState({ value: parsed.data.value, context: parsed.data.context }));
}
