import { StaffRoleSchema, type Result } from '@lotsen/domain';
import { z } from 'zod';
import type { Driver, SqlExecutor } from './driver.js';
import type { StorageError } from './errors.js';
import {
  JsonValueSchema,
  TimestampSchema,
  guard,
  iso,
  parseInput,
  type JsonValue,
} from './input.js';

/**
 * What a person must do, made by the system: a check-in with a waiting family for its motivation
 * owner, a follow-up that is due, a cohort below its minimum, a freed seat proposed to the
 * coordinator, a message that could not be delivered. Tasks are only ever added by a key, so a
 * timer that fires twice (it does not, but a retry after a crash could try) adds one task.
 */
export const TaskKindSchema = z.enum([
  'waitlist_check_in',
  'follow_up_due',
  'cohort_below_minimum',
  'seat_proposal',
  'undelivered_message',
  'timer_failed',
]);
/** The kinds of task. */
export type TaskKind = z.infer<typeof TaskKindSchema>;

/** A task to add. */
export const NewTaskSchema = z.strictObject({
  kind: TaskKindSchema,
  /** Makes adding idempotent: a second task with the same key is not added. */
  key: z.string().min(1).max(300),
  referralId: z.uuid().optional(),
  cohortId: z.string().min(1).max(120).optional(),
  assigneeRole: StaffRoleSchema,
  assigneeId: z.string().min(1).max(200).optional(),
  dueAt: TimestampSchema,
  details: JsonValueSchema.optional(),
  createdAt: TimestampSchema,
});
/** A task to add. */
export type NewTask = z.input<typeof NewTaskSchema>;

/** A stored task. */
export interface StoredTask {
  readonly id: number;
  readonly kind: TaskKind;
  readonly key: string;
  readonly referralId?: string;
  readonly cohortId?: string;
  readonly assigneeRole: string;
  readonly assigneeId?: string;
  readonly dueAt: string;
  readonly details: JsonValue;
  readonly createdAt: string;
  readonly doneAt?: string;
}

/** Adds a task inside a transaction unless one with its key exists; returns whether it was added. */
export async function addTask(tx: SqlExecutor, task: NewTask): Promise<boolean> {
  const t = NewTaskSchema.parse(task);
  const { rowCount } = await tx.query(
    `INSERT INTO tasks (kind, key, referral_id, cohort_id, assignee_role, assignee_id, due_at, details, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9) ON CONFLICT (key) DO NOTHING`,
    [
      t.kind,
      t.key,
      t.referralId ?? null,
      t.cohortId ?? null,
      t.assigneeRole,
      t.assigneeId ?? null,
      t.dueAt,
      JSON.stringify(t.details ?? {}),
      t.createdAt,
    ],
  );
  return rowCount > 0;
}

const TaskFilterSchema = z.strictObject({
  kind: z.array(TaskKindSchema).min(1).optional(),
  assigneeRole: StaffRoleSchema.optional(),
  referralId: z.uuid().optional(),
  open: z.boolean().default(true),
  limit: z.number().int().min(1).max(1000).default(200),
});
/** Which tasks to list. */
export type TaskFilter = z.input<typeof TaskFilterSchema>;

/** Tasks for people, made by timers and by seat decisions. */
export interface TaskRepository {
  /** Adds a task unless one with its key exists; `true` when added. */
  add(task: NewTask): Promise<Result<boolean, StorageError>>;
  /** Tasks by due time, open ones by default. */
  list(filter?: TaskFilter): Promise<Result<StoredTask[], StorageError>>;
  /**
   * Marks a task done; `false` when it was already done, does not exist, or (with `role`) is not
   * that role's task.
   */
  complete(id: number, at: string, role?: string): Promise<Result<boolean, StorageError>>;
}

function toTask(row: Record<string, unknown>): StoredTask {
  return {
    id: Number(row.id),
    kind: row.kind as TaskKind,
    key: String(row.key),
    ...(row.referral_id == null ? {} : { referralId: row.referral_id as string }),
    ...(row.cohort_id == null ? {} : { cohortId: row.cohort_id as string }),
    assigneeRole: String(row.assignee_role),
    ...(row.assignee_id == null ? {} : { assigneeId: row.assignee_id as string }),
    dueAt: iso(row.due_at),
    details: row.details as JsonValue,
    createdAt: iso(row.created_at),
    ...(row.done_at == null ? {} : { doneAt: iso(row.done_at) }),
  };
}

/** Creates the task repository over a driver. */
export function createTaskRepository(driver: Driver): TaskRepository {
  return {
    async add(task) {
      const parsed = parseInput(NewTaskSchema, task, 'task');
      if (!parsed.ok) return parsed;
      return guard(() => addTask(driver, parsed.value));
    },
    async list(filter = {}) {
      const parsed = parseInput(TaskFilterSchema, filter, 'task filter');
      if (!parsed.ok) return parsed;
      const f = parsed.value;
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT * FROM tasks
            WHERE ($1::text[] IS NULL OR kind = ANY($1::text[]))
              AND ($2::text IS NULL OR assignee_role = $2)
              AND ($3::uuid IS NULL OR referral_id = $3)
              AND (NOT $4::boolean OR done_at IS NULL)
            ORDER BY due_at, id LIMIT $5`,
          [f.kind ?? null, f.assigneeRole ?? null, f.referralId ?? null, f.open, f.limit],
        );
        return rows.map(toTask);
      });
    },
    async complete(id, at, role) {
      return guard(async () => {
        const { rowCount } = await driver.query(
          `UPDATE tasks SET done_at = $2
            WHERE id = $1 AND done_at IS NULL AND ($3::text IS NULL OR assignee_role = $3)`,
          [id, at, role ?? null],
        );
        return rowCount > 0;
      });
    },
  };
}
