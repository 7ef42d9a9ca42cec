/**
 * Draws the two Teams app icons and writes them as PNGs, with nothing but node's zlib:
 *   teams/color.png    192x192, full colour: a stylised spine (white vertebrae,
 *                      coral discs) on the app's teal accent colour
 *   teams/outline.png  32x32, the same spine in white on a transparent background
 *
 *   npm run teams:icons            (writes into teams/)
 *   node dist/scripts/makeTeamsIcons.js --out-dir some/dir
 *
 * The PNGs are committed; run this again only after changing the drawing.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ACCENT_COLOR = '#0F6E73';

export interface Image {
  width: number;
  height: number;
  /** RGBA, straight alpha */
  rgba: Uint8Array;
}

type Rgb = readonly [number, number, number];

function hex(color: string): Rgb {
  const n = parseInt(color.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** A shape in pixel coordinates: `inside` tells whether a point is inside; nothing is inside outside the bounds. */
interface Shape {
  inside: (x: number, y: number) => boolean;
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

function roundedRect(cx: number, cy: number, w: number, h: number, r: number): Shape {
  const hx = w / 2 - r;
  const hy = h / 2 - r;
  return {
    inside: (x, y) => {
      const dx = Math.max(Math.abs(x - cx) - hx, 0);
      const dy = Math.max(Math.abs(y - cy) - hy, 0);
      return dx * dx + dy * dy <= r * r;
    },
    bounds: { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 },
  };
}

function ellipse(cx: number, cy: number, rx: number, ry: number): Shape {
  return {
    inside: (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1,
    bounds: { x0: cx - rx, y0: cy - ry, x1: cx + rx, y1: cy + ry },
  };
}

const SUPERSAMPLE = 4;

/** Fraction of the pixel (px, py) covered by the shape, 0..1, from SUPERSAMPLE^2 samples. */
function coverage(shape: Shape, px: number, py: number): number {
  const b = shape.bounds;
  if (px + 1 <= b.x0 || px >= b.x1 || py + 1 <= b.y0 || py >= b.y1) return 0;
  let inside = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      if (shape.inside(px + (sx + 0.5) / SUPERSAMPLE, py + (sy + 0.5) / SUPERSAMPLE)) inside++;
    }
  }
  return inside / (SUPERSAMPLE * SUPERSAMPLE);
}

interface Layer {
  shape: Shape;
  color: Rgb;
}

/** Paints layers in order over a background (or over transparency when background is null). */
function paint(size: number, background: Rgb | null, layers: Layer[]): Image {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // premultiplied accumulation
      let r = 0, g = 0, b = 0, a = 0;
      if (background) {
        [r, g, b] = background;
        a = 1;
      }
      for (const layer of layers) {
        const c = coverage(layer.shape, x, y);
        if (c === 0) continue;
        r = layer.color[0] * c + r * (1 - c);
        g = layer.color[1] * c + g * (1 - c);
        b = layer.color[2] * c + b * (1 - c);
        a = c + a * (1 - c);
      }
      const i = (y * size + x) * 4;
      if (a === 0) continue;
      rgba[i] = Math.round(r / a);
      rgba[i + 1] = Math.round(g / a);
      rgba[i + 2] = Math.round(b / a);
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, rgba };
}

/** Gentle S-curve of the spine: horizontal offset (in units of the icon size) at height t (0 top, 1 bottom). */
function curve(t: number): number {
  return 0.035 * Math.sin(2 * Math.PI * t);
}

export function renderColorIcon(size = 192): Image {
  const u = (v: number): number => v * size;
  const white: Rgb = [255, 255, 255];
  const coral: Rgb = hex('#FF9E80');
  const halo: Rgb = hex('#168189');
  const layers: Layer[] = [{ shape: ellipse(u(0.5), u(0.5), u(0.37), u(0.37)), color: halo }];
  const count = 6;
  const top = 0.2;
  const bottom = 0.8;
  const pitch = (bottom - top) / count;
  for (let i = 0; i < count; i++) {
    const t = (i + 0.5) / count;
    const cy = top + pitch * (i + 0.5);
    const w = 0.17 + 0.018 * i; // lumbar vertebrae are the biggest
    const h = pitch * 0.68;
    const cx = 0.5 + curve(t);
    // vertebral body plus the two transverse processes either side
    layers.push({ shape: roundedRect(u(cx), u(cy), u(w * 1.45), u(h * 0.34), u(h * 0.17)), color: white });
    layers.push({ shape: roundedRect(u(cx), u(cy), u(w), u(h), u(h * 0.3)), color: white });
    if (i < count - 1) {
      const td = (i + 1) / count;
      layers.push({
        shape: ellipse(u(0.5 + curve(td)), u(top + pitch * (i + 1)), u(w * 0.42), u(pitch * 0.15)),
        color: coral,
      });
    }
  }
  return paint(size, hex(ACCENT_COLOR), layers);
}

export function renderOutlineIcon(size = 32): Image {
  // Drawn on a 32-unit grid so the edges fall on whole pixels at 32x32.
  const s = size / 32;
  const white: Rgb = [255, 255, 255];
  const vertebrae = [
    { top: 2, w: 11 },
    { top: 8, w: 12 },
    { top: 14, w: 13 },
    { top: 20, w: 14 },
    { top: 26, w: 15 },
  ];
  const layers: Layer[] = vertebrae.map((v, i) => {
    const h = 4;
    const t = (i + 0.5) / vertebrae.length;
    return {
      shape: roundedRect((16 + 32 * curve(t)) * s, (v.top + h / 2) * s, v.w * s, h * s, 1.5 * s),
      color: white,
    };
  });
  return paint(size, null, layers);
}

// ---------------------------------------------------------------------------
// PNG encoder

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * Encodes an image as an 8-bit PNG: RGB (colour type 2) when every pixel is
 * opaque, RGBA (colour type 6) otherwise.
 */
export function encodePng(image: Image): Buffer {
  const { width, height, rgba } = image;
  let opaque = true;
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) { opaque = false; break; }
  const channels = opaque ? 3 : 4;
  const stride = width * channels;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const src = (y * width + x) * 4;
      const dst = y * (stride + 1) + 1 + x * channels;
      raw[dst] = rgba[src]!;
      raw[dst + 1] = rgba[src + 1]!;
      raw[dst + 2] = rgba[src + 2]!;
      if (!opaque) raw[dst + 3] = rgba[src + 3]!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = opaque ? 2 : 6; // colour type
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The repository root: the nearest folder above this file with a package.json (works from scripts/ and dist/scripts/). */
export function findRepoRoot(start = __dirname): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}

export function writeIcons(outDir: string): { color: string; outline: string } {
  mkdirSync(outDir, { recursive: true });
  const color = join(outDir, 'color.png');
  const outline = join(outDir, 'outline.png');
  writeFileSync(color, encodePng(renderColorIcon()));
  writeFileSync(outline, encodePng(renderOutlineIcon()));
  return { color, outline };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out-dir');
  const outDir = i >= 0 && args[i + 1] ? resolve(args[i + 1]!) : join(findRepoRoot(), 'teams');
  const written = writeIcons(outDir);
  console.log(`wrote ${written.color} and ${written.outline}`);
}
