import type { DeclineReason, ReferralStatus } from '@lotsen/domain';
import type { ReferralContext } from './context.js';
import type { WaitBand } from './events.js';

/**
 * The FHIR `Task.status` codes the SDOHCC Referral Task Status value set allows (FHIR task-status
 * without `ready` and `received`).
 */
export type FhirTaskStatus =
  | 'draft'
  | 'requested'
  | 'accepted'
  | 'rejected'
  | 'in-progress'
  | 'on-hold'
  | 'failed'
  | 'completed'
  | 'cancelled'
  | 'entered-in-error';

/** The statuses Findhelp (and PA Navigate, which uses its vocabulary) shows a referral in. */
export type FindhelpStatus =
  | 'Not updated'
  | 'Needs client action'
  | 'Pending'
  | 'Referred elsewhere'
  | 'Eligible'
  | 'Got help'
  | "Couldn't contact"
  | 'Not eligible'
  | 'No capacity'
  | "Couldn't get help"
  | 'No longer interested';

/** How one of our statuses reads in the open and platform vocabularies. */
export interface StatusMapping {
  /** FHIR SDOHCC `TaskForReferralManagement` `Task.status`. */
  readonly fhirTaskStatus: FhirTaskStatus;
  /** The Findhelp statuses it corresponds to, most specific first; empty when Findhelp has none. */
  readonly findhelp: readonly FindhelpStatus[];
  /** The Healthify status or action, when there is one. */
  readonly healthify?: string;
  /** What to add in an export, in English. */
  readonly note: string;
}

/**
 * Our referral statuses mapped to FHIR SDOHCC Task, Findhelp and Healthify, after §5.3 of the
 * research notes (`shared/docs/research/catalogue-referral-anchors.md`). `followed_up` is ours: in
 * FHIR it stays a `completed` Task, with the follow-up as an observation.
 */
export const REFERRAL_STATUS_MAPPING = {
  draft: {
    fhirTaskStatus: 'draft',
    findhelp: [],
    note: 'Being prepared; nothing shared yet.',
  },
  submitted: {
    fhirTaskStatus: 'requested',
    findhelp: ['Not updated', 'Pending'],
    healthify: 'Unstarted',
    note: 'The anmälan was received by the provider or the coordination function.',
  },
  needs_info: {
    fhirTaskStatus: 'requested',
    findhelp: ['Needs client action'],
    healthify: 'In-Review',
    note: 'Add a Task note saying what is missing (consent or information).',
  },
  accepted: {
    fhirTaskStatus: 'accepted',
    findhelp: ['Eligible'],
    healthify: 'In-Review',
    note: 'The provider agrees; no group seat yet.',
  },
  waitlisted: {
    fhirTaskStatus: 'on-hold',
    findhelp: ['Pending'],
    healthify: 'Client Waitlisted (action)',
    note: 'Return an Enrollment Status Observation "Not enrolled, on waitlist" with the wait band.',
  },
  offered: {
    fhirTaskStatus: 'accepted',
    findhelp: [],
    note: 'A group seat was offered (cohort, start date, reply deadline).',
  },
  enrolled: {
    fhirTaskStatus: 'in-progress',
    findhelp: [],
    healthify: 'Service In-Progress (action: Client Enrolled in Service)',
    note: 'Findhelp shows "Got help" only once the child was served.',
  },
  completed: {
    fhirTaskStatus: 'completed',
    findhelp: ['Got help'],
    healthify: 'Service Completed',
    note: 'Return an Enrollment Status Observation "Enrolled"; the follow-up is due about 3 months later.',
  },
  followed_up: {
    fhirTaskStatus: 'completed',
    findhelp: ['Got help'],
    healthify: 'Service Completed',
    note: 'Ours: the completed Task plus the follow-up as an observation.',
  },
  declined: {
    fhirTaskStatus: 'rejected',
    findhelp: ['Not eligible', 'No capacity'],
    healthify: 'Canceled',
    note: 'Task.statusReason carries the decline reason; see DECLINE_REASON_MAPPING.',
  },
  withdrawn: {
    fhirTaskStatus: 'cancelled',
    findhelp: ['No longer interested'],
    healthify: 'Canceled',
    note: 'Withdrawn by the family, the young person or the referrer.',
  },
  referred_on: {
    fhirTaskStatus: 'cancelled',
    findhelp: ['Referred elsewhere'],
    note: 'Export the new referral as a new Task.',
  },
  discontinued: {
    fhirTaskStatus: 'failed',
    findhelp: ["Couldn't get help", "Couldn't contact"],
    healthify: 'Canceled (action: Service Not Provided)',
    note: 'Dropped out midway; record the sessions reached.',
  },
  expired: {
    fhirTaskStatus: 'cancelled',
    findhelp: [],
    note: 'Closed automatically after too long without action.',
  },
} as const satisfies Record<ReferralStatus, StatusMapping>;

/** How a decline reason reads in FHIR (`Task.statusReason` text) and Findhelp. */
export const DECLINE_REASON_MAPPING = {
  not_eligible: { fhirStatusReason: 'not eligible', findhelp: 'Not eligible' },
  no_capacity: { fhirStatusReason: 'at capacity', findhelp: 'No capacity' },
  out_of_area: { fhirStatusReason: 'out of service area', findhelp: 'Not eligible' },
  needs_individual_support_first: {
    fhirStatusReason: 'needs individual support first',
    findhelp: "Couldn't get help",
  },
  // Routed to social services, so the loop closes elsewhere: "Referred elsewhere", not a refusal.
  protection_concern: {
    fhirStatusReason: 'protection concern: referred to social services',
    findhelp: 'Referred elsewhere',
  },
  other: { fhirStatusReason: 'other', findhelp: "Couldn't get help" },
} as const satisfies Record<DeclineReason, { fhirStatusReason: string; findhelp: FindhelpStatus }>;

/** The FHIR SDOHCC capacity waitlist bands for our {@link WaitBand}s. */
export const WAIT_BAND_FHIR = {
  under_1_month: '< 1 month',
  '1_to_3_months': '1-3 months',
  over_3_months: '> 3 months',
  undetermined: 'undetermined',
} as const satisfies Record<WaitBand, string>;

/** A referral's status in the export vocabularies. */
export interface ExternalStatus {
  readonly status: ReferralStatus;
  readonly fhir: { readonly status: FhirTaskStatus; readonly statusReason?: string };
  /** The one Findhelp status that fits best, or `undefined` when Findhelp has none. */
  readonly findhelp: FindhelpStatus | undefined;
}

/**
 * A referral's status in FHIR SDOHCC Task and Findhelp terms, refined by the decline reason, for
 * exports.
 *
 * @example
 * ```ts
 * toExternalStatus(snapshot); // { status: 'declined', fhir: { status: 'rejected', statusReason: 'at capacity' }, findhelp: 'No capacity' }
 * ```
 */
export function toExternalStatus(state: {
  readonly value: ReferralStatus;
  readonly context: Pick<ReferralContext, 'declineReason'>;
}): ExternalStatus {
  const mapping: StatusMapping = REFERRAL_STATUS_MAPPING[state.value];
  const reason = state.value === 'declined' ? state.context.declineReason : undefined;
  if (reason !== undefined) {
    const r = DECLINE_REASON_MAPPING[reason];
    return {
      status: state.value,
      fhir: { status: mapping.fhirTaskStatus, statusReason: r.fhirStatusReason },
      findhelp: r.findhelp,
    };
  }
  return {
    status: state.value,
    fhir: { status: mapping.fhirTaskStatus },
    findhelp: mapping.findhelp[0],
  };
}
