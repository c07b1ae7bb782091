import json from './polarity.json';

// Prior polarity of words (AFINN-165 and its translations, built by scripts/polarity.ts), looked
// up by the word hash the features already compute. Kept as sorted hash lists (varint deltas,
// base64) and decoded once into an open-addressing table: one multiply and a probe or two per word.

export const POLARITY_CLASSES = ['positive', 'strongly positive', 'negative', 'strongly negative'] as const;

export interface PolarityJson {
  source: string;
  classes: Array<{ name: string; hashes: string }>;
}

export function encodeHashes(hashes: readonly number[]): string {
  const sorted = [...new Set(hashes)].sort((a, b) => a - b);
  const bytes: number[] = [];
  let last = 0;
  for (const h of sorted) {
    let delta = h - last;
    last = h;
    while (delta >= 0x80) {
      bytes.push((delta % 0x80) | 0x80);
      delta = Math.floor(delta / 0x80);
    }
    bytes.push(delta);
  }
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function decodeHashes(base64: string): number[] {
  const bytes = atob(base64);
  const out: number[] = [];
  let last = 0;
  for (let i = 0; i < bytes.length; ) {
    let delta = 0;
    let scale = 1;
    let b: number;
    do {
      b = bytes.charCodeAt(i++);
      delta += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b & 0x80 && i < bytes.length);
    last += delta;
    out.push(last);
  }
  return out;
}

const table = buildTable(json as PolarityJson);

interface Table {
  keys: Int32Array;
  classes: Uint8Array;
  mask: number;
  shift: number;
}

function buildTable(data: PolarityJson): Table {
  const entries = data.classes.flatMap((c, i) => decodeHashes(c.hashes).map((h) => [h, i + 1] as const));
  let bits = 4;
  while (1 << bits < entries.length * 3) bits++; // a third full: probes stay short
  const size = 1 << bits;
  const keys = new Int32Array(size);
  const classes = new Uint8Array(size);
  const mask = size - 1;
  const shift = 32 - bits;
  for (const [h, cls] of entries) {
    let at = Math.imul(h, 0x9e3779b1) >>> shift;
    while (classes[at] !== 0 && keys[at] !== (h | 0)) at = (at + 1) & mask;
    keys[at] = h | 0;
    classes[at] = cls;
  }
  return { keys, classes, mask, shift };
}

/** 0: not a polarity word; else 1 + the index in POLARITY_CLASSES. */
export function polarityOf(wordHash: number): number {
  const { keys, classes, mask, shift } = table;
  const key = wordHash | 0;
  for (let at = Math.imul(wordHash, 0x9e3779b1) >>> shift; ; at = (at + 1) & mask) {
    const cls = classes[at]!;
    if (cls === 0 || keys[at] === key) return cls;
  }
}
