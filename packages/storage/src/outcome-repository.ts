import {
  IsoDateSchema,
  containsPersonalIdentityNumber,
  type Result,
  TextSchema,
} from '@lotsen/domain';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Driver, Row } from './driver.js';
import { StorageError } from './errors.js';
import { EventInputSchema, JsonValueSchema, guard, iso, parseInput } from './input.js';

/**
 * One administration of an outcome instrument (ORS, CORS, SCORE-15, KASAM ...) for a referral: the
 * envelope storage checks. Item values and the score are stored as given; checking and scoring them
 * is `@lotsen/outcomes`' job. Rater and phase names follow that package.
 */
export const OutcomeAdministrationSchema = z.strictObject({
  /** Chosen by the caller (to make recording idempotent) or generated. */
  id: z.uuid().optional(),
  referralId: z.uuid(),
  instrument: TextSchema.regex(
    /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/,
    'Expected an instrument code such as "ORS" or "SCORE-15"',
  ),
  /** Session number; 0 means before the first session (intake). */
  session: z.number().int().min(0).max(10000),
  /** The day it was filled in. */
  date: IsoDateSchema,
  rater: z.enum(['child', 'young-person', 'parent', 'staff']),
  /** Tells apart two respondents with the same role (two parents). Pseudonymous. */
  respondentId: TextSchema.trim()
    .min(1)
    .max(100)
    .refine((v) => !containsPersonalIdentityNumber(v), 'A personal identity number may not be used')
    .optional(),
  phase: z.enum(['before', 'during', 'closure', 'follow-up']).optional(),
  /** The item values as answered, in item order. */
  items: z.array(JsonValueSchema).max(500),
  /** The score computed by `@lotsen/outcomes`, if it was scored. */
  score: JsonValueSchema.optional(),
  /** Who entered it. */
  recordedBy: EventInputSchema.pick({ actorId: true, role: true }).optional(),
});
/** An outcome administration to store. */
export type OutcomeAdministrationInput = z.input<typeof OutcomeAdministrationSchema>;
/** A stored outcome administration. */
export type OutcomeAdministration = z.output<typeof OutcomeAdministrationSchema> & {
  readonly id: string;
  readonly recordedAt: string;
};

/** Outcome measurements per referral. */
export interface OutcomeRepository {
  /**
   * Stores one administration. `NOT_FOUND` if the referral does not exist; `CONFLICT` if the same
   * instrument, session, rater and respondent was already stored for it.
   */
  record(input: OutcomeAdministrationInput): Promise<Result<OutcomeAdministration, StorageError>>;
  /** A referral's administrations by session, then instrument and rater. */
  list(
    referralId: string,
    filter?: { instrument?: string },
  ): Promise<Result<OutcomeAdministration[], StorageError>>;
}

function toAdministration(row: Row): OutcomeAdministration {
  return {
    ...(row.doc as z.output<typeof OutcomeAdministrationSchema>),
    id: String(row.id),
    recordedAt: iso(row.recorded_at),
  };
}

/** Creates the outcome repository over a driver. */
export function createOutcomeRepository(driver: Driver): OutcomeRepository {
  return {
    async record(input) {
      const parsed = parseInput(OutcomeAdministrationSchema, input, 'outcome administration');
      if (!parsed.ok) return parsed;
      const a = parsed.value;
      const id = a.id ?? randomUUID();
      return guard(async () => {
        const exists = await driver.query('SELECT 1 FROM referrals WHERE id = $1', [a.referralId]);
        if (exists.rowCount === 0) {
          throw new StorageError('NOT_FOUND', `No referral ${a.referralId}`, {
            details: { referralId: a.referralId },
          });
        }
        const { rows } = await driver.query(
          `INSERT INTO outcome_administrations
             (id, referral_id, instrument, session, administered_on, rater, respondent_id, doc)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
           ON CONFLICT DO NOTHING
           RETURNING id, doc, recorded_at`,
          [
            id,
            a.referralId,
            a.instrument,
            a.session,
            a.date,
            a.rater,
            a.respondentId ?? '',
            JSON.stringify({ ...a, id: undefined }),
          ],
        );
        const row = rows[0];
        if (!row) {
          throw new StorageError(
            'CONFLICT',
            `${a.instrument} session ${a.session} by ${a.rater} is already stored for referral ${a.referralId}`,
            {
              details: {
                referralId: a.referralId,
                instrument: a.instrument,
                session: a.session,
                rater: a.rater,
              },
            },
          );
        }
        return toAdministration(row);
      });
    },

    async list(referralId, filter = {}) {
      const parsed = parseInput(
        z.strictObject({
          referralId: z.uuid(),
          instrument: OutcomeAdministrationSchema.shape.instrument.optional(),
        }),
        { referralId, ...filter },
        'outcome query',
      );
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT id, doc, recorded_at FROM outcome_administrations
            WHERE referral_id = $1 AND ($2::text IS NULL OR instrument = $2)
            ORDER BY session, administered_on, instrument, rater, respondent_id`,
          [parsed.value.referralId, parsed.value.instrument ?? null],
        );
        return rows.map(toAdministration);
      });
    },
  };
}
