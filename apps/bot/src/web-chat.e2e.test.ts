import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '@lotsen/storage';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBotApp } from './app.js';

// The anonymous web chat in a real browser (Debian's chromium through playwright-core) against the real
// bot app: page, Direct Line subset, botbuilder adapter and conversation core, nothing faked.
// LOTSEN_SKIP_BROWSER=1 skips it; otherwise a missing browser is a failure, not a skip.
// LOTSEN_SCREENSHOT_DIR=<dir> keeps a screenshot of each size there.

const CHROMIUM = process.env.LOTSEN_CHROMIUM_PATH ?? '/usr/bin/chromium';
const SKIP = process.env.LOTSEN_SKIP_BROWSER === '1';
const SCREENSHOTS = process.env.LOTSEN_SCREENSHOT_DIR;
/** The phone screenshots are kept in the repository for review (issue 14). */
const PHONE_SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LIMIT = 150 * 1024;
/** A Tuesday morning: office hours, and no chat state ever expires in the middle of the test. */
const clock = () => new Date('2026-03-10T09:30:00+01:00');

// In-page code is written as strings: this package's TypeScript has no DOM types, and should not.
interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

let db: Database | undefined;
let app: Awaited<ReturnType<typeof buildBotApp>> | undefined;
let browser: Browser | undefined;
let base = '';

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate<AxeViolation[]>('axe.run().then((r) => r.violations)');
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

interface PhoneLayout {
  logShare: number;
  logHeight: number;
  /** The first result card's height, once measured. */
  cardHeight?: number;
  /** tel: and https: links smaller than 44×44 px, with their size. */
  smallTargets: string[];
}

/** Measures what a phone shows: the conversation's share of the screen, and the link targets. */
const phoneLayout = (page: Page) =>
  page.evaluate<PhoneLayout>(`(() => {
    const log = document.getElementById('log').getBoundingClientRect();
    const small = [...document.querySelectorAll('a[href^="tel:"], a[href^="https:"]')]
      .filter((a) => a.offsetParent !== null)
      .map((a) => [a.getAttribute('href'), a.getBoundingClientRect()])
      .filter(([, r]) => r.width < 44 || r.height < 44)
      .map(([href, r]) => href + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
    return { logShare: log.height / window.innerHeight, logHeight: log.height, smallTargets: small };
  })()`);

/** What the phone run measured, printed at the end for the record. */
const results: Record<string, PhoneLayout> = {};

const botMessages = (page: Page) => page.locator('#log .msg-bot').count();

/** Runs `act` and waits until the bot has answered with at least one new message. */
async function andWaitForReply(page: Page, act: () => Promise<void>) {
  const before = await botMessages(page);
  await act();
  // A function, not a string: the page's Content-Security-Policy (no 'unsafe-eval') stays on.
  await page.waitForFunction(
    (count) => document.querySelectorAll('#log .msg-bot').length > count,
    before,
    { timeout: 20_000 },
  );
}

interface Focused {
  id: string;
  tag: string;
  text: string;
  inLog: boolean;
  inSuggestions: boolean;
  outline: string;
  /** A disclosure's aria-expanded, or null. */
  expanded: string | null;
}

const focused = (page: Page) =>
  page.evaluate<Focused>(`(() => {
    const el = document.activeElement;
    return {
      id: el?.id ?? '',
      tag: el?.tagName ?? '',
      text: el?.textContent?.trim() ?? '',
      inLog: !!el?.closest('#log'),
      inSuggestions: !!el?.closest('#suggestions'),
      outline: el ? getComputedStyle(el).outlineStyle : 'none',
      expanded: el?.getAttribute('aria-expanded') ?? null,
    };
  })()`);

const lang = (page: Page) => page.evaluate<string>('document.documentElement.lang');

/** Presses `key` until `wanted` holds for the focused element (at most `limit` times). */
async function tabUntil(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  wanted: (f: Focused) => boolean,
  limit = 60,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (wanted(f)) return f;
  }
  throw new Error(`no element reached with ${key} in ${limit} presses`);
}

describe.skipIf(SKIP)('the web chat page, in a real browser against the real bot', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `No browser at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium), point ` +
          'LOTSEN_CHROMIUM_PATH at a Chromium binary, or set LOTSEN_SKIP_BROWSER=1 to skip the browser tests.',
      );
    }
    db = await openDatabase({ dataDir: 'memory://' });
    app = await buildBotApp({ db, clock });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    if (results.phone) console.log('phone layout at 320×640:', JSON.stringify(results.phone));
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  it.each([
    { size: 'desktop', width: 1280, height: 800 },
    { size: 'phone', width: 320, height: 640 },
  ])(
    'holds a conversation by keyboard alone, switches language, and has no axe violations ($size, $width×$height)',
    async ({ size, width, height }) => {
      const context = await browser!.newContext({
        viewport: { width, height },
        // The page's Content-Security-Policy forbids inline scripts; axe is injected as one.
        bypassCSP: true,
        reducedMotion: size === 'phone' ? 'reduce' : 'no-preference',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const measured: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        measured.push(
          request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize })),
        );
      });

      // Light, and all from our own origin.
      await page.goto(`${base}/chat/`);
      await page.waitForLoadState('networkidle');
      const requests = await Promise.all(measured);
      const transferred = requests.reduce((sum, r) => sum + r.bytes, 0);
      expect(requests.map((r) => r.url).sort()).toEqual(
        ['/chat/', '/chat/chat.css', '/chat/chat.js', '/chat/favicon.svg', '/chat/linkify.js'].map(
          (p) => base + p,
        ),
      );
      expect(transferred).toBeGreaterThan(0);
      expect(transferred).toBeLessThan(LIMIT);
      expect(await lang(page)).toBe('sv');
      expect(await page.locator('footer').innerText()).toMatch(/112[\s\S]*BRIS[\s\S]*116 111/);
      expect(await page.locator('#notice').innerText()).toMatch(
        /automatisk guide, inte en människa/,
      );
      expect(await axeViolations(page)).toEqual([]);

      // The skip link is the first stop, and leads to the message field.
      let f = await tabUntil(page, 'Tab', () => true, 1);
      expect(f.text).toBe('Hoppa till meddelandefältet');
      await page.keyboard.press('Enter');
      f = await focused(page);
      expect(f.id).toBe('message');
      expect(f.outline).not.toBe('none');

      // A question in everyday words; Enter sends it; the bot answers with cards and suggestions.
      await andWaitForReply(page, async () => {
        await page.keyboard.type('Min son är 10 år och bor i Skärholmen, hans pappa dricker');
        await page.keyboard.press('Enter');
      });
      await page.locator('#log .msg-bot .card').first().waitFor({ timeout: 20_000 });
      await page.locator('#suggestions button').first().waitFor();
      expect(await page.locator('#log .msg-user').last().innerText()).toContain(
        'hans pappa dricker',
      );
      expect(await page.locator('#message').inputValue()).toBe('');
      expect(await page.locator('#log .msg-bot .card h3').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      // The privacy notice was read once; now it waits behind "Om Lotsen".
      expect(await page.locator('#notice').isVisible()).toBe(false);
      expect(await page.locator('#about').getAttribute('aria-expanded')).toBe('false');
      // Once per conversation: the bot's greeting does not say it again.
      expect(await page.locator('#log').innerText()).not.toMatch(/personnummer|inte en människa/);
      if (size === 'phone') {
        await page.waitForTimeout(500);
        const layout = await phoneLayout(page);
        results[size] = layout;
        // With results shown, the conversation has at least 60 % of the screen.
        expect(layout.logShare).toBeGreaterThanOrEqual(0.6);
        expect(layout.smallTargets).toEqual([]);
        await page.screenshot({ path: join(PHONE_SHOTS, 'web-chat-320-results.png') });
        // A compact card: name, how to get in touch and its buttons fit in the conversation at once.
        const card = page.locator('#log .msg-bot .card').first();
        await page.evaluate(
          "document.querySelector('#log .msg-bot .card').scrollIntoView({ block: 'start' })",
        );
        await page.screenshot({ path: join(PHONE_SHOTS, 'web-chat-320-card.png') });
        const cardHeight = (await card.boundingBox())!.height;
        layout.cardHeight = cardHeight;
        expect(cardHeight).toBeLessThan(layout.logHeight);
        // How to get in touch is on the card itself, as a number to tap.
        expect(await card.locator(':scope > div a[href^="tel:"]').count()).toBeGreaterThan(0);
      }
      // The notice is one tap away, and folds away again.
      await page.locator('#about').click();
      expect(await page.locator('#notice').innerText()).toMatch(
        /Skriv inte namn eller personnummer/,
      );
      expect(await page.locator('#about').getAttribute('aria-expanded')).toBe('true');
      await page.locator('#about').click();
      expect(await page.locator('#notice').isVisible()).toBe(false);
      // Away from the button, so that the screenshots do not show it hovered.
      await page.mouse.move(width / 2, height - 1);
      await page.locator('#message').focus();

      // Back from the message field to a suggested reply, and press it.
      f = await tabUntil(page, 'Shift+Tab', (x) => x.inSuggestions);
      expect(f.tag).toBe('BUTTON');
      expect(f.outline).not.toBe('none');
      const suggestion = f.text;
      await andWaitForReply(page, () => page.keyboard.press('Enter'));
      expect(await page.locator('#log .msg-user').last().innerText()).toContain(suggestion);

      // A card's details are behind a disclosure a keyboard opens, and a screen reader hears open.
      f = await tabUntil(page, 'Shift+Tab', (x) => x.inLog && x.expanded === 'false');
      expect(f.text).toBe('Mer om stödet');
      await page.keyboard.press('Enter');
      f = await focused(page);
      expect(f.expanded).toBe('true');
      const details = await page.evaluate<string>(
        "document.getElementById(document.activeElement.getAttribute('aria-controls')).innerText",
      );
      expect(details).toMatch(/Ålder/);
      expect(details).not.toMatch(/Väg in|Direktintag|SoL|Anges inte/);
      await page.keyboard.press('Enter');

      // Further back, to a button on a result card (an Action.Submit), and press it.
      f = await tabUntil(page, 'Shift+Tab', (x) => x.inLog && x.tag === 'BUTTON' && !x.expanded);
      const cardButton = f.text;
      await andWaitForReply(page, () => page.keyboard.press('Enter'));
      expect(await page.locator('#log .msg-user').last().innerText()).toContain(cardButton);

      // An acute concern: the crisis card stands out as an alert, with 112 to call.
      await page.locator('#message').focus();
      await andWaitForReply(page, async () => {
        await page.keyboard.type('jag vill inte leva längre');
        await page.keyboard.press('Enter');
      });
      const crisis = page.locator('#log [role="alert"]').last();
      await crisis.waitFor();
      expect(await crisis.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
      expect(await crisis.innerText()).toMatch(/VIKTIGT/i);
      expect(await axeViolations(page)).toEqual([]);
      if (size === 'phone') {
        await page.waitForTimeout(500);
        await page.screenshot({ path: join(PHONE_SHOTS, 'web-chat-320-crisis.png') });
        // Tap-to-call comes first: 112, and the helplines, in view without scrolling.
        const calls = await page.evaluate<{ href: string; top: number; bottom: number }[]>(`(() => {
          const alert = [...document.querySelectorAll('#log [role="alert"]')].pop();
          return [...alert.querySelectorAll('a[href^="tel:"]')].map((a) => {
            const r = a.getBoundingClientRect();
            return { href: a.getAttribute('href'), top: r.top, bottom: r.bottom };
          });
        })()`);
        // The first link to each number is its call button (the contact list below repeats them).
        const buttons = ['tel:112', 'tel:90101', 'tel:116111'].flatMap((href) =>
          calls.filter((c) => c.href === href).slice(0, 1),
        );
        expect(new Set(buttons.map((c) => c.href))).toEqual(
          new Set(['tel:112', 'tel:90101', 'tel:116111']),
        );
        const logBox = await page.locator('#log').boundingBox();
        for (const c of buttons) {
          expect(c.top, c.href).toBeGreaterThanOrEqual(logBox!.y - 1);
          expect(c.bottom, c.href).toBeLessThanOrEqual(
            Math.min(height, logBox!.y + logBox!.height) + 1,
          );
        }
        const layout = await phoneLayout(page);
        expect(layout.smallTargets).toEqual([]);
      }

      // The language switch, by keyboard: the page's own strings turn English, and so does the bot.
      f = await tabUntil(page, 'Shift+Tab', (x) => x.id === 'lang');
      expect(f.text).toBe('English');
      await andWaitForReply(page, () => page.keyboard.press('Enter'));
      expect(await lang(page)).toBe('en');
      expect(await page.title()).toMatch(/chat about support/);
      expect(await page.locator('label[for="message"]').innerText()).toBe('Write your message');
      expect(await page.locator('#send').innerText()).toBe('Send');
      expect(await page.locator('#lang').innerText()).toBe('Svenska');
      expect(await page.locator('footer').innerText()).toMatch(/In danger now\? Call 112/);
      expect(await page.locator('#log .msg-bot').last().getAttribute('lang')).toBe('en');
      await page.locator('#message').focus();
      await andWaitForReply(page, async () => {
        await page.keyboard.type('help');
        await page.keyboard.press('Enter');
      });
      expect(await page.locator('#log .msg-bot').last().getAttribute('lang')).toBe('en');
      expect(await axeViolations(page)).toEqual([]);

      // Privacy: the browser keeps the chosen language and nothing else.
      expect(
        await page.evaluate(
          '({ local: Object.entries(localStorage), session: sessionStorage.length, cookie: document.cookie })',
        ),
      ).toEqual({ local: [['lotsen.chat.lang', 'en']], session: 0, cookie: '' });

      // Fits the screen: no sideways scrolling, and nothing in the header cut off.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
        true,
      );
      expect(
        await page.evaluate(
          "[...document.querySelectorAll('header button')].every((b) => b.getBoundingClientRect().right <= window.innerWidth)",
        ),
      ).toBe(true);
      if (size === 'phone') {
        // Reduced motion: the "typing" dots stand still.
        expect(
          await page.evaluate(
            "getComputedStyle(document.querySelector('#typing span')).animationName",
          ),
        ).toBe('none');
      }

      if (SCREENSHOTS) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.waitForTimeout(1000); // let a smooth scroll finish
        await page.screenshot({ path: join(SCREENSHOTS, `web-chat-${size}.png`) });
      }
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );

  it('follows the bot when the language is changed inside the conversation', async () => {
    const context = await browser!.newContext({ viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${base}/chat/`);
    await page.locator('#message').focus();
    await andWaitForReply(page, async () => {
      await page.keyboard.type('byt språk');
      await page.keyboard.press('Enter');
    });
    await page.locator('#suggestions button', { hasText: 'English' }).waitFor();
    await tabUntil(page, 'Shift+Tab', (x) => x.inSuggestions && x.text === 'English');
    await andWaitForReply(page, () => page.keyboard.press('Enter'));
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('label[for="message"]').innerText()).toBe('Write your message');
    expect(await page.locator('#log .msg-bot').last().getAttribute('lang')).toBe('en');
    await context.close();
  }, 60_000);

  it('starts afresh on reload: nothing of the conversation survives but the language', async () => {
    const context = await browser!.newContext({ viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${base}/chat/`);
    await page.locator('#message').focus();
    await andWaitForReply(page, async () => {
      await page.keyboard.type('Jag är förälder');
      await page.keyboard.press('Enter');
    });
    await page.locator('#lang').focus();
    await page.keyboard.press('Enter');
    await page.reload();
    // Only the page's own greeting is left, now in English.
    expect(await page.locator('#log .msg-user').count()).toBe(0);
    expect(await page.locator('#log .msg').count()).toBe(1);
    expect(await lang(page)).toBe('en');
    await context.close();
  }, 60_000);
});
