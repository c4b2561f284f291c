import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_CACHE_CONTROL, buildWebApp } from './app.js';
import { createApiClient } from './api/client.js';
import { CHAT_URL, createWebWorld, type WebWorld } from './test-world.test-support.js';

let world: WebWorld;
beforeAll(async () => {
  world = await createWebWorld();
});
afterAll(async () => world?.close());

const get = (url: string) => world.web.inject({ method: 'GET', url });
/** The names of the groups listed, in order (each group's heading). */
const listed = (body: string) =>
  [...body.matchAll(/<h2 id="g-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);

describe('the public groups page', () => {
  it('lists the planned and running example groups in Swedish, labelled as example data', async () => {
    const answer = await get('/grupper');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('<html lang="sv">');
    expect(answer.body).toContain('Exempeldata');
    expect(listed(answer.body)).toHaveLength(6);
    expect(answer.body).toContain('Pågår');
    expect(answer.body).toContain('Startar snart');
    expect(answer.body).toContain('tisdagar 17.00–18.30');
    expect(answer.body).toContain('8 av 8');
  });

  it('is English at /en/groups, with the chat link in English', async () => {
    const answer = await get('/en/groups');
    expect(answer.body).toContain('<html lang="en">');
    expect(answer.body).toContain('Example data');
    expect(answer.body).toContain('Tuesdays 17:00–18:30');
    expect(answer.body).toContain(`href="${CHAT_URL}?lang=en"`);
  });

  it('never shows where a confidential group meets, only its district', async () => {
    const answer = await get('/grupper?area=sodermalm');
    expect(answer.body).toContain('Södermalm (adressen får ni när ni tar kontakt)');
    expect(answer.body).not.toContain('Lokal på Södermalm');
  });

  it('filters by area, age band, need and term with a plain GET form', async () => {
    expect(listed((await get('/grupper?area=farsta')).body)).toHaveLength(1);
    // 13–15 overlaps the teenagers' group (13–16) and Vägen (10–13).
    expect(listed((await get('/grupper?age=13-15')).body)).toHaveLength(2);
    expect(listed((await get('/grupper?age=16-20')).body)).toHaveLength(1);
    const separation = (await get('/grupper?need=parental-separation')).body;
    expect(listed(separation)).toHaveLength(2);
    // The term of the start date: Humlan started on 28 December 2026, the rest in spring 2027.
    expect(listed((await get('/grupper?term=2027-spring')).body)).toHaveLength(5);
    expect(listed((await get('/grupper?term=2026-autumn')).body)).toEqual(['Humlan']);
    expect(listed((await get('/grupper?term=2028-spring')).body)).toHaveLength(0);
    const none = await get('/grupper?area=farsta&age=0-5');
    expect(none.body).toContain('Inga grupper med platser kvar passar just nu');
    // The form keeps what was chosen.
    expect((await get('/grupper?area=farsta')).body).toMatch(/<option value="farsta"\s+selected>/);
  });

  it('ignores filter values it does not know instead of failing, and never echoes them as markup', async () => {
    const answer = await get('/grupper?area=%3Cscript%3Ealert(1)%3C/script%3E&age=x&term=%22%3E');
    expect(answer.statusCode).toBe(200);
    expect(answer.body).not.toContain('<script');
    expect(listed(answer.body)).toHaveLength(6);
  });

  it('runs no script, loads nothing from elsewhere, and fits in 50 KB', async () => {
    const answer = await get('/grupper');
    expect(answer.body).not.toMatch(/<script|<link|<img|src=/);
    expect(Buffer.byteLength(answer.body)).toBeLessThan(50 * 1024);
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('may be kept by a CDN', async () => {
    const answer = await get('/grupper?need=parental-separation');
    expect(answer.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });
});

describe('the shortlist', () => {
  it('is a link carrying only the chosen services, and lists their groups', async () => {
    const page = (await get('/grupper')).body;
    // The checkboxes post service ids to the shortlist page, and nothing else.
    expect(page).toContain(
      '<form id="shortlist" class="staff" method="get" action="/grupper/urval">',
    );
    expect(page).toContain('name="ids" value="farsta-humlan" form="shortlist"');
    const answer = await get('/grupper/urval?ids=farsta-humlan&ids=alvsjo-skilda-varldar');
    expect(answer.statusCode).toBe(200);
    expect(listed(answer.body)).toHaveLength(2);
    expect(answer.body).toContain('Exempeldata');
    expect(answer.body).toContain('@media print');
    // The link to the other language keeps the same choice.
    expect(answer.body).toContain(
      'href="/en/groups/shortlist?ids=farsta-humlan&amp;ids=alvsjo-skilda-varldar"',
    );
  });

  it('drops ids that are not ids, and says when nothing is chosen', async () => {
    const answer = await get('/en/groups/shortlist?ids=%3Cb%3E');
    expect(answer.body).toContain('No groups are chosen.');
    expect(answer.body).not.toContain('<b>');
  });
});

describe('without the example data', () => {
  it('says nothing about example data', async () => {
    const bare = await createWebWorld({ example: false });
    try {
      const answer = await bare.web.inject({ method: 'GET', url: '/grupper' });
      expect(answer.statusCode).toBe(200);
      expect(answer.body).not.toContain('Exempeldata');
      expect(answer.body).toContain('Inga grupper med platser kvar passar just nu');
    } finally {
      await bare.close();
    }
  });
});

describe('when the API does not answer', () => {
  it('answers 503 when nothing listens where the API should be', async () => {
    const web = await buildWebApp({
      api: createApiClient({ baseUrl: 'http://127.0.0.1:9' }),
      chatUrl: CHAT_URL,
      fastify: { logger: false },
    });
    try {
      const answer = await web.inject({ method: 'GET', url: '/en/groups' });
      expect(answer.statusCode).toBe(503);
      expect(answer.body).toContain('cannot be shown right now');
    } finally {
      await web.close();
    }
  });

  it('answers 503, uncached, and still offers the chat', async () => {
    const web = await buildWebApp({
      api: createApiClient({
        baseUrl: 'http://127.0.0.1:9',
        fetch: async () => new Response('', { status: 502 }),
      }),
      chatUrl: CHAT_URL,
    });
    try {
      const answer = await web.inject({ method: 'GET', url: '/grupper' });
      expect(answer.statusCode).toBe(503);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.body).toContain('Fråga Lotsen');
    } finally {
      await web.close();
    }
  });
});
