import type { ReferralStatus } from '@lotsen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { event, must, newReferral, referralRequest } from './fixtures.test-support.js';
import type { Database, OutcomeAdministrationInput } from './index.js';
import { createReportRepository } from './report-repository.js';

const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n, 9)).toISOString();

describe.each(engines('reports'))('report facts on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    /** Referral ids by role in the story below. */
    const ids: Record<string, string> = {};

    async function walk(id: string, steps: [ReferralStatus, number][]): Promise<void> {
      let version = must(await db.referrals.get(id)).version;
      for (const [toStatus, n] of steps) {
        const changed = must(
          await db.referrals.transition(id, version, {
            toStatus,
            snapshot: { value: toStatus },
            event: event(day(n)),
            ...(toStatus === 'declined' ? { declineReason: 'not_eligible' } : {}),
          }),
        );
        version = changed.version;
      }
    }

    const outcome = (
      referralId: string,
      extra: Partial<OutcomeAdministrationInput>,
    ): OutcomeAdministrationInput => ({
      referralId,
      instrument: 'ORS',
      session: 1,
      date: '2026-04-01',
      rater: 'young-person',
      items: [4, 4, 4, 4],
      score: { kind: 'outcome', total: 16, population: 'adolescent', caretakerRated: false },
      ...extra,
    });

    beforeAll(async () => {
      db = await engine.open();
      // A child who went the whole way: submitted on day 0, offered on 10, enrolled on 20 (after
      // a second offer on 15), completed on 90, followed up on 180.
      ids.full = must(await db.referrals.create(newReferral({ event: event(day(0)) }))).id;
      await walk(ids.full, [
        ['accepted', 2],
        ['offered', 10],
        ['waitlisted', 12],
        ['offered', 15],
        ['enrolled', 20],
        ['completed', 90],
        ['followed_up', 180],
      ]);
      ids.declined = must(
        await db.referrals.create(
          newReferral({
            event: event(day(1)),
            request: { ...referralRequest('spanga-tensta', 'ST-1'), needs: ['family-conflict'] },
          }),
        ),
      ).id;
      await walk(ids.declined, [['declined', 4]]);
      ids.dropped = must(await db.referrals.create(newReferral({ event: event(day(3)) }))).id;
      await walk(ids.dropped, [
        ['enrolled', 30],
        ['discontinued', 40],
      ]);
      ids.draft = must(
        await db.referrals.create(newReferral({ status: 'draft', event: event(day(0)) })),
      ).id;
      // Submitted later than its creation, as an import may say.
      ids.late = must(
        await db.referrals.create(
          newReferral({ event: event(day(5)), submittedAt: day(50), status: 'waitlisted' }),
        ),
      ).id;

      must(await db.outcomes.record(outcome(ids.full, { session: 4, date: '2026-05-01' })));
      must(
        await db.outcomes.record(
          outcome(ids.full, {
            score: { kind: 'outcome', total: 29.5, population: 'adolescent' },
            session: 4,
            rater: 'parent',
            respondentId: 'parent-a',
            date: '2026-05-01',
          }),
        ),
      );
      must(await db.outcomes.record(outcome(ids.full, {})));
      must(await db.outcomes.record(outcome(ids.full, { session: 6, score: undefined })));
      must(
        await db.outcomes.record(
          outcome(ids.full, { instrument: 'SCORE-15', rater: 'parent', items: [] }),
        ),
      );
      must(
        await db.outcomes.record(
          outcome(ids.dropped, {
            instrument: 'CORS',
            rater: 'child',
            score: { kind: 'outcome', total: 20, population: 'child', caretakerRated: true },
          }),
        ),
      );
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('gives every submitted referral with the first time it reached each step', async () => {
      const facts = must(await db.reports.referralFacts());
      expect(facts.map((f) => f.id)).toEqual([ids.full, ids.declined, ids.dropped, ids.late]);
      const [full, declined, dropped, late] = facts;
      expect(full).toMatchObject({
        districtId: 'rinkeby-kista',
        serviceId: 'rk-barngrupp',
        needs: ['parental-substance-abuse'],
        submittedAt: day(0),
        offeredAt: day(10),
        enrolledAt: day(20),
        completedAt: day(90),
        followedUpAt: day(180),
        discontinuedAt: null,
        closedAt: null,
      });
      expect(declined).toMatchObject({
        districtId: 'spanga-tensta',
        needs: ['family-conflict'],
        enrolledAt: null,
        closedAt: day(4),
      });
      expect(dropped).toMatchObject({ enrolledAt: day(30), discontinuedAt: day(40) });
      expect(late).toMatchObject({ submittedAt: day(50), enrolledAt: null, closedAt: null });
    });

    it('folds in the ORS and CORS series, by session, with the scored total where there is one', async () => {
      const facts = must(await db.reports.referralFacts());
      const full = facts.find((f) => f.id === ids.full)!;
      expect(full.outcomes).toEqual([
        {
          instrument: 'ORS',
          session: 1,
          date: '2026-04-01',
          rater: 'young-person',
          respondentId: null,
          total: 16,
          population: 'adolescent',
          caretakerRated: false,
        },
        expect.objectContaining({
          session: 4,
          rater: 'parent',
          respondentId: 'parent-a',
          total: 29.5,
        }),
        expect.objectContaining({ session: 4, rater: 'young-person', total: 16 }),
        expect.objectContaining({ session: 6, total: null, population: null }),
      ]);
      expect(facts.find((f) => f.id === ids.dropped)!.outcomes).toEqual([
        expect.objectContaining({ instrument: 'CORS', total: 20, caretakerRated: true }),
      ]);
      expect(facts.find((f) => f.id === ids.declined)!.outcomes).toEqual([]);
    });

    it('gives the facts as they stood at a moment', async () => {
      const facts = must(await db.reports.referralFacts({ until: day(25) }));
      expect(facts.map((f) => f.id)).toEqual([ids.full, ids.declined, ids.dropped]);
      expect(facts[0]).toMatchObject({
        enrolledAt: day(20),
        completedAt: null,
        followedUpAt: null,
      });
      expect(facts[0]!.outcomes).toEqual([]);
      expect(facts[2]).toMatchObject({ enrolledAt: null, discontinuedAt: null });
      const april = must(await db.reports.referralFacts({ until: '2026-04-01T00:00:00Z' }));
      expect(april.find((f) => f.id === ids.full)!.outcomes.map((o) => o.session)).toEqual([1, 6]);
    });

    it('reads everything in one query, however many referrals there are', async () => {
      for (let i = 0; i < 20; i++) {
        const id = must(await db.referrals.create(newReferral({ event: event(day(60)) }))).id;
        await walk(id, [['enrolled', 61]]);
        must(await db.outcomes.record(outcome(id, {})));
      }
      let queries = 0;
      const counting = new Proxy(db.driver, {
        get(target, key, receiver) {
          const value: unknown = Reflect.get(target, key, receiver);
          if (key === 'query' && typeof value === 'function') {
            return (...args: unknown[]) => {
              queries++;
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          }
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        },
      });
      const facts = must(await createReportRepository(counting).referralFacts());
      expect(facts).toHaveLength(24);
      expect(facts.filter((f) => f.outcomes.length === 1)).toHaveLength(21);
      expect(queries).toBe(1);
    });

    it('refuses a bad moment with the path of the field', async () => {
      const bad = await db.reports.referralFacts({ until: 'yesterday' });
      expect(bad.ok).toBe(false);
      if (bad.ok) return;
      expect(bad.error.code).toBe('INVALID_INPUT');
      expect(bad.error.issues.map((i) => i.path)).toEqual(['until']);
    });
  });
});
