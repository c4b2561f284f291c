import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync, inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const webDir = join(root, 'web');
const teamsDir = join(root, 'teams');
const LIMIT = 150 * 1024;

const read = (name: string) => readFileSync(join(webDir, name), 'utf8');

describe('the web chat assets', () => {
  const files = readdirSync(webDir);

  it('are all there, and weigh far less than 150 KB together', () => {
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'chat.js', 'linkify.js', 'chat.css', 'favicon.svg']),
    );
    const total = files.reduce((sum, f) => sum + readFileSync(join(webDir, f)).length, 0);
    // Uncompressed, so the transferred size is at most this.
    expect(total).toBeLessThan(LIMIT);
  });

  it('load nothing from another origin', () => {
    for (const file of files) {
      // An SVG's namespace is a name, not something a browser fetches.
      // linkify.js writes the https scheme in front of an address a message names: a link, not a load.
      const text = read(file)
        .replace(/\sxmlns(:\w+)?="[^"]*"/g, '')
        .replace(file === 'linkify.js' ? '`https://${shown}`' : /^$/, '');
      expect(text, file).not.toMatch(/https?:\/\//i);
      for (const [, value] of text.matchAll(/\b(?:src|href|action)\s*=\s*["']([^"']*)["']/gi)) {
        // Only same-origin paths, fragments, and phone or mail links.
        expect(value, `${file}: ${value}`).toMatch(/^(?:tel:|mailto:|#|[\w.-]+(?:\/[\w.-]*)*$)/);
      }
      if (!file.endsWith('.js')) {
        for (const [, value] of text.matchAll(/url\(\s*["']?([^"')]*)/gi)) {
          expect(value, `${file}: url(${value})`).not.toMatch(/^(?:[a-z]+:|\/\/)/i);
        }
      }
      expect(text, file).not.toMatch(/@import/);
    }
  });

  it('index.html has a language, a title, a labelled input, a live log and the emergency numbers', () => {
    const html = read('index.html');
    expect(html).toMatch(/<html lang="sv">/);
    expect(html).toMatch(/<title>[^<]*Lotsen[^<]*<\/title>/);
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1"/);
    const input = /<input\b[^>]*\bid="([^"]+)"/.exec(html);
    expect(input).not.toBeNull();
    expect(html).toContain(`<label for="${input![1]}"`);
    const log = /<div\b[^>]*\brole="log"[^>]*>/.exec(html)?.[0] ?? '';
    expect(log).toContain('aria-live="polite"');
    expect(html).toMatch(/<button type="submit"[^>]*>\s*Skicka\s*<\/button>/);
    expect(html).toContain('inte en människa');
    const footer = /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? '';
    expect(footer).toContain('href="tel:112"');
    expect(footer).toContain('href="tel:116111"');
    expect(footer).toContain('116 111');
    // No inline script or style: the page runs under a strict Content-Security-Policy.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|<style/);
  });

  it('chat.js parses, and keeps nothing in the browser but the chosen language', () => {
    for (const script of ['chat.js', 'linkify.js']) {
      const check = spawnSync(process.execPath, ['--check', join(webDir, script)], {
        encoding: 'utf8',
      });
      expect(check.stderr, script).toBe('');
      expect(check.status, script).toBe(0);
    }
    const js = read('chat.js');
    expect(js).not.toMatch(/sessionStorage|indexedDB|document\.cookie|caches\./);
    const writes = [...js.matchAll(/localStorage\.setItem\(\s*([^,]+),/g)].map((m) => m[1]);
    expect(writes).toEqual(['LANG_KEY']);
    expect(js).toMatch(/const LANG_KEY = 'lotsen\.chat\.lang';/);
  });
});

// --- The Teams app package

interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

/** Reads a zip archive (no ZIP64, no archive comment), checking every entry's CRC-32. */
function readZip(archive: Buffer): ZipEntry[] {
  const end = archive.length - 22;
  expect(archive.readUInt32LE(end)).toBe(0x06054b50);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localAt = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    expect(archive.readUInt32LE(localAt)).toBe(0x04034b50);
    const start =
      localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28);
    const raw = archive.subarray(start, start + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    expect(crc32(data), name).toBe(crc);
    entries.push({ name, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A PNG's size and its RGBA pixels (8-bit RGBA, unfiltered rows: what make-icons writes). */
function readPng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    expect(crc32(body, crc32(png.subarray(at + 4, at + 8))), type).toBe(
      png.readUInt32BE(at + 8 + length),
    );
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    expect(raw[row]).toBe(0);
    for (let x = 0; x < width; x++) {
      const o = row + 1 + x * 4;
      pixels.push([raw[o]!, raw[o + 1]!, raw[o + 2]!, raw[o + 3]!]);
    }
  }
  return { width, height, colorType: png[25], pixels };
}

describe('the Teams app package', () => {
  const temp = mkdtempSync(join(tmpdir(), 'lotsen-teams-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const BOT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  const run = (script: string, args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...env },
    });

  it('has icons that make-icons.mjs reproduces byte for byte', () => {
    const out = join(temp, 'icons');
    const result = run('make-icons.mjs', ['--out', out]);
    expect(result.status, result.stderr).toBe(0);
    for (const name of ['color.png', 'outline.png']) {
      expect(readFileSync(join(out, name)).equals(readFileSync(join(teamsDir, name))), name).toBe(
        true,
      );
    }
  });

  it('builds a zip with the manifest (bot id filled in), the English strings and both icons', () => {
    const out = join(temp, 'package');
    const result = run('build-teams-package.mjs', ['--out', out], { LOTSEN_TEAMS_BOT_ID: BOT_ID });
    expect(result.status, result.stderr).toBe(0);
    const archive = readFileSync(join(out, 'lotsen-teams.zip'));
    const entries = readZip(archive);
    expect(entries.map((e) => e.name).sort()).toEqual([
      'color.png',
      'en-us.json',
      'manifest.json',
      'outline.png',
    ]);
    const file = (name: string) => entries.find((e) => e.name === name)!.data;

    const text = file('manifest.json').toString('utf8');
    expect(text).not.toContain('${{');
    const manifest = JSON.parse(text);
    expect(manifest.manifestVersion).toBe('1.17');
    expect(manifest.$schema).toContain('/v1.17/MicrosoftTeams.schema.json');
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team']);
    expect(manifest.validDomains).toEqual([]);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
    // The schema's limits.
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.developer.name.length).toBeLessThanOrEqual(32);
    for (const url of Object.values<string>(manifest.developer).slice(1))
      expect(url).toMatch(/^https:\/\//);
    const commands = manifest.bots[0].commandLists[0].commands as {
      title: string;
      description: string;
    }[];
    expect(commands.length).toBeLessThanOrEqual(10);

    // Swedish in the manifest, English in the localization file it names.
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv-se',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }],
    });
    expect(manifest.description.short).toMatch(/stödgrupp/);
    const english = JSON.parse(file('en-us.json').toString('utf8'));
    expect(english['description.short']).toMatch(/support group/);
    expect(english['name.short'].length).toBeLessThanOrEqual(30);
    expect(english['description.short'].length).toBeLessThanOrEqual(80);
    commands.forEach((command, i) => {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
      const key = `bots[0].commandLists[0].commands[${i}]`;
      expect(english[`${key}.title`].length).toBeLessThanOrEqual(32);
      expect(english[`${key}.description`].length).toBeLessThanOrEqual(128);
    });

    const color = readPng(file('color.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.pixels.every((p) => p[3] === 255)).toBe(true);
    const outline = readPng(file('outline.png'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    // White on transparent: every pixel that shows is white, and the corners are clear.
    expect(
      outline.pixels.every((p) => p[3] === 0 || (p[0] === 255 && p[1] === 255 && p[2] === 255)),
    ).toBe(true);
    expect(outline.pixels[0]![3]).toBe(0);
    expect(outline.pixels.some((p) => p[3] === 255)).toBe(true);

    // An independent reader agrees, when the machine has one.
    const unzip = spawnSync('unzip', ['-t', join(out, 'lotsen-teams.zip')], { encoding: 'utf8' });
    if (!unzip.error) expect(unzip.status, unzip.stdout).toBe(0);
  });

  it("uses a separate Teams app id when given one, and the organisation's own pages", () => {
    const out = join(temp, 'app-id');
    const appId = '6f1c2b9a-0d3e-4b5f-8a7c-1e2d3c4b5a69';
    const result = run('build-teams-package.mjs', ['--out', out], {
      LOTSEN_TEAMS_BOT_ID: BOT_ID,
      LOTSEN_TEAMS_APP_ID: appId,
      LOTSEN_TEAMS_PRIVACY_URL: 'https://stad.example/lotsen/integritet',
    });
    expect(result.status, result.stderr).toBe(0);
    const manifest = JSON.parse(
      readZip(readFileSync(join(out, 'lotsen-teams.zip')))
        .find((e) => e.name === 'manifest.json')!
        .data.toString('utf8'),
    );
    expect(manifest.id).toBe(appId);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.developer.privacyUrl).toBe('https://stad.example/lotsen/integritet');
  });

  it('also honours LOTSEN_TEAMS_OUT_DIR, and refuses to build without a valid bot id', () => {
    const out = join(temp, 'from-env');
    const ok = run('build-teams-package.mjs', [], {
      LOTSEN_TEAMS_BOT_ID: BOT_ID,
      LOTSEN_TEAMS_OUT_DIR: out,
    });
    expect(ok.status, ok.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['lotsen-teams.zip']);

    const missing = run('build-teams-package.mjs', ['--out', join(temp, 'none')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/LOTSEN_TEAMS_BOT_ID/);
    const bad = run('build-teams-package.mjs', ['--out', join(temp, 'none')], {
      LOTSEN_TEAMS_BOT_ID: 'not-a-guid',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/must be a GUID/);
  });
});
