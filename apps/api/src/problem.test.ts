import { CatalogueError } from '@lotsen/catalogue';
import { DomainError, err, ok, type Result } from '@lotsen/domain';
import { FormationError } from '@lotsen/formation';
import { OUTCOMES_ERROR_CODES, OutcomesError } from '@lotsen/outcomes';
import { ReferralError } from '@lotsen/referral';
import { StorageError } from '@lotsen/storage';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { RequestRefused, errorHandler, isPackageError, problemFor, unwrap } from './problem.js';

describe('problemFor: package error codes to HTTP, in one place', () => {
  it('maps every error type by its code', () => {
    const cases: [unknown, number][] = [
      [new StorageError('INVALID_INPUT', 'x'), 400],
      [new StorageError('NOT_FOUND', 'x'), 404],
      [new StorageError('CONFLICT', 'x'), 409],
      [new StorageError('NO_SEATS', 'x'), 409],
      [new StorageError('UNAVAILABLE', 'x'), 503],
      [new StorageError('MIGRATION_FAILED', 'x'), 503],
      [new ReferralError('INVALID_EVENT', 'x'), 400],
      [new ReferralError('INVALID_INPUT', 'x'), 400],
      [new ReferralError('INVALID_SNAPSHOT', 'x'), 500],
      [new ReferralError('EVENT_NOT_ALLOWED', 'x'), 409],
      [new ReferralError('REFERRAL_CLOSED', 'x'), 409],
      [new FormationError('INVALID_INPUT', 'x'), 400],
      [new FormationError('DUPLICATE_ID', 'x'), 409],
      [new FormationError('UNKNOWN_REFERENCE', 'x'), 400],
      [new CatalogueError('NOT_FOUND', 'x'), 404],
      [new CatalogueError('INVALID_QUERY', 'x'), 400],
      [new DomainError('PERSONAL_DATA_REFUSED', 'x'), 400],
      [new RequestRefused(422, 'LEADER_RULE', 'x'), 422],
      [new RequestRefused(404, 'NOT_FOUND', 'x'), 404],
    ];
    for (const [error, status] of cases) {
      expect(problemFor(error)?.status, String(error)).toBe(status);
      expect(isPackageError(error)).toBe(true);
    }
    for (const code of OUTCOMES_ERROR_CODES) {
      const status = problemFor(new OutcomesError(code, 'x'))!.status;
      expect(code === 'INVALID_CONFIG' ? status === 500 : status >= 400 && status < 500, code).toBe(
        true,
      );
    }
    expect(problemFor(new Error('plain'))).toBeUndefined();
    expect(isPackageError(new Error('plain'))).toBe(false);
  });

  it('carries the allowed events, the current version and the field paths', () => {
    const notAllowed = problemFor(
      new ReferralError('EVENT_NOT_ALLOWED', 'A submitted referral does not accept ENROL now', {
        allowedEvents: ['ACCEPT', 'DECLINE'],
      }),
    );
    expect(notAllowed).toMatchObject({
      status: 409,
      code: 'EVENT_NOT_ALLOWED',
      type: 'https://lotsen.stockholm/problems/event-not-allowed',
      allowedEvents: ['ACCEPT', 'DECLINE'],
    });
    const stale = problemFor(
      new StorageError('CONFLICT', 'stale', {
        details: { actualVersion: 4, detail: 'Key (id)=(secret) already exists' },
      }),
    );
    expect(stale).toMatchObject({ status: 409, currentVersion: 4 });
    expect(JSON.stringify(stale)).not.toContain('secret');
    const invalid = problemFor(
      new OutcomesError('MISSING_ITEM', 'x', [
        { code: 'MISSING_ITEM', path: 'items.1', message: 'Missing' },
      ]),
    );
    expect(invalid?.errors).toEqual([{ path: 'items.1', message: 'Missing' }]);
  });

  it('says nothing about internals in a 5xx', () => {
    const fault = problemFor(new StorageError('UNAVAILABLE', 'connect ECONNREFUSED 10.0.0.5:5432'));
    expect(fault).toEqual({ type: 'about:blank', title: 'Database unavailable', status: 503 });
  });
});

describe('unwrap: one error path for every route', () => {
  async function appAnswering(result: Result<string, unknown>) {
    const app = Fastify();
    app.setErrorHandler(errorHandler);
    app.get('/x', async () => ({ value: unwrap(result) }));
    const res = await app.inject({ method: 'GET', url: '/x?secret=1' });
    await app.close();
    return res;
  }

  it('gives the value of a successful result', async () => {
    const res = await appAnswering(ok('fine'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: 'fine' });
  });

  it("answers a failed result's package error by the table, with its field paths", async () => {
    const res = await appAnswering(
      err(
        new RequestRefused(422, 'LEADER_RULE', 'Two leaders needed', [
          { path: 'leaderIds', message: 'At least two' },
        ]),
      ),
    );
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toEqual({
      type: 'https://lotsen.stockholm/problems/leader-rule',
      title: 'Refused by the rules',
      status: 422,
      code: 'LEADER_RULE',
      detail: 'Two leaders needed',
      instance: '/x',
      errors: [{ path: 'leaderIds', message: 'At least two' }],
    });
    const missing = await appAnswering(err(new StorageError('NOT_FOUND', 'No cohort "c1"')));
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'No cohort "c1"' });
  });

  it('answers any other error as a 500 that says nothing about it', async () => {
    const res = await appAnswering(err(new Error('connection to 10.0.0.5 lost')));
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('10.0.0.5');
  });
});
