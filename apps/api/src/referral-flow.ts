import { randomUUID } from 'node:crypto';
import type { Catalogue } from '@lotsen/catalogue';
import {
  err,
  ok,
  SEAT_STATUSES,
  type InputIssue,
  type ReferralRequest,
  type ReferralStatus,
  type Result,
} from '@lotsen/domain';
import {
  allowedEvents,
  parseReferralEvent,
  referralStatusOf,
  restoreReferralSnapshot,
  startReferral,
  timersFor,
  transitionReferral,
  type ReferralEvent,
  type ReferralSnapshot,
  type StaffActor,
} from '@lotsen/referral';
import {
  StorageError,
  type Database,
  type EventInput,
  type JsonValue,
  type ReferralIdempotency,
  type StoredCohort,
  type StoredReferral,
} from '@lotsen/storage';
import { RequestRefused } from './problem.js';
import { unitOfWork } from './unit-of-work.js';

/*
 * How the referral machine and storage meet. The machine (in @lotsen/referral) decides every change
 * of state; storage keeps its snapshot with a version and logs the change. This module only wires
 * the two together, one transaction per request.
 */

/** A referral event as the API accepts it: the machine's event without `by` and `at`, which the
 * server sets from the token and its clock. */
export type ReferralEventBody = ReferralEvent extends infer E
  ? E extends ReferralEvent
    ? Omit<E, 'by' | 'at'>
    : never
  : never;

/** What storage keeps of a snapshot: its value and context, as plain JSON. */
export function persistedSnapshot(snapshot: ReferralSnapshot): JsonValue {
  return JSON.parse(
    JSON.stringify({ value: snapshot.value, context: snapshot.context }),
  ) as JsonValue;
}

function auditEvent(actor: StaffActor, at: string, reason: string): EventInput {
  return { actorId: actor.id, role: actor.role, at, reason };
}

// The event log records the change of status; the reason keeps which event made it, and why.
function reasonOf(event: ReferralEvent): string {
  switch (event.type) {
    case 'DECLINE':
      return `DECLINE: ${event.reason}`;
    case 'REQUEST_INFO':
      return `REQUEST_INFO: ${event.missing.join(', ')}`;
    case 'OFFER':
      return `OFFER: ${event.cohortId}${event.crossDistrict ? ' (cross-district)' : ''}`;
    default:
      return event.type;
  }
}

/** What a caller sends to create a referral. */
export interface NewReferralInput {
  readonly request: ReferralRequest;
  readonly protectionConcern?: boolean | undefined;
  /** Submit at once (the usual case); `false` keeps it as a draft. */
  readonly submit: boolean;
  /** The hashes of the caller's idempotency key and request, when it sent a key. */
  readonly idempotency?: ReferralIdempotency | undefined;
}

/** A referral as {@link createReferral} left it. */
export interface CreatedReferral {
  readonly referral: StoredReferral;
  /** The idempotency key had been used: this is the referral of its first request. */
  readonly replayed: boolean;
}

/** Checks the references of a request against the catalogue: service, district and needs. */
function checkReferences(catalogue: Catalogue, request: ReferralRequest): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!catalogue.service(request.serviceId))
    issues.push({ path: 'serviceId', message: `Unknown service "${request.serviceId}"` });
  if (!catalogue.district(request.child.districtId))
    issues.push({
      path: 'child.districtId',
      message: `Unknown district "${request.child.districtId}"`,
    });
  request.needs.forEach((need, i) => {
    if (!catalogue.needs.get(need))
      issues.push({ path: `needs.${i}`, message: `Unknown need "${need}"` });
  });
  return issues;
}

/**
 * Starts the machine for a new referral (submitting it unless asked not to) and stores the snapshot
 * with its first event, in one transaction.
 */
export async function createReferral(
  db: Database,
  catalogue: Catalogue,
  input: NewReferralInput,
  actor: StaffActor,
  at: string,
): Promise<Result<CreatedReferral, unknown>> {
  if (input.idempotency) {
    // A retry is answered with what its first request created before anything is checked again:
    // the catalogue may have changed in between (a new release pausing the service), and the
    // retry must not be refused for what was true when the referral was made.
    const replay = await db.referrals.replayOf(input.idempotency, at);
    if (!replay.ok) return replay;
    if (replay.value !== undefined) return ok({ referral: replay.value, replayed: true });
  }
  const issues = checkReferences(catalogue, input.request);
  if (issues.length > 0) {
    return err(
      new RequestRefused(400, 'UNKNOWN_REFERENCE', 'The referral names unknown records', issues),
    );
  }
  const service = catalogue.service(input.request.serviceId)!;
  if (service.status !== 'active') {
    return err(
      new RequestRefused(422, 'SERVICE_NOT_ACTIVE', `${service.id} is ${service.status}`, [
        { path: 'serviceId', message: `The service is ${service.status}` },
      ]),
    );
  }
  const id = randomUUID();
  const started = startReferral({
    referralId: id,
    request: input.request,
    service,
    ...(input.protectionConcern === undefined
      ? {}
      : { protectionConcern: input.protectionConcern }),
    createdAt: at,
  });
  if (!started.ok) return started;
  let snapshot = started.value;
  if (input.submit && referralStatusOf(snapshot) === 'draft') {
    const submitted = transitionReferral(snapshot, { type: 'SUBMIT', by: actor, at });
    if (!submitted.ok) return submitted;
    snapshot = submitted.value.snapshot;
  }
  const status = referralStatusOf(snapshot);
  const { declineReason } = snapshot.context;
  const referral = {
    id,
    request: input.request,
    status,
    snapshot: persistedSnapshot(snapshot),
    ...(status === 'declined' && declineReason !== undefined ? { declineReason } : {}),
    event: auditEvent(actor, at, input.submit ? 'SUBMIT' : 'created as draft'),
  };
  if (input.idempotency) return db.referrals.createOnce(referral, input.idempotency);
  const created = await db.referrals.create(referral);
  return created.ok ? ok({ referral: created.value, replayed: false }) : created;
}

/** What the machine decided for one event, ready to be written. */
export interface ReferralDecision {
  readonly referral: StoredReferral;
  readonly event: ReferralEvent;
  readonly status: ReferralStatus;
  readonly snapshot: ReferralSnapshot;
  /** The version the change applies to. */
  readonly version: number;
}

/**
 * Asks the machine about one event, without writing anything. A stale `expectedVersion` is a
 * conflict before the machine is asked; an event the referral does not accept is the machine's
 * `EVENT_NOT_ALLOWED`, which lists the events it does accept.
 */
export function decideReferralEvent(
  referral: StoredReferral,
  body: ReferralEventBody,
  actor: StaffActor,
  at: string,
  expectedVersion: number | undefined,
): Result<ReferralDecision, unknown> {
  const version = expectedVersion ?? referral.version;
  if (version !== referral.version) {
    return err(
      new StorageError(
        'CONFLICT',
        `Referral ${referral.id} is at version ${referral.version}, not ${version}: it was changed by someone else. Re-read it and decide again.`,
        { details: { expectedVersion: version, actualVersion: referral.version } },
      ),
    );
  }
  const event = parseReferralEvent({ ...body, by: actor, at });
  if (!event.ok) return event;
  const restored = restoreReferralSnapshot(referral.snapshot);
  if (!restored.ok) return restored;
  const next = transitionReferral(restored.value, event.value);
  if (!next.ok) return next;
  const snapshot = next.value.snapshot;
  return ok({
    referral,
    event: event.value,
    status: referralStatusOf(snapshot),
    snapshot,
    version,
  });
}

/**
 * Writes a decision inside a unit of work. An offer holds a seat in the cohort and enrolment takes
 * it: storage checks for a free seat and the cohort's queue under the cohort's row lock, in the
 * same transaction as the write, so concurrent offers never over-book a cohort (a lost race is
 * `NO_SEATS`). Leaving a held seat releases it, so the seats in storage and the statuses from the
 * machine stay in step. Everything else is one conditional update with its event.
 */
export async function writeReferralDecision(
  tx: Database,
  decision: ReferralDecision,
): Promise<Result<StoredReferral, unknown>> {
  const { referral, event, status, snapshot, version } = decision;
  const context = snapshot.context;
  const persisted = persistedSnapshot(snapshot);
  const logged = auditEvent(event.by as StaffActor, event.at, reasonOf(event));
  const declineReason =
    status === 'declined' && context.declineReason !== undefined
      ? { declineReason: context.declineReason }
      : {};
  if (event.type === 'OFFER') {
    return tx.seats.offer({
      referralId: referral.id,
      cohortId: event.cohortId,
      expectedVersion: version,
      replyBy: event.replyBy,
      snapshot: persisted,
      event: logged,
    });
  }
  if (event.type === 'ENROL') {
    // The machine allows ENROL only with an accepted offer, so the offer names the cohort.
    const enrolled = await tx.seats.enrol({
      referralId: referral.id,
      cohortId: context.offer!.cohortId,
      expectedVersion: version,
      waitlistIfFull: false,
      event: logged,
      nextSnapshot: () => persisted,
    });
    return enrolled.ok ? ok(enrolled.value.referral) : enrolled;
  }
  if (referral.cohortId !== undefined && !SEAT_STATUSES.has(status)) {
    const seats = await tx.seats.seats(referral.cohortId);
    if (!seats.ok) return seats;
    if (seats.value.some((s) => s.referralId === referral.id)) {
      const released = await tx.seats.releaseSeat({
        referralId: referral.id,
        cohortId: referral.cohortId,
        toStatus: status as Exclude<ReferralStatus, 'offered' | 'enrolled'>,
        expectedVersion: version,
        snapshot: persisted,
        ...declineReason,
        // The machine decides who is offered a seat next; storage is not to do it behind its back.
        offerNext: false,
        event: logged,
      });
      return released.ok ? ok(released.value.released) : released;
    }
  }
  return tx.referrals.transition(referral.id, version, {
    toStatus: status,
    snapshot: persisted,
    cohortId: context.offer?.cohortId ?? null,
    ...declineReason,
    event: logged,
  });
}

/**
 * Checks that an offer names a cohort that exists, so that a typo is a 400 on the field. Whether
 * the cohort takes children and has a seat left is decided by storage, under the cohort's lock, as
 * the offer is written.
 */
async function checkKnownCohort(
  db: Database,
  cohortId: string,
  path = 'cohortId',
): Promise<Result<StoredCohort, unknown>> {
  const cohort = await db.cohorts.get(cohortId);
  if (!cohort.ok && cohort.error.code === 'NOT_FOUND') {
    return err(
      new RequestRefused(400, 'UNKNOWN_REFERENCE', `No cohort ${cohortId}`, [
        { path, message: `Unknown cohort "${cohortId}"` },
      ]),
    );
  }
  return cohort;
}

/**
 * Applies one event to a stored referral, in one transaction: the machine decides
 * ({@link decideReferralEvent}), storage records ({@link writeReferralDecision}). An offer must name
 * a known cohort; storage refuses one that takes no children (`CONFLICT`) or has no seat left for
 * this child (`NO_SEATS`).
 */
export async function applyReferralEvent(
  db: Database,
  referral: StoredReferral,
  body: ReferralEventBody,
  actor: StaffActor,
  at: string,
  expectedVersion: number | undefined,
): Promise<Result<StoredReferral, unknown>> {
  const decision = decideReferralEvent(referral, body, actor, at, expectedVersion);
  if (!decision.ok) return decision;
  const { event } = decision.value;
  if (event.type === 'OFFER') {
    const cohort = await checkKnownCohort(db, event.cohortId);
    if (!cohort.ok) return cohort;
  }
  return unitOfWork(db, (tx) => writeReferralDecision(tx, decision.value));
}

/** A referral as the API shows it: the request, its state, what it accepts now and its timers. */
export function referralView(referral: StoredReferral, at: string) {
  const restored = restoreReferralSnapshot(referral.snapshot);
  const context = restored.ok ? restored.value.context : undefined;
  return {
    ...referralSummary(referral),
    consent: referral.consent,
    allowedEvents: restored.ok ? allowedEvents(restored.value, at) : [],
    ...(context?.routeTo ? { routeTo: context.routeTo } : {}),
    ...(context?.infoRequest ? { infoRequest: context.infoRequest } : {}),
    ...(context?.waitlist ? { waitlist: context.waitlist } : {}),
    ...(context?.offer ? { offer: context.offer } : {}),
    timers: restored.ok
      ? timersFor(restored.value).map((t) => ({ kind: t.kind, dueAt: t.dueAt }))
      : [],
  };
}

/** The short form of a referral for lists. */
export function referralSummary(referral: StoredReferral) {
  return {
    id: referral.id,
    status: referral.status,
    version: referral.version,
    child: referral.child,
    needs: referral.needs,
    serviceId: referral.serviceId,
    ...(referral.cohortId === undefined ? {} : { cohortId: referral.cohortId }),
    ...(referral.declineReason === undefined ? {} : { declineReason: referral.declineReason }),
    createdAt: referral.createdAt,
    updatedAt: referral.updatedAt,
    ...(referral.submittedAt === undefined ? {} : { submittedAt: referral.submittedAt }),
  };
}
