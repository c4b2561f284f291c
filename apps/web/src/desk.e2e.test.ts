import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebWorld, type WebWorld } from './test-world.test-support.js';

// The desk's login in a real browser: the development identity provider (oidc-provider), the web
// app's authorization code flow with PKCE (openid-client), and the API accepting the token it got.

const CHROMIUM = process.env.LOTSEN_CHROMIUM_PATH ?? '/usr/bin/chromium';
const SKIP = process.env.LOTSEN_SKIP_BROWSER === '1';
const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let world: WebWorld;
let browser: Browser;

describe.skipIf(SKIP)('the desk', () => {
  beforeAll(async () => {
    world = await createWebWorld({ desk: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  /** Logs in through the development provider's own login form. */
  async function logIn(login: string, width = 1280) {
    // The pages forbid scripts (CSP); axe is injected as one, so the test bypasses it.
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${world.webUrl}/desk`);
    await page.getByRole('link', { name: 'Logga in' }).click();
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('anything');
    await Promise.all([
      page.waitForURL(`${world.webUrl}/desk`),
      page.locator('button[type=submit]').first().click(),
    ]);
    return { context, page };
  }

  it('lets a coordinator log in and see the inbox, with the API accepting the token', async () => {
    const { context, page } = await logIn('koordinator');
    expect(await page.locator('h1').textContent()).toBe('Remisser');
    expect(await page.locator('header').textContent()).toContain('Samordnare');
    // The example term has no referrals yet: the inbox says so rather than failing.
    expect(await page.locator('main').textContent()).toContain('Inga remisser');
    await page.screenshot({ path: `${SHOTS}web-desk-inbox.png` });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate<{ id: string }[]>('axe.run().then((r) => r.violations)');
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('link', { name: 'Logga in' }).waitFor();
    await context.close();
  }, 120_000);

  it('shows a group leader the cohorts their token names', async () => {
    const { context, page } = await logIn('gruppledare', 320);
    expect(await page.locator('h1').textContent()).toBe('Mina grupper');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Humlan');
    expect(text).toContain('Farsta fritidsgård');
    expect(text).toContain('Ersta Vändpunkten');
    expect(text).toContain('Exempeldata');
    await page.screenshot({ path: `${SHOTS}web-desk-leader-320.png`, fullPage: true });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate<{ id: string }[]>('axe.run().then((r) => r.violations)');
    expect(violations.map((v) => v.id)).toEqual([]);
    await context.close();
  }, 120_000);

  it('refuses the desk without a session and never caches it', async () => {
    const answer = await fetch(`${world.webUrl}/desk`);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.text()).toContain('Logga in');
    const forged = await fetch(`${world.webUrl}/desk`, {
      headers: { cookie: 'lotsen_desk=forged' },
    });
    expect(await forged.text()).toContain('Logga in med ditt konto');
  });
});
