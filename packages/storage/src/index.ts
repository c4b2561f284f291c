/**
 * `@lotsen/storage`: Lotsen's durable storage. One PostgreSQL schema with versioned migrations, run
 * on embedded PGlite by default or on PostgreSQL when the app passes a `DATABASE_URL`, and
 * repositories for the catalogue, cohorts, leaders, referrals with their append-only event log,
 * seats and waitlists, outcome administrations and short-lived chat state. Repository functions
 * validate their input and return a `Result`; they never throw for bad input.
 *
 * @packageDocumentation
 */
export { openDatabase, createDatabase, DEFAULT_DATA_DIR, MEMORY_DATA_DIR } from './database.js';
export type { Database, DatabaseJobs, HealthReport, OpenDatabaseOptions } from './database.js';
export { StorageError, isStorageError } from './errors.js';
export type { ReachabilityChange, ReachabilityListener } from './reachability.js';
export type { StorageErrorCode } from './errors.js';
export type {
  Driver,
  Engine,
  IsolationLevel,
  QueryOptions,
  QueryResult,
  Row,
  SqlExecutor,
  TransactionOptions,
} from './driver.js';
export { MIGRATIONS } from './migrations.js';
export type { Migration, MigrationReport, MigrationStatus } from './migrations.js';
export { ActorRoleSchema, EventInputSchema, JsonValueSchema } from './input.js';
export type { ActorRole, EventInput, JsonValue } from './input.js';
export { CATALOGUE_CHANNEL, CatalogueDataSchema } from './catalogue-repository.js';
export type {
  CatalogueAction,
  CatalogueActor,
  CatalogueEntry,
  CatalogueEntryChange,
  CatalogueEntryDocs,
  CatalogueEntryKind,
  CatalogueEntryRevision,
  CatalogueData,
  CatalogueDataInput,
  CatalogueRepository,
  CatalogueStatus,
} from './catalogue-repository.js';
export { CohortFilterSchema } from './cohort-repository.js';
export type {
  CohortFilter,
  CohortRepository,
  StoredCohort,
  UpdateOptions,
} from './cohort-repository.js';
export { LeaderFilterSchema } from './leader-repository.js';
export type { LeaderFilter, LeaderRepository, StoredLeader } from './leader-repository.js';
export {
  REFERRAL_IDEMPOTENCY_WINDOW_MS,
  ReferralFilterSchema,
  TransitionSchema,
} from './referral-repository.js';
export type {
  CreatedOnce,
  NewReferral,
  ReferralEventKind,
  ReferralFilter,
  ReferralIdempotency,
  ReferralRepository,
  StoredReferral,
  StoredReferralEvent,
  Transition,
} from './referral-repository.js';
export { ReferralFactsQuerySchema } from './report-repository.js';
export type {
  CoordinationCounts,
  ReferralFactsQuery,
  ReportRepository,
  StoredOutcomeFact,
  StoredReferralFacts,
} from './report-repository.js';
export type {
  Availability,
  EnrolInput,
  EnrolOutcome,
  NextSnapshot,
  OfferFreeSeatsInput,
  OfferInput,
  ReleaseOutcome,
  ReleaseSeatInput,
  Seat,
  SeatChange,
  SeatRepository,
  StoredWaitlistEntry,
  FreedSeatHandling,
  JoinServiceListInput,
  QueueStanding,
} from './seat-repository.js';
export { NewJobSchema } from './job-repository.js';
export type {
  JobHandler,
  JobOutcome,
  JobRepository,
  JobState,
  NewJob,
  RunDueOptions,
  RunDueReport,
  StoredJob,
} from './job-repository.js';
export { NewTaskSchema, TaskKindSchema } from './task-repository.js';
export type {
  NewTask,
  StoredTask,
  TaskFilter,
  TaskKind,
  TaskRepository,
} from './task-repository.js';
export type {
  ReferrerConversation,
  ReferrerConversationInput,
  ReferrerRepository,
} from './referrer-repository.js';
export { QUEUE_ORDER } from './seat-queue.js';
export { FreedSeatPolicySchema } from './seat-repository.js';
export type { FreedSeatPolicy } from './seat-repository.js';
export { AttendanceStatusSchema, MeetingAttendanceInputSchema } from './attendance-repository.js';
export type {
  AttendanceRecord,
  AttendanceRepository,
  AttendanceStatus,
  CohortAttendance,
  MeetingAttendance,
  MeetingAttendanceInput,
} from './attendance-repository.js';
export { OutcomeAdministrationSchema } from './outcome-repository.js';
export type {
  OutcomeAdministration,
  OutcomeAdministrationInput,
  OutcomeRepository,
} from './outcome-repository.js';
export { MAX_CHAT_STATE_BYTES, MAX_CHAT_STATE_TTL_SECONDS } from './chat-state-repository.js';
export type {
  ChatStateEntry,
  ChatStateRepository,
  ConditionalPut,
} from './chat-state-repository.js';
export type { CounterRepository, CounterTotal } from './counter-repository.js';
export { MAX_RATE_LIMIT_KEYS } from './rate-limit-repository.js';
export type { RateLimitHits, RateLimitRepository } from './rate-limit-repository.js';
