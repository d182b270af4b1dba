/**
 * The app icons, drawn in code so they can be regenerated without an image editor.
 *   npx tsx scripts/png.ts     writes appPackage/color.png and appPackage/outline.png
 *
 * The design is a board's status list: three rows, each a RAG dot and a bar.
 * Teams' rules (learn.microsoft.com, "Teams app package" › App icons):
 *   - color.png: 192×192, a solid square background (Teams rounds the corners
 *     itself), the symbol inside the central 96×96 with 48 px of padding;
 *   - outline.png: 32×32, only white (255,255,255) on fully transparent
 *     (alpha 0) pixels, no padding around the symbol.
 * Also a minimal PNG encoder/decoder (8-bit RGBA, zlib from Node) used by the
 * packaging script and its tests.
 */
import { isMain } from "./isMain";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

/** The app's accent colour; appPackage/manifest.json uses the same value. */
export const ACCENT = "#5B5FC7";

export const crc32 = (data: Uint8Array, value = 0): number => zlib.crc32(data, value) >>> 0;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4, 8))), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes 8-bit RGBA pixels (row-major, 4 bytes a pixel) as a PNG (colour type 6). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4)
    throw new Error(`Expected ${width * height * 4} bytes of RGBA, got ${rgba.length}.`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

/** Reads the IHDR of a PNG; throws if the bytes are not a PNG. */
export function readPngHeader(png: Uint8Array): PngHeader {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE))
    throw new Error("Not a PNG file (bad signature).");
  if (buf.readUInt32BE(8) !== 13 || buf.toString("ascii", 12, 16) !== "IHDR")
    throw new Error("Not a PNG file (IHDR is not the first chunk).");
  return {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    bitDepth: buf[24]!,
    colorType: buf[25]!,
    interlace: buf[28]!,
  };
}

/** Decodes a non-interlaced 8-bit RGB or RGBA PNG to RGBA pixels, checking every chunk's CRC. */
export function decodePng(png: Uint8Array): PngHeader & { rgba: Uint8Array } {
  const header = readPngHeader(png);
  const { width, height, bitDepth, colorType, interlace } = header;
  if (bitDepth !== 8 || (colorType !== 6 && colorType !== 2) || interlace !== 0) {
    throw new Error(
      `Unsupported PNG (bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}).`,
    );
  }
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const idat: Buffer[] = [];
  let offset = 8;
  let ended = false;
  while (offset + 12 <= buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("ascii", offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    const crc = buf.readUInt32BE(offset + 8 + length);
    if (crc32(buf.subarray(offset + 4, offset + 8 + length)) !== crc)
      throw new Error(`PNG chunk ${type} has a bad CRC.`);
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
    if (type === "IEND") {
      ended = true;
      break;
    }
  }
  if (!ended) throw new Error("PNG has no IEND chunk.");
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bpp = colorType === 6 ? 4 : 3;
  const stride = width * bpp;
  if (raw.length !== (stride + 1) * height) throw new Error("PNG image data has the wrong length.");
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0;
      let predictor: number;
      switch (filter) {
        case 0:
          predictor = 0;
          break;
        case 1:
          predictor = a;
          break;
        case 2:
          predictor = b;
          break;
        case 3:
          predictor = (a + b) >> 1;
          break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default:
          throw new Error(`PNG row ${y} has unknown filter ${filter}.`);
      }
      out[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  if (bpp === 4) return { ...header, rgba: out };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set(out.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return { ...header, rgba };
}

// ---------------------------------------------------------------------------
// Drawing: filled circles and capsules (rounded bars), anti-aliased by supersampling.

type Rgb = readonly [number, number, number];

type Shape =
  | { kind: "circle"; cx: number; cy: number; r: number; color: Rgb }
  /** A horizontal bar from x0 to x1 and y0 to y1 with fully rounded ends. */
  | { kind: "capsule"; x0: number; y0: number; x1: number; y1: number; color: Rgb };

const hex = (h: string): Rgb => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
];

function inside(s: Shape, x: number, y: number): boolean {
  if (s.kind === "circle") return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r * s.r;
  const r = (s.y1 - s.y0) / 2;
  const cy = s.y0 + r;
  const cx = Math.min(Math.max(x, s.x0 + r), s.x1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Renders shapes (later ones on top) over an opaque background, or over transparency when background is null. */
export function render(
  size: number,
  background: Rgb | null,
  shapes: readonly Shape[],
  samples = 8,
): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  const n = samples * samples;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          let color: Rgb | null = background;
          for (const s of shapes) if (inside(s, x, y)) color = s.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a === 0) {
        // Fully transparent; keep the colour white so the outline icon is white everywhere.
        rgba.set([255, 255, 255, 0], i);
      } else {
        rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / n) * 255)], i);
      }
    }
  }
  return rgba;
}

const WHITE: Rgb = [255, 255, 255];

/** Three rows of [dot][bar] inside a box of the given size at (ox, oy); bars shorten down the list. */
function statusList(ox: number, oy: number, unit: number, dotColors: readonly Rgb[], barColor: Rgb): Shape[] {
  // In a 32-unit box: rows 8 high with 3 between them, a dot 8 across, bars from x=12.
  const shapes: Shape[] = [];
  const barEnds = [32, 28, 24];
  for (let row = 0; row < 3; row++) {
    const y0 = oy + (1 + row * 11) * unit;
    const y1 = y0 + 8 * unit;
    shapes.push({
      kind: "circle",
      cx: ox + 5 * unit,
      cy: (y0 + y1) / 2,
      r: 4 * unit,
      color: dotColors[row]!,
    });
    shapes.push({
      kind: "capsule",
      x0: ox + 12 * unit,
      y0,
      x1: ox + (barEnds[row]! - 1) * unit,
      y1,
      color: barColor,
    });
  }
  return shapes;
}

/** 192×192: white bars and RAG dots on the accent colour, symbol in the central 96×96. */
export function drawColorIcon(): Uint8Array {
  const rag: Rgb[] = [hex("#5FD39A"), hex("#FFC44D"), hex("#FF7A85")];
  return render(192, hex(ACCENT), statusList(48, 48, 3, rag, WHITE));
}

/** 32×32: the same symbol in white on transparency, edge to edge. */
export function drawOutlineIcon(): Uint8Array {
  return render(32, null, statusList(0, 0, 1, [WHITE, WHITE, WHITE], WHITE));
}

export function writeIcons(dir: string): { color: string; outline: string } {
  const color = path.join(dir, "color.png");
  const outline = path.join(dir, "outline.png");
  writeFileSync(color, encodePng(192, 192, drawColorIcon()));
  writeFileSync(outline, encodePng(32, 32, drawOutlineIcon()));
  return { color, outline };
}

if (isMain(import.meta.url)) {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "appPackage");
  const written = writeIcons(dir);
  console.log(
    `Wrote ${path.relative(process.cwd(), written.color)} and ${path.relative(process.cwd(), written.outline)}.`,
  );
}
