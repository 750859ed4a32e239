// A palette PNG (colour type 3, at most 256 colours) from RGBA pixels, for the notebooks' static plot pictures.
//
// Plots are flat colours plus anti-aliased edges, so 256 well-chosen colours look like the original at a third of
// the bytes of a true-colour PNG. The palette: every colour if there are at most 256; otherwise the 256 most frequent
// colours refined by three rounds of k-means (Lloyd) over the distinct colours weighted by their pixel counts; each
// pixel then takes its nearest palette colour. Every step is deterministic (ties broken by colour value), so the
// same pixels always give the same bytes. Used by scripts/render_pictures.mjs.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The palette (array of 0xRRGGBB) for the opaque RGB pixels of `rgba`, at most `size` colours. */
export function palette(rgba, size = 256) {
  const counts = new Map();
  for (let i = 0; i < rgba.length; i += 4) {
    const c = (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2];
    counts.set(c, (counts.get(c) || 0) + 1);
  }
  const colours = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a - b);
  if (colours.length <= size) return colours;
  let centres = colours.slice(0, size).map((c) => [c >> 16, (c >> 8) & 255, c & 255]);
  for (let round = 0; round < 3; round++) {
    const sums = centres.map(() => [0, 0, 0, 0]);
    for (const c of colours) {
      const rgb = [c >> 16, (c >> 8) & 255, c & 255];
      const k = nearest(centres, rgb);
      const w = counts.get(c);
      sums[k][0] += rgb[0] * w; sums[k][1] += rgb[1] * w; sums[k][2] += rgb[2] * w; sums[k][3] += w;
    }
    centres = centres.map((old, k) => (sums[k][3] ? sums[k].slice(0, 3).map((s) => Math.round(s / sums[k][3])) : old));
  }
  return [...new Set(centres.map(([r, g, b]) => (r << 16) | (g << 8) | b))].sort((a, b) => a - b);
}

function nearest(centres, [r, g, b]) {
  let best = 0;
  let bestD = Infinity;
  for (let k = 0; k < centres.length; k++) {
    const [cr, cg, cb] = centres[k];
    const d = (r - cr) ** 2 + (g - cg) ** 2 + (b - cb) ** 2;
    if (d < bestD) { bestD = d; best = k; }
  }
  return best;
}

/** A palette PNG of the `width` × `height` RGBA pixels (alpha ignored: the pictures are shot on white). */
export function encodePalettePng(rgba, width, height) {
  const colours = palette(rgba);
  const centres = colours.map((c) => [c >> 16, (c >> 8) & 255, c & 255]);
  const index = new Map();
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter type None: the palette indices compress well as they are
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const c = (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2];
      let k = index.get(c);
      if (k === undefined) { k = nearest(centres, [rgba[i], rgba[i + 1], rgba[i + 2]]); index.set(c, k); }
      rows[y * (width + 1) + 1 + x] = k;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: palette
  const plte = Buffer.alloc(colours.length * 3);
  colours.forEach((c, k) => { plte[3 * k] = c >> 16; plte[3 * k + 1] = (c >> 8) & 255; plte[3 * k + 2] = c & 255; });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
