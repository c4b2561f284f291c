import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { event, must, newReferral, referralRequest } from './fixtures.test-support.js';
import type { Database } from './index.js';

async function countRows(db: Database) {
  const { rows } = await db.driver.query<{ referrals: number; events: number }>(
    `SELECT (SELECT count(*) FROM referrals)::int AS referrals,
            (SELECT count(*) FROM referral_events)::int AS events`,
  );
  return rows[0]!;
}

describe.each(engines('referrals'))('referrals on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('creates a referral at version 1 and logs its creation', async () => {
      const input = newReferral({ submittedAt: '2026-03-01T08:00:00.000Z' });
      const created = must(await db.referrals.create(input));
      expect(created).toMatchObject({
        id: input.id,
        status: 'submitted',
        version: 1,
        snapshot: input.snapshot,
        priority: 0,
        submittedAt: '2026-03-01T08:00:00.000Z',
        createdAt: '2026-03-02T09:00:00.000Z',
        child: { pseudonym: 'RK-0001', age: 9, districtId: 'rinkeby-kista', languages: ['sv'] },
      });
      expect(must(await db.referrals.get(input.id!))).toEqual(created);
      const events = must(await db.referrals.events(input.id!));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        version: 1,
        kind: 'created',
        fromStatus: null,
        toStatus: 'submitted',
        actorId: 'coordinator-1',
        role: 'coordinator',
        at: '2026-03-02T09:00:00.000Z',
      });
    });

    describe('created once per idempotency key', () => {
      const hash = (n: number) => n.toString(16).padStart(64, '0');
      const key = (n: number, request = 1) => ({ keyHash: hash(n), requestHash: hash(request) });

      it('answers a retry with the referral the first request created, and stores nothing more', async () => {
        const before = await countRows(db);
        const first = must(await db.referrals.createOnce(newReferral(), key(101)));
        expect(first.replayed).toBe(false);
        // The retry builds its referral afresh (a new id), as a client resending the request would.
        const again = must(await db.referrals.createOnce(newReferral(), key(101)));
        expect(again).toEqual({ referral: first.referral, replayed: true });
        expect(await countRows(db)).toEqual({
          referrals: before.referrals + 1,
          events: before.events + 1,
        });
        // Another key is another referral.
        const other = must(await db.referrals.createOnce(newReferral(), key(102)));
        expect(other.referral.id).not.toBe(first.referral.id);
      });

      it('refuses the key with another request, writing nothing', async () => {
        must(await db.referrals.createOnce(newReferral(), key(103, 1)));
        const before = await countRows(db);
        const reused = await db.referrals.createOnce(newReferral(), key(103, 2));
        expect(reused.ok).toBe(false);
        if (!reused.ok) expect(reused.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
        expect(await countRows(db)).toEqual(before);
      });

      it('lets a key be used again once its day has passed', async () => {
        const first = must(await db.referrals.createOnce(newReferral(), key(104, 1)));
        const nextDay = newReferral({ event: event('2026-03-03T09:00:01.000Z') });
        const later = must(await db.referrals.createOnce(nextDay, key(104, 2)));
        expect(later.replayed).toBe(false);
        expect(later.referral.id).not.toBe(first.referral.id);
        // Keys past their day are gone once a new one is claimed: the table keeps about a day.
        const { rows } = await db.driver.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM referral_idempotency_keys WHERE created_at < $1',
          ['2026-03-02T09:00:01.000Z'],
        );
        expect(rows[0]!.n).toBe(0);
      });

      it('creates exactly one referral when the same request races itself', async () => {
        const before = await countRows(db);
        const answers = await Promise.all(
          Array.from({ length: 8 }, () => db.referrals.createOnce(newReferral(), key(105))),
        );
        const created = answers.map((a) => must(a));
        expect(created.filter((c) => !c.replayed)).toHaveLength(1);
        expect(new Set(created.map((c) => c.referral.id)).size).toBe(1);
        expect((await countRows(db)).referrals).toBe(before.referrals + 1);
      });

      it('leaves nothing behind, key included, when the referral cannot be stored', async () => {
        const taken = must(await db.referrals.create(newReferral()));
        const before = await countRows(db);
        const duplicate = await db.referrals.createOnce(newReferral({ id: taken.id }), key(106));
        expect(duplicate.ok).toBe(false);
        expect(await countRows(db)).toEqual(before);
        // The key was not kept: it works for a referral that can be stored.
        expect(must(await db.referrals.createOnce(newReferral(), key(106))).replayed).toBe(false);
      });

      it('tells, without writing, whether a key holds, for which referral, and until when', async () => {
        const at = '2026-03-02T10:00:00.000Z';
        expect(must(await db.referrals.replayOf(key(107), at))).toBeUndefined();
        const first = must(await db.referrals.createOnce(newReferral(), key(107)));
        const before = await countRows(db);
        expect(must(await db.referrals.replayOf(key(107), at))).toEqual(first.referral);
        const other = await db.referrals.replayOf(key(107, 2), at);
        expect(other.ok).toBe(false);
        if (!other.ok) expect(other.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
        // A day after the first request the key is free again, as createOnce would treat it.
        expect(must(await db.referrals.replayOf(key(107), '2026-03-03T09:00:00.000Z'))).toBe(
          undefined,
        );
        expect(await countRows(db)).toEqual(before);
        for (const [keyHash, when] of [
          ['my-key', at],
          [hash(107), 'yesterday'],
        ] as const) {
          const bad = await db.referrals.replayOf({ keyHash, requestHash: hash(1) }, when);
          expect(bad.ok).toBe(false);
          if (!bad.ok) expect(bad.error.code).toBe('INVALID_INPUT');
        }
      });

      it('refuses keys that are not hashes', async () => {
        const bad = await db.referrals.createOnce(newReferral(), {
          keyHash: 'my-key',
          requestHash: hash(1),
        });
        expect(bad.ok).toBe(false);
        if (!bad.ok) expect(bad.error.code).toBe('INVALID_INPUT');
      });
    });

    it('transitions atomically: bumps the version and appends who, role, when, from, to and why', async () => {
      const { id } = must(await db.referrals.create(newReferral()));
      const moved = must(
        await db.referrals.transition(id, 1, {
          toStatus: 'needs_info',
          snapshot: { value: 'needs_info' },
          event: {
            actorId: 'sw-7',
            role: 'district_social_worker',
            reason: 'consent missing',
            at: '2026-03-03T10:00:00Z',
          },
        }),
      );
      expect(moved).toMatchObject({
        status: 'needs_info',
        version: 2,
        snapshot: { value: 'needs_info' },
      });
      const declined = must(
        await db.referrals.transition(id, 2, {
          toStatus: 'declined',
          declineReason: 'out_of_area',
          snapshot: { value: 'declined' },
          event: event('2026-03-04T10:00:00.000Z'),
        }),
      );
      expect(declined).toMatchObject({
        status: 'declined',
        declineReason: 'out_of_area',
        version: 3,
      });
      const events = must(await db.referrals.events(id));
      expect(events.map((e) => [e.version, e.kind, e.fromStatus, e.toStatus])).toEqual([
        [1, 'created', null, 'submitted'],
        [2, 'transition', 'submitted', 'needs_info'],
        [3, 'transition', 'needs_info', 'declined'],
      ]);
      expect(events[1]).toMatchObject({
        actorId: 'sw-7',
        role: 'district_social_worker',
        reason: 'consent missing',
        at: '2026-03-03T10:00:00.000Z',
      });
    });

    it('refuses a stale version with CONFLICT and leaves nothing behind', async () => {
      const { id } = must(await db.referrals.create(newReferral()));
      must(
        await db.referrals.transition(id, 1, {
          toStatus: 'accepted',
          snapshot: { value: 'accepted' },
          event: event(),
        }),
      );
      const before = await countRows(db);
      const stale = await db.referrals.transition(id, 1, {
        toStatus: 'withdrawn',
        snapshot: { value: 'withdrawn' },
        event: event(),
      });
      expect(stale.ok).toBe(false);
      if (stale.ok) return;
      expect(stale.error.code).toBe('CONFLICT');
      expect(stale.error.details).toMatchObject({
        expectedVersion: 1,
        actualVersion: 2,
        actualStatus: 'accepted',
      });
      expect(await countRows(db)).toEqual(before);
      expect(must(await db.referrals.get(id))).toMatchObject({
        status: 'accepted',
        version: 2,
        snapshot: { value: 'accepted' },
      });
      expect(must(await db.referrals.events(id))).toHaveLength(2);
    });

    it('lets exactly one of several racing transitions from the same version win', async () => {
      const { id } = must(await db.referrals.create(newReferral()));
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          db.referrals.transition(id, 1, {
            toStatus: 'accepted',
            snapshot: { value: 'accepted', by: i },
            event: { ...event(), actorId: `worker-${i}` },
          }),
        ),
      );
      const winners = results.filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(11);
      const events = must(await db.referrals.events(id));
      expect(events).toHaveLength(2);
      const stored = must(await db.referrals.get(id));
      expect(stored.version).toBe(2);
      expect(events[1]!.actorId).toBe(`worker-${(stored.snapshot as { by: number }).by}`);
    });

    it('gives INVALID_INPUT with the path of every bad field and writes nothing', async () => {
      const before = await countRows(db);
      const bad = await db.referrals.create({
        ...newReferral(),
        request: {
          ...referralRequest(),
          child: { pseudonym: 'RK-9', age: 40, districtId: 'Rinkeby' } as never,
        },
        status: 'nonsense' as never,
        snapshot: { when: new Date() } as never,
        event: { actorId: '', role: 'coordinator', at: 'yesterday' },
      });
      expect(bad.ok).toBe(false);
      if (bad.ok) return;
      expect(bad.error.code).toBe('INVALID_INPUT');
      const paths = bad.error.issues.map((i) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'request.child.age',
          'request.child.districtId',
          'status',
          'snapshot',
          'event.actorId',
          'event.at',
        ]),
      );
      expect(await countRows(db)).toEqual(before);
    });

    it('refuses personal data in the request with INVALID_INPUT', async () => {
      const bad = await db.referrals.create({
        ...newReferral(),
        request: {
          ...referralRequest(),
          child: { ...referralRequest().child, name: 'Kalle' },
        } as never,
      });
      expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT');
      expect(!bad.ok && bad.error.issues.map((i) => i.path)).toEqual(['request.child.name']);
    });

    it('requires a decline reason for declined', async () => {
      const { id } = must(await db.referrals.create(newReferral()));
      const result = await db.referrals.transition(id, 1, {
        toStatus: 'declined',
        snapshot: {},
        event: event(),
      });
      expect(!result.ok && result.error.issues).toEqual([
        { path: 'change.declineReason', message: 'A declined referral needs a decline reason' },
      ]);
    });

    it('reports NOT_FOUND and CONFLICT for missing and duplicate ids', async () => {
      const missing = randomUUID();
      expect(await db.referrals.get(missing)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(
        await db.referrals.transition(missing, 1, {
          toStatus: 'accepted',
          snapshot: {},
          event: event(),
        }),
      ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await db.referrals.get('not-a-uuid')).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
      const input = newReferral();
      must(await db.referrals.create(input));
      expect(await db.referrals.create(input)).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
    });

    it('lists by district and status', async () => {
      const a = must(
        await db.referrals.create(
          newReferral({ request: referralRequest('spanga-tensta', 'ST-1') }),
        ),
      );
      const b = must(
        await db.referrals.create(
          newReferral({ request: referralRequest('spanga-tensta', 'ST-2'), status: 'draft' }),
        ),
      );
      const inDistrict = must(await db.referrals.list({ districtId: 'spanga-tensta' }));
      expect(inDistrict.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
      const drafts = must(
        await db.referrals.list({ districtId: 'spanga-tensta', status: ['draft'] }),
      );
      expect(drafts.map((r) => r.id)).toEqual([b.id]);
      expect(b.submittedAt).toBeUndefined();
      expect(await db.referrals.list({ status: 'bogus' as never })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'status' }] },
      });
    });

    it('keeps the event log append-only in the database itself', async () => {
      const { id } = must(await db.referrals.create(newReferral()));
      for (const sql of [
        `UPDATE referral_events SET reason = 'edited' WHERE referral_id = '${id}'`,
        `DELETE FROM referral_events WHERE referral_id = '${id}'`,
        'TRUNCATE referral_events CASCADE',
      ]) {
        await expect(db.driver.query(sql)).rejects.toMatchObject({ code: '23001' });
      }
      expect(must(await db.referrals.events(id))).toHaveLength(1);
    });
  });
});
