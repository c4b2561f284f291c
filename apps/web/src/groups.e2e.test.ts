import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebWorld, type WebWorld } from './test-world.test-support.js';

// The public groups page in a real browser (Debian's chromium through playwright-core) against the
// real web app and API: a parent on a phone, with JavaScript off, chooses groups by keyboard alone;
// axe at 320 and 1280 px; screenshots of each for review in docs/screenshots/.
// LOTSEN_SKIP_BROWSER=1 skips it; otherwise a missing browser is a failure, not a skip.

const CHROMIUM = process.env.LOTSEN_CHROMIUM_PATH ?? '/usr/bin/chromium';
const SKIP = process.env.LOTSEN_SKIP_BROWSER === '1';
const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

let world: WebWorld;
let browser: Browser;
let base = '';

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate<AxeViolation[]>(
    "axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }).then((r) => r.violations)",
  );
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate<boolean>(`document.activeElement.matches(${JSON.stringify(selector)})`))
      return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The names of the groups the page lists. */
const groupNames = (page: Page) => page.locator('ul.groups h2').allTextContents();

describe.skipIf(SKIP)('the public groups page in a browser', () => {
  beforeAll(async () => {
    world = await createWebWorld();
    await world.web.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(world.web.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  it('lets a parent on a phone, without JavaScript, choose groups by keyboard alone', async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
      locale: 'sv-SE',
    });
    const page = await context.newPage();
    await page.goto(`${base}/grupper`);
    expect(await groupNames(page)).toHaveLength(6);
    expect(await page.locator('.example').textContent()).toContain('Exempeldata');
    // Nothing is wider than the phone.
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}web-groups-320.png`, fullPage: false });
    // The area and the age by keyboard: focus the select, pick by typing, then submit with Enter.
    await tabTo(page, '#f-area');
    // Type-ahead to the S's, then the arrow keys to Södermalm, as a keyboard user does.
    await page.keyboard.type('S');
    for (let i = 0; i < 10; i++) {
      if ((await page.evaluate<string>("document.getElementById('f-area').value")) === 'sodermalm')
        break;
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, '#f-age');
    await page.keyboard.type('10');
    await tabTo(page, 'form.filters button[type=submit]');
    await Promise.all([page.waitForURL(/\?/), page.keyboard.press('Enter')]);
    expect(page.url()).toContain('area=sodermalm');
    expect(page.url()).toContain('age=10-12');
    const names = await groupNames(page);
    expect(names).toHaveLength(1);
    // The confidential group shows its district only.
    expect(await page.locator('ul.groups').textContent()).toContain(
      'adressen får ni när ni tar kontakt',
    );
    await page.screenshot({ path: `${SHOTS}web-groups-320-filtered.png`, fullPage: true });
    await context.close();
  }, 120_000);

  it('has no axe violations at 320 and 1280 px, in Swedish and English', async () => {
    for (const width of [320, 1280]) {
      for (const path of [
        '/grupper',
        '/en/groups',
        '/grupper?area=sodermalm&age=10-12',
        '/grupper?area=farsta&age=0-5',
        '/grupper/urval?ids=farsta-humlan',
      ]) {
        // The pages forbid scripts (CSP); axe is injected as one, so the test bypasses it.
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          bypassCSP: true,
        });
        const page = await context.newPage();
        await page.goto(base + path);
        expect({ width, path, violations: await axeViolations(page) }).toEqual({
          width,
          path,
          violations: [],
        });
        if (width === 1280 && path === '/grupper')
          await page.screenshot({ path: `${SHOTS}web-groups-1280.png`, fullPage: false });
        await context.close();
      }
    }
  }, 180_000);

  it('makes a shortlist from chosen groups, and prints it without the controls', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/grupper`);
    await page.getByRole('checkbox', { name: /Humlan/ }).check();
    await page
      .getByRole('checkbox', { name: /Skilda världar/ })
      .first()
      .check();
    await Promise.all([
      page.waitForURL(/urval/),
      page.getByRole('button', { name: 'Gör en lista av valda grupper' }).click(),
    ]);
    const url = new URL(page.url());
    // The link holds only service ids.
    expect([...url.searchParams.keys()].every((k) => k === 'ids')).toBe(true);
    expect(await groupNames(page)).toHaveLength(2);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.noprint').first().isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}web-shortlist-print.png`, fullPage: true });
    await context.close();
  }, 120_000);
});
