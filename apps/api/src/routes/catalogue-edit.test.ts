import {
  hsdsId,
  openLiveCatalogue,
  stockholmCatalogueData,
  toHsds,
  type LiveCatalogue,
} from '@lotsen/catalogue';
import { openDatabase, type Database } from '@lotsen/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLERS, createWorld, type Caller, type World } from '../test-support.js';

/*
 * Editing the catalogue through the API, as the city's editors would: a district editor fixes a
 * service's contact and ages and every public view serves it at once; history and revert; what a
 * provider editor may not touch; an HSDS import as a dry run, then applied.
 */

const FARSTA = 'farsta-humlan';
const ERSTA = 'ersta-vandpunkten';
const ERSTA_SERVICE = 'ersta-vandpunkten-barngrupper';

let db: Database;
let live: LiveCatalogue;
let world: World;
type Who = 'farstaEditor' | 'otherDistrictEditor' | 'erstaEditor' | 'coordinator' | 'socialWorker';
const auth = {} as Record<Who, Record<string, string>>;

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  const seeded = await db.catalogue.seedIfEmpty(stockholmCatalogueData());
  if (!seeded.ok) throw seeded.error;
  const opened = await openLiveCatalogue(db.catalogue);
  if (!opened.ok) throw opened.error;
  live = opened.value;
  world = await createWorld({ db, app: { catalogue: live } });
  const bearer = async (claims: Record<string, unknown>) => ({
    authorization: `Bearer ${await world.sign(claims)}`,
  });
  auth.farstaEditor = await bearer({
    sub: 'ed-farsta',
    role: 'district_editor',
    district_id: 'farsta',
  });
  auth.otherDistrictEditor = await bearer({
    sub: 'ed-bromma',
    role: 'district_editor',
    district_id: 'bromma',
  });
  auth.erstaEditor = await bearer({ sub: 'ed-ersta', role: 'provider_editor', provider_id: ERSTA });
  auth.coordinator = world.headers('coordinator');
  auth.socialWorker = world.headers('socialWorkerA');
});
afterAll(async () => {
  await world?.close();
  await live?.close();
  await db?.close();
});

const patch = (id: string, who: Who, version: number, payload: object) =>
  world.app.inject({
    method: 'PATCH',
    url: `/v1/catalogue/services/${id}`,
    headers: { ...auth[who], 'if-match': `"${version}"` },
    payload,
  });

describe('a district editor keeps a service of their district', () => {
  it('updates contact and ages; the service page, the match, the HSDS feed serve it; history names who; revert restores', async () => {
    const read = await world.app.inject({
      method: 'GET',
      url: `/v1/catalogue/services/${FARSTA}`,
      headers: auth.farstaEditor,
    });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.json().freshness.state).toBe('unverified');
    const before = read.json().service;

    const updated = await patch(FARSTA, 'farstaEditor', 1, {
      contact: { phone: '08-508 18 000', email: 'humlan.farsta@stockholm.se' },
      ages: { min: 7, max: 12 },
      howToStart: { kind: 'call_us' },
      plainSummary: {
        sv: 'En grupp för barn 7–12 år vars förälder dricker för mycket.',
        en: 'A group for children aged 7–12 whose parent drinks too much.',
      },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.headers.etag).toBe('"2"');

    const page = await world.app.inject({ method: 'GET', url: `/v1/services/${FARSTA}` });
    expect(page.json().service.contact.phone).toBe('08-508 18 000');
    expect(page.json().service.ages).toEqual({ min: 7, max: 12 });
    const match = await world.app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: { age: 10, districtId: 'farsta', needs: before.needs, limit: 200 },
    });
    const result = match.json().results.find((r: { serviceId: string }) => r.serviceId === FARSTA);
    expect(result.contact.phone).toBe('08-508 18 000');
    const hsds = await world.app.inject({ method: 'GET', url: `/hsds/services/${FARSTA}` });
    expect(hsds.json().minimum_age).toBe(7);
    expect(hsds.json().phones.map((p: { number: string }) => p.number)).toContain('08-508 18 000');

    const history = await world.app.inject({
      method: 'GET',
      url: `/v1/catalogue/services/${FARSTA}/history`,
      headers: auth.farstaEditor,
    });
    const [change] = history.json().items;
    expect(change).toMatchObject({
      version: 2,
      action: 'update',
      actor: { id: 'ed-farsta', role: 'district_editor' },
    });
    expect(change.changes.map((c: { path: string }) => c.path)).toEqual(
      expect.arrayContaining([
        'contact.phone',
        'contact.email',
        'ages',
        'howToStart',
        'plainSummary',
      ]),
    );

    const stale = await patch(FARSTA, 'farstaEditor', 1, { method: 'ABC' });
    expect(stale.statusCode).toBe(409);

    const reverted = await world.app.inject({
      method: 'POST',
      url: `/v1/catalogue/services/${FARSTA}/revert`,
      headers: { ...auth.farstaEditor, 'if-match': '"2"' },
      payload: { version: 2 },
    });
    expect(reverted.statusCode).toBe(200);
    expect(reverted.json().version).toBe(3);
    const back = await world.app.inject({ method: 'GET', url: `/v1/services/${FARSTA}` });
    expect(back.json().service).toEqual(before);
  });

  it('may not touch another district’s service (404), nor any without a role (401, 403)', async () => {
    expect((await patch(FARSTA, 'otherDistrictEditor', 3, { method: 'ABC' })).statusCode).toBe(404);
    expect((await patch(FARSTA, 'socialWorker', 3, { method: 'ABC' })).statusCode).toBe(403);
    const anonymous = await world.app.inject({
      method: 'PATCH',
      url: `/v1/catalogue/services/${FARSTA}`,
      headers: { 'if-match': '"3"' },
      payload: { method: 'ABC' },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('changes the district contact route of its own district only', async () => {
    const put = (district: string, who: Who) =>
      world.app.inject({
        method: 'PUT',
        url: `/v1/catalogue/districts/${district}/contact`,
        headers: { ...auth[who], 'if-match': '"1"' },
        payload: { phone: '08-508 18 100', note: { sv: 'Vardagar 8–16', en: 'Weekdays 8–4' } },
      });
    expect((await put('bromma', 'farstaEditor')).statusCode).toBe(404);
    expect((await put('farsta', 'erstaEditor')).statusCode).toBe(403);
    const ok = await put('farsta', 'farstaEditor');
    expect(ok.statusCode).toBe(200);
    const districts = await world.app.inject({ method: 'GET', url: '/v1/districts' });
    const farsta = districts.json().items.find((d: { id: string }) => d.id === 'farsta');
    expect(farsta.contact.phone).toBe('08-508 18 100');
  });
});

describe('a provider editor', () => {
  it("gets 404 on another provider's service, and nothing changes", async () => {
    const before = await db.catalogue.entry('service', FARSTA);
    const revision = await db.catalogue.revision();
    for (const [method, url, payload] of [
      ['PATCH', `/v1/catalogue/services/${FARSTA}`, { contact: { phone: '0700-000 000' } }],
      ['POST', `/v1/catalogue/services/${FARSTA}/unpublish`, undefined],
      ['GET', `/v1/catalogue/services/${FARSTA}/history`, undefined],
    ] as const) {
      const res = await world.app.inject({
        method,
        url,
        headers: { ...auth.erstaEditor, 'if-match': '"3"' },
        ...(payload ? { payload } : {}),
      });
      expect(res.statusCode).toBe(404);
    }
    expect(await db.catalogue.entry('service', FARSTA)).toEqual(before);
    expect(await db.catalogue.revision()).toEqual(revision);
  });

  it('edits its own service, but cannot move it to another provider', async () => {
    const own = await patch(ERSTA_SERVICE, 'erstaEditor', 1, {
      schedule: {
        nextStart: '2027-01-19',
        note: { sv: 'Tisdagar 17–18.30', en: 'Tuesdays 5–6.30 pm' },
      },
      languages: ['sv', 'en'],
    });
    expect(own.statusCode).toBe(200);
    const moved = await patch(ERSTA_SERVICE, 'erstaEditor', 2, { providerId: 'kallan' });
    expect(moved.statusCode).toBe(403);
  });

  it('cannot put back, by a revert, a provider the coordination team took down', async () => {
    const post = (url: string, who: Who, version: number, payload?: object) =>
      world.app.inject({
        method: 'POST',
        url,
        headers: { ...auth[who], 'if-match': `"${version}"` },
        ...(payload ? { payload } : {}),
      });
    const page = async () =>
      world.app.inject({
        method: 'GET',
        url: `/v1/catalogue/providers/${ERSTA}`,
        headers: auth.coordinator,
      });
    const before = (await page()).json<{ version: number; published: boolean }>();
    expect(before.published).toBe(true);
    const down = await post(
      `/v1/catalogue/providers/${ERSTA}/unpublish`,
      'coordinator',
      before.version,
    );
    expect(down.statusCode).toBe(200);
    const downVersion = down.json<{ version: number }>().version;

    const undo = await post(`/v1/catalogue/providers/${ERSTA}/revert`, 'erstaEditor', downVersion, {
      version: downVersion,
    });
    expect(undo.statusCode).toBe(403);
    expect((await page()).json()).toMatchObject({ published: false, version: downVersion });

    // The coordination team may, and the provider is served again.
    const back = await post(`/v1/catalogue/providers/${ERSTA}/revert`, 'coordinator', downVersion, {
      version: downVersion,
    });
    expect(back.statusCode).toBe(200);
    expect((await page()).json()).toMatchObject({ published: true });
  });
});

describe('bad input', () => {
  it('refuses markup with the field path, and an address on a confidential venue', async () => {
    const markup = await patch(FARSTA, 'coordinator', 3, {
      name: { sv: '<script>alert(1)</script>', en: 'Humlan' },
    });
    expect(markup.statusCode).toBe(400);
    expect(markup.json().errors?.[0]?.path ?? JSON.stringify(markup.json())).toContain('name');
    const address = await patch(FARSTA, 'coordinator', 3, {
      confidentialLocation: true,
      contact: { address: 'Hemliga vägen 1, Farsta' },
    });
    expect(address.statusCode).toBe(400);
    expect(JSON.stringify(address.json())).toContain('contact.address');
    const page = await world.app.inject({ method: 'GET', url: `/v1/services/${FARSTA}` });
    expect(JSON.stringify(page.json())).not.toContain('Hemliga');
  });

  it('refuses a confirmation date or confirmer written by an edit: only /verify sets them', async () => {
    const entry = async () =>
      (
        await world.app.inject({
          method: 'GET',
          url: `/v1/catalogue/services/${ERSTA_SERVICE}`,
          headers: auth.erstaEditor,
        })
      ).json<{ version: number; service: { verifiedOn?: string; verifiedBy?: string } }>();
    const before = await entry();
    for (const payload of [
      { verifiedOn: '2026-12-01' },
      { verifiedBy: 'samordning@stockholm.se', method: 'ABC' },
    ]) {
      const forged = await patch(ERSTA_SERVICE, 'erstaEditor', before.version, payload);
      expect(forged.statusCode, forged.body).toBe(400);
      expect(JSON.stringify(forged.json())).toMatch(/verified(On|By)/);
    }
    expect(await entry()).toEqual(before);
  });
});

describe('verification', () => {
  it('lists unverified entries for the coordination team until verified', async () => {
    const list = async () =>
      (
        await world.app.inject({
          method: 'GET',
          url: '/v1/catalogue/unverified',
          headers: auth.coordinator,
        })
      )
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await list()).toContain(FARSTA);
    const verified = await world.app.inject({
      method: 'POST',
      url: `/v1/catalogue/services/${FARSTA}/verify`,
      headers: { ...auth.farstaEditor, 'if-match': '"3"' },
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().freshness.state).toBe('verified');
    expect(await list()).not.toContain(FARSTA);
    const hsds = await world.app.inject({ method: 'GET', url: `/hsds/services/${FARSTA}` });
    expect(hsds.json().assured_date).toBe('2026-03-02');
    const forbidden = await world.app.inject({
      method: 'GET',
      url: '/v1/catalogue/unverified',
      headers: auth.farstaEditor,
    });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('an HSDS import', () => {
  it('shows exactly one changed, one new and one missing service as a dry run, then applies them', async () => {
    const document = structuredClone(toHsds(live.current())) as unknown as {
      services: { id: string; name: string; x_lotsen: { id: string } }[];
    };
    const services = document.services;
    const changed = services.find((s) => s.x_lotsen.id === 'kallan-barngrupper')!;
    changed.name = 'Källan barngrupper (ny namn)';
    const missing = services.findIndex((s) => s.x_lotsen.id === 'kallan-anhoriggrupp');
    services.splice(missing, 1);
    const fresh = structuredClone(changed);
    fresh.x_lotsen.id = 'kallan-syskongrupp';
    fresh.id = hsdsId('service', 'kallan-syskongrupp');
    services.push(fresh);

    const run = (dryRun: boolean) =>
      world.app.inject({
        method: 'POST',
        url: `/v1/catalogue/import?dryRun=${dryRun}`,
        headers: auth.coordinator,
        payload: document,
      });
    const dry = await run(true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({
      dryRun: true,
      added: [{ kind: 'service', id: 'kallan-syskongrupp' }],
      changed: [
        {
          kind: 'service',
          id: 'kallan-barngrupper',
          changes: [
            { path: 'name.sv', before: expect.any(String), after: 'Källan barngrupper (ny namn)' },
          ],
        },
      ],
      unpublished: [{ kind: 'service', id: 'kallan-anhoriggrupp' }],
    });
    expect(live.service('kallan-syskongrupp')).toBeUndefined();

    const applied = await run(false);
    expect(applied.statusCode).toBe(200);
    expect(applied.json().revision).toBeGreaterThan(0);
    expect(live.service('kallan-syskongrupp')).toBeDefined();
    expect(live.service('kallan-anhoriggrupp')).toBeUndefined();
    expect(live.service('kallan-barngrupper')?.name.sv).toBe('Källan barngrupper (ny namn)');
    // Round trip: the export now is what was imported, so a second dry run finds nothing.
    const again = await world.app.inject({
      method: 'POST',
      url: '/v1/catalogue/import?dryRun=true',
      headers: auth.coordinator,
      payload: toHsds(live.current()),
    });
    expect(again.json()).toEqual({ dryRun: true, added: [], changed: [], unpublished: [] });
  });

  it('is for the coordination team only', async () => {
    const res = await world.app.inject({
      method: 'POST',
      url: '/v1/catalogue/import',
      headers: auth.farstaEditor,
      payload: {},
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('the role matrix of the editing routes', () => {
  // Writes carry a stale version, so that every caller let through gets 409 and nothing changes.
  const stale = { 'if-match': '"999"' };
  const routes = [
    { method: 'GET', url: `/v1/catalogue/services/${FARSTA}`, ok: 200 },
    { method: 'GET', url: `/v1/catalogue/services/${FARSTA}/history`, ok: 200 },
    {
      method: 'PATCH',
      url: `/v1/catalogue/services/${FARSTA}`,
      ok: 409,
      payload: { method: 'ABC' },
    },
    { method: 'POST', url: `/v1/catalogue/services/${FARSTA}/unpublish`, ok: 409 },
    { method: 'GET', url: `/v1/catalogue/services/${ERSTA_SERVICE}`, ok: 200, provider: true },
    {
      method: 'PATCH',
      url: `/v1/catalogue/services/${ERSTA_SERVICE}`,
      ok: 409,
      provider: true,
      payload: { method: 'ABC' },
    },
    { method: 'GET', url: `/v1/catalogue/providers/${ERSTA}`, ok: 200, provider: true },
    { method: 'GET', url: '/v1/catalogue/districts/farsta/contact', ok: 200, districtsOnly: true },
    { method: 'GET', url: '/v1/catalogue/unverified', ok: 200, coordinatorOnly: true },
  ] as const;
  const expected = (route: (typeof routes)[number], caller: Caller): number => {
    if (caller === 'anonymous') return 401;
    if (caller === 'coordinator') return route.ok;
    if (caller === 'districtEditorA') {
      if ('coordinatorOnly' in route) return 403;
      return 'provider' in route ? 404 : route.ok;
    }
    if (caller === 'providerEditor') {
      if ('coordinatorOnly' in route || 'districtsOnly' in route) return 403;
      return 'provider' in route ? route.ok : 404;
    }
    return 403;
  };

  it('lets each role do exactly what it may', async () => {
    const seen: string[] = [];
    const want: string[] = [];
    for (const route of routes) {
      for (const caller of CALLERS) {
        const res = await world.app.inject({
          method: route.method,
          url: route.url,
          headers: { ...world.headers(caller), ...stale },
          ...('payload' in route ? { payload: route.payload } : {}),
        });
        seen.push(`${route.method} ${route.url} ${caller}: ${res.statusCode}`);
        want.push(`${route.method} ${route.url} ${caller}: ${expected(route, caller)}`);
      }
    }
    expect(seen).toEqual(want);
  });
});

describe('the OpenAPI document', () => {
  it('documents the editing routes with their roles and the If-Match header', async () => {
    const res = await world.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; in: string }[]; security?: unknown[] }>
      >;
    }>();
    const patchService = doc.paths['/v1/catalogue/services/{id}']?.patch;
    expect(patchService?.parameters?.some((p) => p.in === 'header' && p.name === 'if-match')).toBe(
      true,
    );
    expect(patchService?.security?.length).toBeGreaterThan(0);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/catalogue/import',
        '/v1/catalogue/unverified',
        '/v1/catalogue/districts/{id}/contact',
      ]),
    );
  });
});

describe("a service's place made confidential after its groups were planned", () => {
  it('is no longer published in the public list of groups, whatever the cohort says', async () => {
    const cohort = await world.app.inject({
      method: 'POST',
      url: '/v1/cohorts',
      headers: auth.coordinator,
      payload: {
        id: 'farsta-humlan-var',
        serviceId: FARSTA,
        ageBand: { min: 7, max: 12 },
        needs: ['parental-substance-abuse'],
        startDate: '2027-03-02',
        meetings: { count: 10, weekday: 'tue', startTime: '16:00', durationMinutes: 90 },
        seats: { min: 2, max: 6 },
        leaderIds: [],
        premises: {
          name: 'Gården vid sjön',
          address: 'Sjövägen 3',
          districtId: 'farsta',
          confidential: false,
        },
        language: 'sv',
        status: 'planned',
      },
    });
    expect(cohort.statusCode, cohort.body).toBe(201);
    const groups = async () =>
      (await world.app.inject({ method: 'GET', url: '/v1/cohorts' })).json<{
        items: { id: string; premises: Record<string, unknown> }[];
      }>();
    const before = (await groups()).items.find((c) => c.id === 'farsta-humlan-var');
    expect(before?.premises).toMatchObject({ name: 'Gården vid sjön', address: 'Sjövägen 3' });

    const page = await world.app.inject({
      method: 'GET',
      url: `/v1/catalogue/services/${FARSTA}`,
      headers: auth.coordinator,
    });
    const { service, version } = page.json<{
      service: { contact?: Record<string, unknown> };
      version: number;
    }>();
    const { address: _address, ...contact } = service.contact ?? {};
    const hidden = await patch(FARSTA, 'coordinator', version, {
      confidentialLocation: true,
      contact,
    });
    expect(hidden.statusCode, hidden.body).toBe(200);

    const after = (await groups()).items.find((c) => c.id === 'farsta-humlan-var');
    expect(after?.premises).toEqual({ districtId: 'farsta', confidential: true });
    expect(JSON.stringify(await groups())).not.toMatch(/Gården vid sjön|Sjövägen/);
  });
});
