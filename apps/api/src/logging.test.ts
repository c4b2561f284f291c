import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from './logging.js';
import {
  A,
  SYSTEM_KEY,
  cohortBody,
  createWorld,
  leaderBody,
  referralBody,
  type World,
} from './test-support.js';

/*
 * The structured logs never hold a request body, a child's data, a query string or a credential.
 * The app runs with the production logger configuration at the most verbose level, writing into a
 * buffer, while requests carrying marked values go through it.
 */

const lines: string[] = [];
let w: World;

beforeAll(async () => {
  w = await createWorld({
    app: {
      fastify: { logger: loggerOptions('trace', { write: (line) => void lines.push(line) }) },
    },
  });
});
afterAll(async () => {
  await w.close();
});

describe('structured logs', () => {
  it('log method, route and status, but no body, child data, query string or token', async () => {
    const coordinator = w.headers('coordinator');
    const token = coordinator.authorization!.slice('Bearer '.length);
    const markers: string[] = [token.slice(0, 40), token.slice(-40), SYSTEM_KEY];
    const mark = (name: string) => {
      const value = `${name}-${Math.random().toString(36).slice(2, 10)}`;
      markers.push(value);
      return value;
    };

    const inject = (
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      payload?: unknown,
      headers: Record<string, string> = coordinator,
    ) =>
      w.app.inject({
        method,
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });

    for (const id of ['exp-1', 'exp-2']) await inject('POST', '/v1/leaders', leaderBody(id));
    await inject(
      'POST',
      '/v1/cohorts',
      cohortBody('A', { leaderIds: ['exp-1', 'exp-2'], status: 'open' }),
    );
    const pseudonym = mark('PSEUDO');
    const created = await inject('POST', '/v1/referrals', referralBody('A', pseudonym));
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    markers.push(id);
    await inject('POST', `/v1/referrals/${id}/events`, { type: 'DECLINE', reason: mark('REASON') });
    await inject(
      'POST',
      `/v1/referrals/${id}/events`,
      { type: 'ACCEPT' },
      {
        ...coordinator,
        'if-match': `"${mark('ETAG').length}"`,
      },
    );
    await inject('POST', '/v1/match', {
      age: 9,
      districtId: A.district,
      needs: ['parental-substance-abuse'],
      note: mark('MATCH'),
    });
    await inject('GET', `/v1/services?district=bromma&age=11&q=${mark('QUERY')}`);
    await inject('GET', `/v1/nowhere/${mark('PATH')}`);
    await w.app.inject({
      method: 'POST',
      url: '/v1/referrals',
      headers: { ...coordinator, 'content-type': 'application/json' },
      payload: `{"child": "${mark('RAW')}"`,
    });
    await inject('GET', '/v1/referrals', undefined, {
      authorization: `Bearer ${mark('BADTOKEN')}`,
    });
    await inject('GET', '/v1/reports/equity?format=csv', undefined, { 'x-api-key': SYSTEM_KEY });
    await inject('POST', `/v1/referrals/${id}/outcomes`, {
      instrument: 'CORS',
      session: 1,
      date: '2026-03-01',
      rater: 'child',
      respondentId: mark('RESPONDENT'),
      items: [3, 4, 5, 4],
    });

    const log = lines.join('');
    // The logs were written, per request, with the route pattern and the status.
    expect(lines.length).toBeGreaterThan(20);
    expect(log).toContain('"route":"/v1/referrals/:id/events"');
    expect(log).toContain('"statusCode":409');
    for (const marker of markers) expect(log, marker).not.toContain(marker);
    expect(log).not.toMatch(/\?[a-z]+=/);
    expect(log).not.toContain('Bearer');
    expect(log).not.toContain('parental-substance-abuse');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('log a server fault by its type and code, never its message or the stored data', async () => {
    const created = await w.app.inject({
      method: 'POST',
      url: '/v1/referrals',
      headers: w.headers('coordinator'),
      payload: referralBody('A', 'FA-FAULT-1'),
    });
    const id = created.json().id as string;
    // Storage is corrupted behind the API's back: the snapshot no longer restores.
    const secret = 'CORRUPT-7d1f';
    await w.db.driver.query(`UPDATE referrals SET snapshot = $2::jsonb WHERE id = $1`, [
      id,
      JSON.stringify({ value: 'accepted', context: { child: { pseudonym: secret } } }),
    ]);
    const before = lines.length;
    const res = await w.app.inject({
      method: 'POST',
      url: `/v1/referrals/${id}/events`,
      headers: w.headers('coordinator'),
      payload: { type: 'WITHDRAW' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      instance: `/v1/referrals/${id}/events`,
    });
    const fault = lines.slice(before).join('');
    expect(fault).toContain('"fault":{"type":"ReferralError","code":"INVALID_SNAPSHOT"');
    expect(fault).not.toContain(secret);
    expect(fault).not.toContain('malformed');
  });
});
