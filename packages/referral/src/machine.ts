import {
  ReferralStatusSchema,
  createNeedTaxonomy,
  type NeedTaxonomy,
  type ReferralStatus,
} from '@lotsen/domain';
import { and, assign, setup, type SnapshotFrom } from 'xstate';
import {
  createInitialContext,
  protectionNeed,
  type ReferralContext,
  type ReferralInput,
} from './context.js';
import { checkEligibility, consentCheckOn } from './eligibility.js';
import { ReferralError } from './errors.js';
import type { ReferralEvent, ReferralEventOf } from './events.js';
import { addMonths, instant } from './time.js';

/** How many months after completion the follow-up is due, unless configured (MOS: "about 3 months"). */
export const DEFAULT_FOLLOW_UP_AFTER_MONTHS = 3;

/** Options for {@link createReferralMachine}. */
export interface ReferralMachineOptions {
  /** The need taxonomy for need matching and protection needs; defaults to the domain's standard one. */
  readonly taxonomy?: NeedTaxonomy;
  /** Months from completion until the follow-up is due; defaults to {@link DEFAULT_FOLLOW_UP_AFTER_MONTHS}. */
  readonly followUpAfterMonths?: number;
}

/** The context after a `PROVIDE_INFO` event's updates (omitted fields stay as they are). */
function withInfo(
  context: ReferralContext,
  event: ReferralEventOf<'PROVIDE_INFO'>,
  taxonomy: NeedTaxonomy,
): ReferralContext {
  const next: ReferralContext = {
    ...context,
    ...(event.child ? { child: event.child } : {}),
    ...(event.needs ? { needs: event.needs } : {}),
    ...(event.consent ? { consent: event.consent } : {}),
  };
  // A need added later can be a protection need; it routes the referral exactly like a flag would.
  if (next.protection === undefined && protectionNeed(next.needs, taxonomy) !== undefined) {
    next.protection = { source: 'protection_need', at: event.at, by: event.by };
  }
  return next;
}

/**
 * Creates the referral lifecycle machine. Logic only: apps create actors from it, or use the pure
 * `transition` functions and keep `snapshot.value` (a {@link ReferralStatus}) and `snapshot.context`.
 *
 * The protection rule is built in at the root, not per transition: whenever the context carries a
 * protection concern (flagged on the referral, a protection need, a `PROTECTION_CONCERN` event, or a
 * decline for protection), an eventless root transition moves the referral to `declined` with the
 * reason `protection_concern` and `routeTo: 'social_services'` before any snapshot is returned. So no
 * snapshot of a protection case is ever `waitlisted`, `offered` or `enrolled`.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * const actor = createActor(createReferralMachine(), { input }).start();
 * actor.send({ type: 'SUBMIT', by: { id: 'sw-17', role: 'district_social_worker' }, at: '2026-03-02T09:00:00Z' });
 * actor.getSnapshot().value; // 'submitted'
 * ```
 */
export function createReferralMachine(options: ReferralMachineOptions = {}) {
  const taxonomy = options.taxonomy ?? createNeedTaxonomy();
  const followUpAfterMonths = options.followUpAfterMonths ?? DEFAULT_FOLLOW_UP_AFTER_MONTHS;
  if (!Number.isInteger(followUpAfterMonths) || followUpAfterMonths < 1) {
    throw new ReferralError(
      'INVALID_INPUT',
      `followUpAfterMonths must be a whole number of months of at least 1, got ${followUpAfterMonths}`,
    );
  }

  return setup({
    types: {
      context: {} as ReferralContext,
      events: {} as ReferralEvent,
      input: {} as ReferralInput,
    },
    guards: {
      hasProtectionConcern: ({ context }) => context.protection !== undefined,
      // Final states always set closedAt. xstate's pure `transition` still offers a done snapshot's
      // events to the root's handlers, so root handlers check this themselves.
      isOpen: ({ context }) => context.closedAt === undefined,
      consentCovers: ({ context, event }) => consentCheckOn(context, event.at).ok,
      infoCompletesConsent: ({ context, event }) =>
        event.type === 'PROVIDE_INFO' &&
        consentCheckOn(withInfo(context, event, taxonomy), event.at).ok,
      eligibleToAccept: ({ context, event }) =>
        checkEligibility(context, { on: event.at, taxonomy }).ok,
      eligibleForOffer: ({ context, event }) =>
        event.type === 'OFFER' &&
        checkEligibility(context, {
          on: event.at,
          taxonomy,
          catchment: event.crossDistrict === true ? 'cross_district' : 'own_district',
        }).ok,
      replyInTime: ({ context, event }) =>
        context.offer !== undefined &&
        context.offer.acceptedAt === undefined &&
        instant(event.at) <= instant(context.offer.replyBy),
      offerAccepted: ({ context }) => context.offer?.acceptedAt !== undefined,
      // The scheduler may fire late, never early; an accepted offer has no deadline any more.
      offerLapsed: ({ context, event }) =>
        context.offer !== undefined &&
        context.offer.acceptedAt === undefined &&
        instant(event.at) >= instant(context.offer.replyBy),
      hasWaitlistPlace: ({ context }) => context.waitlist !== undefined,
      isAnotherReferral: ({ context, event }) =>
        event.type === 'REFER_ON' && event.newReferralId !== context.referralId,
      followUpNotYetReminded: ({ context }) => context.followUpRemindedAt === undefined,
    },
    actions: {
      touch: assign({ updatedAt: ({ event }) => event.at }),
      close: assign({ closedAt: ({ event }) => event.at }),
      applyInfo: assign(({ context, event }) =>
        event.type === 'PROVIDE_INFO' ? withInfo(context, event, taxonomy) : {},
      ),
      recordSubmission: assign({ submittedAt: ({ event }) => event.at }),
      requestConsent: assign({
        infoRequest: ({ context, event }) => {
          const check = consentCheckOn(context, event.at);
          return {
            missing: ['consent' as const],
            at: event.at,
            ...(check.ok ? {} : { consentProblem: check.reason }),
          };
        },
      }),
      recordInfoRequest: assign({
        infoRequest: ({ event }) =>
          event.type === 'REQUEST_INFO' ? { missing: event.missing, at: event.at } : undefined,
      }),
      clearInfoRequest: assign({ infoRequest: undefined }),
      recordAcceptance: assign({ acceptedAt: ({ event }) => event.at }),
      recordDecline: assign(({ context, event }) => {
        if (event.type !== 'DECLINE') return {};
        if (event.reason !== 'protection_concern') return { declineReason: event.reason };
        return {
          declineReason: event.reason,
          routeTo: 'social_services' as const,
          protection: context.protection ?? {
            source: 'decline' as const,
            at: event.at,
            by: event.by,
          },
        };
      }),
      recordWaitlist: assign({
        waitlist: ({ context, event }) => {
          if (event.type !== 'WAITLIST') return context.waitlist;
          return {
            position: event.position,
            waitBand: event.waitBand,
            motivatorRole: event.motivatorRole,
            ...(event.motivatorId !== undefined ? { motivatorId: event.motivatorId } : {}),
            // Waiting time counts from the first time on the list, not from the last update.
            since: context.waitlist?.since ?? event.at,
            ...(context.waitlist?.lastCheckInAt !== undefined
              ? { lastCheckInAt: context.waitlist.lastCheckInAt }
              : {}),
          };
        },
      }),
      recordCheckIn: assign({
        waitlist: ({ context, event }) =>
          context.waitlist && { ...context.waitlist, lastCheckInAt: event.at },
      }),
      recordOffer: assign({
        offer: ({ event }) =>
          event.type === 'OFFER'
            ? {
                cohortId: event.cohortId,
                startDate: event.startDate,
                replyBy: event.replyBy,
                crossDistrict: event.crossDistrict === true,
                ...(event.venueDistrictId !== undefined
                  ? { venueDistrictId: event.venueDistrictId }
                  : {}),
                offeredAt: event.at,
              }
            : undefined,
      }),
      recordOfferAcceptance: assign({
        offer: ({ context, event }) => context.offer && { ...context.offer, acceptedAt: event.at },
      }),
      clearOffer: assign({ offer: undefined }),
      recordEnrolment: assign({ enrolledAt: ({ event }) => event.at }),
      recordCompletion: assign(({ event }) => ({
        completedAt: event.at,
        followUpDueAt: addMonths(event.at, followUpAfterMonths),
        ...(event.type === 'COMPLETE' && event.sessionsAttended !== undefined
          ? { sessionsAttended: event.sessionsAttended }
          : {}),
      })),
      recordFollowUpReminder: assign({ followUpRemindedAt: ({ event }) => event.at }),
      recordFollowUp: assign({ followedUpAt: ({ event }) => event.at }),
      recordDiscontinuation: assign({
        sessionsReached: ({ event }) =>
          event.type === 'DISCONTINUE' ? event.sessionsReached : undefined,
      }),
      recordReferralOn: assign({
        newReferralId: ({ event }) => (event.type === 'REFER_ON' ? event.newReferralId : undefined),
      }),
      recordProtectionConcern: assign({
        protection: ({ context, event }) =>
          context.protection ?? { source: 'concern_event' as const, at: event.at, by: event.by },
      }),
      // Runs from the root's eventless transition, whose event may be xstate's init event (no `at`),
      // so the time is the last event's, which `touch` recorded.
      routeToSocialServices: assign(({ context }) => ({
        declineReason: 'protection_concern' as const,
        routeTo: 'social_services' as const,
        closedAt: context.updatedAt,
      })),
    },
  }).createMachine({
    id: 'referral',
    initial: 'draft',
    context: ({ input }) => createInitialContext(input, taxonomy),
    // The only way out of the group path for protection, checked after every event (see above).
    always: {
      guard: 'hasProtectionConcern',
      target: '.declined',
      actions: 'routeToSocialServices',
    },
    on: {
      // Handled at the root so it works in every non-final state, including ones added later.
      PROTECTION_CONCERN: { guard: 'isOpen', actions: ['touch', 'recordProtectionConcern'] },
    },
    states: {
      draft: {
        description: 'Being prepared by staff, the family or the chatbot; nothing shared yet.',
        on: {
          PROVIDE_INFO: { actions: ['touch', 'applyInfo'] },
          SUBMIT: [
            {
              guard: 'consentCovers',
              target: 'submitted',
              actions: ['touch', 'recordSubmission'],
            },
            // Kept, not refused: the referral waits in needs_info for a consent that covers it.
            { target: 'needs_info', actions: ['touch', 'recordSubmission', 'requestConsent'] },
          ],
          WITHDRAW: { target: 'withdrawn', actions: ['touch', 'close'] },
          EXPIRE: { target: 'expired', actions: ['touch', 'close'] },
        },
      },
      submitted: {
        description: 'The anmälan is with the provider or the coordination function.',
        on: {
          ACCEPT: {
            guard: 'eligibleToAccept',
            target: 'accepted',
            actions: ['touch', 'recordAcceptance'],
          },
          REQUEST_INFO: { target: 'needs_info', actions: ['touch', 'recordInfoRequest'] },
          DECLINE: { target: 'declined', actions: ['touch', 'recordDecline', 'close'] },
          WITHDRAW: { target: 'withdrawn', actions: ['touch', 'close'] },
          REFER_ON: {
            guard: 'isAnotherReferral',
            target: 'referred_on',
            actions: ['touch', 'recordReferralOn', 'close'],
          },
          EXPIRE: { target: 'expired', actions: ['touch', 'close'] },
        },
      },
      needs_info: {
        description: 'Consent or information is missing.',
        on: {
          PROVIDE_INFO: [
            {
              guard: 'infoCompletesConsent',
              target: 'submitted',
              actions: ['touch', 'applyInfo', 'clearInfoRequest'],
            },
            { actions: ['touch', 'applyInfo', 'requestConsent'] },
          ],
          REQUEST_INFO: { actions: ['touch', 'recordInfoRequest'] },
          DECLINE: { target: 'declined', actions: ['touch', 'recordDecline', 'close'] },
          WITHDRAW: { target: 'withdrawn', actions: ['touch', 'close'] },
          REFER_ON: {
            guard: 'isAnotherReferral',
            target: 'referred_on',
            actions: ['touch', 'recordReferralOn', 'close'],
          },
          EXPIRE: { target: 'expired', actions: ['touch', 'close'] },
        },
      },
      accepted: {
        description: 'The provider agrees; no group seat yet.',
        on: {
          WAITLIST: { target: 'waitlisted', actions: ['touch', 'recordWaitlist'] },
          OFFER: {
            guard: 'eligibleForOffer',
            target: 'offered',
            actions: ['touch', 'recordOffer'],
          },
          DECLINE: { target: 'declined', actions: ['touch', 'recordDecline', 'close'] },
          WITHDRAW: { target: 'withdrawn', actions: ['touch', 'close'] },
          REFER_ON: {
            guard: 'isAnotherReferral',
            target: 'referred_on',
            actions: ['touch', 'recordReferralOn', 'close'],
          },
          EXPIRE: { target: 'expired', actions: ['touch', 'close'] },
        },
      },
      waitlisted: {
        description: 'In the queue, with a position, a wait band and someone who keeps in touch.',
        tags: ['group_path'],
        on: {
          WAITLIST: { actions: ['touch', 'recordWaitlist'] },
          WAITLIST_CHECK_IN: { actions: ['touch', 'recordCheckIn'] },
          OFFER: {
            guard: 'eligibleForOffer',
            target: 'offered',
            actions: ['touch', 'recordOffer'],
          },
          DECLINE: { target: 'declined', actions: ['touch', 'recordDecline', 'close'] },
          WITHDRAW: { target: 'withdrawn', actions: ['touch', 'close'] },
          REFER_ON: {
            guard: 'isAnotherReferral',
            target: 'referred_on',
            actions: ['touch', 'recordReferralOn', 'close'],
          },
          EXPIRE: { target: 'expired', actions: ['touch', 'close'] },
        },
      },
      offered: {
        description: 'A seat in a cohort is offered; the reply has a deadline.',
        tags: ['group_path'],
        on: {
          ACCEPT_OFFER: { guard: 'replyInTime', actions: ['touch', 'recordOfferAcceptance'] },
          ENROL: {
            guard: 'offerAccepted',
            target: 'enrolled',
            actions: ['touch', 'recordEnrolment'],
          },
          // Declined, lapsed or taken back, the referral keeps its place in the queue if it had one.
          DECLINE_OFFER: [
            { guard: 'hasWaitlistPlace', target: 'waitlisted', actions: ['touch', 'clearOffer'] },
            { target: 'accepted', actions: ['touch', 'clearOffer'] },
          ],
          RESCIND_OFFER: [
            { guard: 'hasWaitlistPlace', target: 'waitlisted', actions: ['touch', 'clearOffer'] },
            { target: 'accepted', actions: ['touch', 'clearOffer'] },
          ],
          OFFER_EXPIRED: [
            {
              guard: and(['offerLapsed', 'hasWaitlistPlace']),
              target: 'waitlisted',
              actions: ['touch', 'clearOffer'],
            },
            { guard: 'offerLapsed', target: 'accepted', actions: ['touch', 'clearOffer'] },
          ],
          DECLINE: { target: 'declined', actions: ['touch', 'recordDecline', 'close'] },
          WITHDRAW: { target: 'withdrawn', actions: ['touch', 'close'] },
        },
      },
      enrolled: {
        description: 'The child or parent has started the group.',
        tags: ['group_path'],
        on: {
          COMPLETE: { target: 'completed', actions: ['touch', 'recordCompletion'] },
          DISCONTINUE: {
            target: 'discontinued',
            actions: ['touch', 'recordDiscontinuation', 'close'],
          },
        },
      },
      completed: {
        description: 'The series is finished; the follow-up is due about 3 months later.',
        on: {
          FOLLOW_UP_DUE: {
            guard: 'followUpNotYetReminded',
            actions: ['touch', 'recordFollowUpReminder'],
          },
          FOLLOW_UP_RECORDED: {
            target: 'followed_up',
            actions: ['touch', 'recordFollowUp', 'close'],
          },
        },
      },
      followed_up: { description: 'The follow-up was made.', type: 'final' },
      declined: {
        description: 'Declined with a reason; protection goes to social services.',
        type: 'final',
      },
      withdrawn: {
        description: 'Withdrawn by the family, the young person or the referrer.',
        type: 'final',
      },
      referred_on: { description: 'Passed on to a new referral.', type: 'final' },
      discontinued: {
        description: 'Dropped out midway; the sessions reached are recorded.',
        type: 'final',
      },
      expired: { description: 'Closed after too long without action.', type: 'final' },
    },
  });
}

/** The referral machine with the standard need taxonomy and a 3-month follow-up. */
export const referralMachine = createReferralMachine();

/** A referral machine, as {@link createReferralMachine} returns it. */
export type ReferralMachine = ReturnType<typeof createReferralMachine>;

/** A snapshot of a referral machine. */
export type ReferralSnapshot = SnapshotFrom<ReferralMachine>;

/** The final statuses: a referral in one of them accepts no events. */
export const FINAL_REFERRAL_STATUSES = [
  'followed_up',
  'declined',
  'withdrawn',
  'referred_on',
  'discontinued',
  'expired',
] as const satisfies readonly ReferralStatus[];

/**
 * The {@link ReferralStatus} of a snapshot. The machine's states are flat and named after the
 * domain's statuses, so this is `snapshot.value`, checked.
 */
export function referralStatusOf(snapshot: { readonly value: unknown }): ReferralStatus {
  const status = ReferralStatusSchema.safeParse(snapshot.value);
  if (!status.success) {
    throw new ReferralError(
      'INVALID_SNAPSHOT',
      `Not a referral status: ${JSON.stringify(snapshot.value)}`,
    );
  }
  return status.data;
}
