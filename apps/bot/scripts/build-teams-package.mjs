#!/usr/bin/env node
// Builds the Teams app package: a zip with manifest.json, en-us.json (the English strings), color.png
// and outline.png at its root, ready to upload to the organisation's Teams app catalogue. Uses only
// Node's standard library (a small ZIP writer below).
//
// Usage: LOTSEN_TEAMS_BOT_ID=<guid> node scripts/build-teams-package.mjs [--out <dir>]
//   LOTSEN_TEAMS_BOT_ID   required: the bot's Microsoft app id (Entra app registration), a GUID
//   LOTSEN_TEAMS_APP_ID   optional: the Teams app's own id (a GUID); defaults to the bot id
//   LOTSEN_TEAMS_WEBSITE_URL, LOTSEN_TEAMS_PRIVACY_URL, LOTSEN_TEAMS_TERMS_URL
//                         optional: the organisation's own https pages for the app listing
//   --out <dir> or LOTSEN_TEAMS_OUT_DIR
//                         where lotsen-teams.zip goes; default apps/bot/dist/teams
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICON_SIZES = { 'color.png': 192, 'outline.png': 32 };

// --- ZIP (PKWARE APPNOTE 6.3): a local header and the data for each file, then the central
// directory, then the end record. Deflate for every entry, no ZIP64 (the package is a few KB), a fixed
// timestamp so that the same input gives the same bytes.

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01

/** Writes a zip archive of `files` (name → bytes). */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed to extract: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    locals.push(local, nameBytes, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header signature
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra field length
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk number start
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42); // where the local header starts
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk with the central directory
  end.writeUInt16LE(files.length, 8); // entries on this disk
  end.writeUInt16LE(files.length, 10); // entries in total
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16); // where the central directory starts
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...locals, directory, end]);
}

// --- The package

function fail(message) {
  console.error(`build-teams-package: ${message}`);
  process.exit(1);
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  const png = bytes
    .subarray(0, 8)
    .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (!png || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function httpsUrl(name) {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  if (!/^https:\/\/\S+$/.test(value)) fail(`${name} must be an https URL, got "${value}"`);
  return value;
}

function main() {
  const env = process.env;
  const here = dirname(fileURLToPath(import.meta.url));
  const teamsDir = join(here, '..', 'teams');
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const outDir = resolve(
    at >= 0 && args[at + 1]
      ? args[at + 1]
      : env.LOTSEN_TEAMS_OUT_DIR || join(here, '..', 'dist', 'teams'),
  );

  const botId = (env.LOTSEN_TEAMS_BOT_ID ?? '').trim();
  if (!botId) {
    fail(
      "set LOTSEN_TEAMS_BOT_ID to the bot's Microsoft app id (the Entra app registration's client id)",
    );
  }
  if (!GUID.test(botId)) fail(`LOTSEN_TEAMS_BOT_ID must be a GUID, got "${botId}"`);
  const appId = (env.LOTSEN_TEAMS_APP_ID ?? '').trim() || botId;
  if (!GUID.test(appId)) fail(`LOTSEN_TEAMS_APP_ID must be a GUID, got "${appId}"`);

  const template = readFileSync(join(teamsDir, 'manifest.json'), 'utf8');
  const filled = template.replaceAll('${{BOT_ID}}', botId).replaceAll('${{TEAMS_APP_ID}}', appId);
  const left = /\$\{\{[A-Z_]+\}\}/.exec(filled);
  if (left) fail(`manifest.json has a placeholder this script does not fill: ${left[0]}`);
  const manifest = JSON.parse(filled);
  const developer = {
    websiteUrl: httpsUrl('LOTSEN_TEAMS_WEBSITE_URL'),
    privacyUrl: httpsUrl('LOTSEN_TEAMS_PRIVACY_URL'),
    termsOfUseUrl: httpsUrl('LOTSEN_TEAMS_TERMS_URL'),
  };
  for (const [key, value] of Object.entries(developer)) if (value) manifest.developer[key] = value;

  const files = [['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')]];
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const strings = readFileSync(join(teamsDir, file));
    JSON.parse(strings.toString('utf8')); // refuse to package a broken translation
    files.push([file, strings]);
  }
  for (const [name, size] of Object.entries(ICON_SIZES)) {
    const bytes = readFileSync(join(teamsDir, name));
    const found = pngSize(bytes);
    if (!found || found.width !== size || found.height !== size) {
      fail(`teams/${name} must be a ${size}×${size} PNG (run node scripts/make-icons.mjs)`);
    }
    files.push([name, bytes]);
  }

  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, 'lotsen-teams.zip');
  const archive = zip(files);
  writeFileSync(target, archive);
  console.log(`wrote ${target} (${archive.length} bytes: ${files.map(([n]) => n).join(', ')})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
