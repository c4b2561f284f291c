import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { exportPKCS8, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { startBotProcess } from './fixture-drivers.test-support.js';
import { loadStaffDirectory, parseStaffDirectory } from './staff-directory.js';

const TENANT = '72f988bf-0000-4000-8000-000000000001';
const WORKER = 'A3C1E2D4-5B6F-4A7B-8C9D-0E1F2A3B4C5D';
const COORDINATOR = 'c5e3a4f6-7d8b-4c9d-8e1f-2a3b4c5d6e7f';
const catalogue = stockholmCatalogue();
const isKnownDistrict = (id: string) => catalogue.district(id) !== undefined;

const file = (staff: unknown[], extra: Record<string, unknown> = {}) => ({
  source: 'Entra groups lotsen-staff-*',
  generatedAt: '2026-03-01T02:00:00Z',
  tenantId: TENANT,
  staff,
  ...extra,
});

describe('the staff directory', () => {
  it('finds staff by tenant and Entra object id, in either case, with role and district', () => {
    const directory = parseStaffDirectory(
      file([
        { entraObjectId: WORKER, role: 'district_social_worker', districtId: 'farsta' },
        { entraObjectId: COORDINATOR, role: 'coordinator' },
      ]),
      { isKnownDistrict },
    );
    if (!directory.ok) throw directory.error;
    expect(directory.value.size).toBe(2);
    expect(directory.value.find(TENANT, WORKER.toLowerCase())).toEqual({
      tenantId: TENANT,
      entraObjectId: WORKER.toLowerCase(),
      role: 'district_social_worker',
      districtId: 'farsta',
    });
    expect(directory.value.find(TENANT.toUpperCase(), COORDINATOR)).toMatchObject({
      role: 'coordinator',
    });
    // The same object id in another tenant, and an unknown id, are nobody.
    expect(directory.value.find('00000000-0000-4000-8000-000000000099', WORKER)).toBeUndefined();
    expect(directory.value.find(TENANT, '00000000-0000-4000-8000-000000000001')).toBeUndefined();
  });

  it.each([
    [
      'a social worker without a district',
      file([{ entraObjectId: WORKER, role: 'district_social_worker' }]),
      'staff.0.districtId',
    ],
    [
      'a role the bot does not act for',
      file([{ entraObjectId: WORKER, role: 'system' }]),
      'staff.0.role',
    ],
    [
      'a name, or any field it does not know',
      file([{ entraObjectId: WORKER, role: 'coordinator', displayName: 'Anna Andersson' }]),
      'staff.0.displayName',
    ],
    [
      'a person listed twice',
      file([
        { entraObjectId: WORKER, role: 'coordinator' },
        { entraObjectId: WORKER.toLowerCase(), role: 'coordinator' },
      ]),
      'staff.1.entraObjectId',
    ],
    [
      'an object id that is not one',
      file([{ entraObjectId: 'anna@stockholm.se', role: 'coordinator' }]),
      'staff.0.entraObjectId',
    ],
    [
      'a district the catalogue does not know',
      file([{ entraObjectId: WORKER, role: 'district_social_worker', districtId: 'atlantis' }]),
      'staff.0.districtId',
    ],
    ['no tenant', { staff: [] }, 'tenantId'],
  ])('refuses %s, naming the field', (_what, input, path) => {
    const directory = parseStaffDirectory(input, { isKnownDistrict });
    expect(directory.ok).toBe(false);
    if (directory.ok) return;
    expect(directory.error.code).toBe('INVALID');
    expect(directory.error.issues.map((i) => i.path)).toContain(path);
    expect(directory.error.message).toContain(path);
  });

  it('reads the file, and says when it is missing or not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotsen-staff-'));
    const good = join(dir, 'staff.json');
    writeFileSync(
      good,
      JSON.stringify(file([{ entraObjectId: COORDINATOR, role: 'coordinator' }])),
    );
    const loaded = await loadStaffDirectory(good);
    expect(loaded.ok && loaded.value.size).toBe(1);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "tenantId": ');
    const notJson = await loadStaffDirectory(broken);
    expect(!notJson.ok && [notJson.error.code, notJson.error.message]).toEqual([
      'UNREADABLE',
      `The staff directory ${broken} is not JSON`,
    ]);
    const missing = await loadStaffDirectory(join(dir, 'nope.json'));
    expect(!missing.ok && missing.error.code).toBe('UNREADABLE');
  });
});

describe('starting the bot with staff referrals', () => {
  const start = startBotProcess;

  const TEAMS = {
    MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
    MicrosoftAppTenantId: '00000000-0000-4000-8000-000000000001',
    MicrosoftAppPassword: 'x',
  };

  it('refuses staff referrals without the Teams app registration, whatever NODE_ENV says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotsen-staff-'));
    const path = join(dir, 'staff.json');
    writeFileSync(path, JSON.stringify(file([])));
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const run = start({
      LOTSEN_API_URL: 'http://127.0.0.1:3000',
      BOT_STAFF_DIRECTORY: path,
      BOT_API_SIGNING_KEY: await exportPKCS8(privateKey),
      BOT_API_ISSUER: 'https://lotsen-bot.test.example',
      MicrosoftAppId: '',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('staff referrals need the Teams app registration');
  }, 60_000);

  it('refuses to start with only some of the settings', () => {
    const run = start({ LOTSEN_API_URL: 'http://127.0.0.1:3000', BOT_API_ISSUER: 'https://bot' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('missing BOT_STAFF_DIRECTORY, BOT_API_SIGNING_KEY');
  }, 60_000);

  it('refuses to start with a directory that is not valid, saying what is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotsen-staff-'));
    const path = join(dir, 'staff.json');
    writeFileSync(
      path,
      JSON.stringify(file([{ entraObjectId: WORKER, role: 'district_social_worker' }])),
    );
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const run = start({
      LOTSEN_API_URL: 'http://127.0.0.1:3000',
      BOT_STAFF_DIRECTORY: path,
      BOT_API_SIGNING_KEY: await exportPKCS8(privateKey),
      BOT_API_ISSUER: 'https://lotsen-bot.test.example',
      ...TEAMS,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'refusing to start: The staff directory is not valid: staff.0.districtId: A district social worker needs a districtId',
    );
  }, 60_000);
});
