import { DEFAULT_WAITLIST_CHECK_IN_DAYS, type StaffActor } from '@lotsen/referral';

/** How time moves for waiting families: the settings a city can change (see config.ts). */
export interface WaitingSettings {
  /** Days a family has to answer an automatic offer (never past the cohort's start). Default 7. */
  readonly offerReplyDays: number;
  /** Days between check-ins with a waiting family by its motivation owner. Default 14. */
  readonly checkInDays: number;
  /** Days before a cohort's start at which one below its minimum warns the coordinator. Default 14. */
  readonly minimumWarningDays: number;
  /** Days over which a queue's pace is measured for "about N weeks". Default 56 (8 weeks). */
  readonly paceWindowDays: number;
}

/** The defaults of {@link WaitingSettings}. */
export const DEFAULT_WAITING_SETTINGS: WaitingSettings = Object.freeze({
  offerReplyDays: 7,
  checkInDays: DEFAULT_WAITLIST_CHECK_IN_DAYS,
  minimumWarningDays: 14,
  paceWindowDays: 56,
});

/**
 * Who fired timers and automatic offers act as in the audit trail: the system, never a person.
 */
export const SYSTEM_ACTOR: StaffActor = { id: 'system', role: 'system' };
