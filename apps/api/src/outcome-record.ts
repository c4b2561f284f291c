import { TextSchema, ageOn, err, ok, type Child, type Result } from '@lotsen/domain';
import {
  INSTRUMENTS,
  PHASES,
  POPULATIONS,
  RATERS,
  buildTrajectory,
  scoreKasam,
  scorePcoms,
  scoreScore15,
  type Administration,
  OutcomesError,
  type Population,
  type Rater,
  type Trajectory,
} from '@lotsen/outcomes';
import { restoreReferralSnapshot } from '@lotsen/referral';
import type { JsonValue, OutcomeAdministration, StoredReferral } from '@lotsen/storage';
import { z } from 'zod';

/*
 * How an outcome administration posted for a referral becomes the input of @lotsen/outcomes. The
 * package scores; this module only decides whose age a form is judged by, the same way when a form
 * is recorded and when the series is rebuilt, so the two never disagree.
 */

/** An administration as the API accepts it: item values only, never item wording. */
export const AdministrationBodySchema = z
  .strictObject({
    instrument: z.enum(INSTRUMENTS),
    /** 0 is intake, before the first session. */
    session: z.number().int().min(0).max(10000),
    date: z.iso.date(),
    rater: z.enum(RATERS),
    /** Tells two respondents with the same role apart (two parents); pseudonymous. */
    respondentId: TextSchema.regex(
      /^[A-Za-z0-9_-]{1,40}$/,
      'Use a short pseudonymous code such as "parent-2"',
    ).optional(),
    phase: z.enum(PHASES).optional(),
    /** The answers in item order; `null` for an unanswered item (the form then gets no score). */
    items: z.array(z.number().nullable()).min(1).max(100),
    /**
     * The norm population when it is not the child's: a parent's own ORS is `adult`. Without it a
     * PCOMS form is judged by the child's age on the day.
     */
    population: z.enum(POPULATIONS).optional(),
    /**
     * SCORE-15's supplementary ratings (1–10). Its two open questions are not accepted: free text
     * about a family belongs in the social services case file, not here.
     */
    extra: z
      .strictObject({
        problemSeverity: z.number().optional(),
        familyCoping: z.number().optional(),
        therapyView: z.number().optional(),
      })
      .optional(),
  })
  .meta({ id: 'NewOutcomeAdministration' });
/** An administration as the API accepts it. */
export type AdministrationBody = z.infer<typeof AdministrationBodySchema>;

const PCOMS = new Set(['ORS', 'SRS', 'CORS', 'CSRS', 'YCORS']);

/**
 * The age a form is judged by, when the rated person is the child: the child rates themself, or
 * staff or a parent rate the child on a PCOMS form. A parent's own KASAM or SCORE-15 is judged by
 * the parent's age, which Lotsen does not keep, so none is given.
 */
function ratedAge(
  child: Pick<Child, 'age' | 'birthYearMonth'>,
  instrument: string,
  rater: Rater,
  date: string,
): number | undefined {
  const childRates = rater === 'child' || rater === 'young-person';
  return childRates || PCOMS.has(instrument) ? ageOn(child, date) : undefined;
}

/** The package's administration for a body, with the age or population it is judged by. */
function toAdministration(
  child: Pick<Child, 'age' | 'birthYearMonth'>,
  a: {
    instrument: AdministrationBody['instrument'];
    session: number;
    date: string;
    rater: Rater;
    respondentId?: string | undefined;
    phase?: AdministrationBody['phase'] | undefined;
    items: readonly unknown[];
    population?: Population | undefined;
    extra?: Record<string, unknown> | undefined;
  },
): Administration {
  const age =
    a.population === undefined ? ratedAge(child, a.instrument, a.rater, a.date) : undefined;
  return {
    instrument: a.instrument,
    session: a.session,
    date: a.date,
    rater: a.rater,
    items: [...a.items],
    ...(a.respondentId === undefined ? {} : { respondentId: a.respondentId }),
    ...(a.phase === undefined ? {} : { phase: a.phase }),
    ...(a.population === undefined ? {} : { population: a.population }),
    ...(age === undefined ? {} : { age }),
    ...(a.extra === undefined ? {} : { extra: a.extra }),
  };
}

/**
 * Scores a posted administration with `@lotsen/outcomes`. YCORS is recorded without a score (the
 * package never scores it); every other form must score, or the administration is refused with the
 * package's error (which item, which rule).
 */
export function scoreAdministration(
  child: Pick<Child, 'age' | 'birthYearMonth'>,
  body: AdministrationBody,
): Result<JsonValue | undefined, OutcomesError> {
  const a = toAdministration(child, body);
  const items = body.items;
  const age = a.age === undefined ? {} : { age: a.age };
  switch (body.instrument) {
    case 'YCORS':
      return ok(undefined);
    case 'ORS':
    case 'SRS':
    case 'CORS':
    case 'CSRS': {
      const scored = scorePcoms({
        form: body.instrument,
        items,
        rater: body.rater,
        ...(a.population === undefined ? {} : { population: a.population }),
        ...age,
      });
      return scored.ok ? ok(json(scored.value)) : scored;
    }
    case 'SOC-13':
    case 'SOC-29': {
      const scored = scoreKasam({ form: body.instrument, items, ...age });
      return scored.ok ? ok(json(scored.value)) : scored;
    }
    case 'SCORE-15': {
      const scored = scoreScore15({
        items,
        ...age,
        ...(body.extra === undefined ? {} : { extra: definedOnly(body.extra) }),
      });
      if (!scored.ok) return scored;
      // The package scores the items beside a faulty supplementary rating; a record is stored whole
      // or not at all, so the administration is refused with the rating's code and path.
      const { extraIssues, ...score } = scored.value;
      const first = extraIssues[0];
      if (first !== undefined) {
        return err(
          new OutcomesError(first.code, 'Invalid SCORE-15 supplementary answers', extraIssues),
        );
      }
      return ok(json(score));
    }
  }
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

function json(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

/** A stored administration back as the package's input, judged the same way as when recorded. */
function fromStored(
  child: Pick<Child, 'age' | 'birthYearMonth'>,
  stored: OutcomeAdministration,
): Administration {
  const score = stored.score as { population?: unknown; extra?: unknown } | undefined;
  // The score keeps the population it was judged by; the supplementary ratings sit in it too.
  const population = (POPULATIONS as readonly unknown[]).includes(score?.population)
    ? (score!.population as Population)
    : undefined;
  const extra =
    stored.instrument === 'SCORE-15' && typeof score?.extra === 'object' && score.extra !== null
      ? (score.extra as Record<string, unknown>)
      : undefined;
  return toAdministration(child, {
    instrument: stored.instrument as AdministrationBody['instrument'],
    session: stored.session,
    date: stored.date,
    rater: stored.rater,
    respondentId: stored.respondentId,
    phase: stored.phase,
    items: stored.items,
    population,
    extra,
  });
}

/**
 * A referral's outcome series from `@lotsen/outcomes`: series per instrument and rater with the
 * change since the first and its category, alerts, and the follow-up, closed by the referral's
 * completion date when it has one.
 */
export function trajectoryOf(
  referral: StoredReferral,
  administrations: readonly OutcomeAdministration[],
  asOf: string,
): Result<Trajectory, OutcomesError> {
  const restored = restoreReferralSnapshot(referral.snapshot);
  const context = restored.ok ? restored.value.context : undefined;
  const completed = context?.completedAt?.slice(0, 10);
  const followed = context?.followedUpAt?.slice(0, 10);
  const record = {
    caseId: referral.id,
    administrations: administrations.map((a) => fromStored(referral.child, a)),
    ...(completed === undefined ? {} : { closedOn: completed }),
    ...(completed !== undefined && followed !== undefined ? { followUpOn: followed } : {}),
  };
  const built = buildTrajectory(record, undefined, { asOf });
  return built.ok ? built : err(built.error);
}
