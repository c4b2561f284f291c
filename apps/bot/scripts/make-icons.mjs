#!/usr/bin/env node
// Draws the Teams app icons and writes them as PNG files, with nothing but Node's standard library:
//   color.png   192×192, the symbol in white on Lotsen's blue, fully opaque
//   outline.png  32×32,  the same symbol in white on a transparent background
// The symbol is a compass (a ring and a four-pointed star): Lotsen is a pilot that shows the way.
//
// Usage: node scripts/make-icons.mjs [--out <dir>]   (default: apps/bot/teams)
// The output is deterministic, so the committed icons can be checked against a fresh run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const ACCENT = [0x0a, 0x4a, 0x82];
const WHITE = [0xff, 0xff, 0xff];
const NEEDLE = [0xf2, 0xb1, 0x34];

// --- PNG: signature, IHDR, one IDAT (zlib stream of filtered rows), IEND; each chunk with a CRC-32.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  // The CRC covers the chunk type and its data, not the length.
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes 8-bit RGBA pixels (row by row, `width * height * 4` bytes) as a PNG file. */
export function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error('encodePng: wrong pixel count');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None for every row
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- Drawing: shapes in a unit square (centre 0,0, from -1 to 1), each pixel supersampled n×n.

function insideConvex(points, x, y) {
  // Inside a convex polygon given clockwise or anticlockwise: the same side of every edge.
  let sign = 0;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[(i + 1) % points.length];
    const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (cross !== 0) {
      if (sign === 0) sign = Math.sign(cross);
      else if (Math.sign(cross) !== sign) return false;
    }
  }
  return true;
}

/** The compass: which colour a point of the symbol has, or null outside it. */
function compass(x, y, { scale, needle }) {
  const r = Math.hypot(x, y) / scale;
  const [u, v] = [x / scale, y / scale];
  const long = 0.78;
  const short = 0.42;
  const waist = 0.17;
  // The north half of the needle may have its own colour (the colour icon only).
  if (
    insideConvex(
      [
        [0, -long],
        [waist, 0],
        [-waist, 0],
      ],
      u,
      v,
    )
  )
    return needle;
  if (
    insideConvex(
      [
        [0, long],
        [waist, 0],
        [-waist, 0],
      ],
      u,
      v,
    )
  )
    return WHITE;
  if (
    insideConvex(
      [
        [-short, 0],
        [0, -waist * 0.8],
        [short, 0],
        [0, waist * 0.8],
      ],
      u,
      v,
    )
  )
    return WHITE;
  if (r >= 0.86 && r <= 1) return WHITE;
  return null;
}

function draw(size, { background, scale, needle, n }) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((px + (sx + 0.5) / n) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / n) / size) * 2 - 1;
          const colour = compass(x, y, { scale, needle }) ?? background;
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        // Colour averaged over the covered samples; alpha is the coverage.
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return pixels;
}

/** The two icons as PNG files. */
export function makeIcons() {
  return {
    // Teams puts the colour icon on its own tiles: full bleed, the symbol within the middle ~60 %.
    'color.png': encodePng(
      192,
      192,
      draw(192, { background: ACCENT, scale: 0.62, needle: NEEDLE, n: 4 }),
    ),
    // The outline icon is white on transparent and fills its 32 px (one pixel of margin).
    'outline.png': encodePng(
      32,
      32,
      draw(32, { background: null, scale: 0.94, needle: WHITE, n: 8 }),
    ),
  };
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const here = dirname(fileURLToPath(import.meta.url));
  const out = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : join(here, '..', 'teams');
  mkdirSync(out, { recursive: true });
  for (const [name, png] of Object.entries(makeIcons())) {
    writeFileSync(join(out, name), png);
    console.log(`wrote ${join(out, name)} (${png.length} bytes)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
