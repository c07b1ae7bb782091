// Which writing system dominates a text, and so which way it reads. Counts letters by Unicode
// block over the first 1000 characters; no regex, it runs on every message.

export type Direction = 'ltr' | 'rtl';

const RTL = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo']);

// [first, last, ISO 15924] sorted by first code point
const BLOCKS: ReadonlyArray<readonly [number, number, string]> = [
  [0x0041, 0x024f, 'Latn'],
  [0x0370, 0x03ff, 'Grek'],
  [0x0400, 0x052f, 'Cyrl'],
  [0x0530, 0x058f, 'Armn'],
  [0x0590, 0x05ff, 'Hebr'],
  [0x0600, 0x06ff, 'Arab'],
  [0x0700, 0x074f, 'Syrc'],
  [0x0750, 0x077f, 'Arab'],
  [0x0780, 0x07bf, 'Thaa'],
  [0x07c0, 0x07ff, 'Nkoo'],
  [0x08a0, 0x08ff, 'Arab'],
  [0x0900, 0x097f, 'Deva'],
  [0x0980, 0x09ff, 'Beng'],
  [0x0a00, 0x0a7f, 'Guru'],
  [0x0a80, 0x0aff, 'Gujr'],
  [0x0b80, 0x0bff, 'Taml'],
  [0x0c00, 0x0c7f, 'Telu'],
  [0x0c80, 0x0cff, 'Knda'],
  [0x0d00, 0x0d7f, 'Mlym'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x10a0, 0x10ff, 'Geor'],
  [0x1100, 0x11ff, 'Hang'],
  [0x1e00, 0x1eff, 'Latn'],
  [0x3040, 0x309f, 'Hira'],
  [0x30a0, 0x30ff, 'Kana'],
  [0x4e00, 0x9fff, 'Hani'],
  [0xac00, 0xd7af, 'Hang'],
  [0xfb50, 0xfdff, 'Arab'],
  [0xfe70, 0xfeff, 'Arab'],
];

// Scripts by number, so counting is an array increment rather than a Map update per letter.
const SCRIPTS = [...new Set(BLOCKS.map(([, , name]) => name))];
const FIRST = BLOCKS.map(([first]) => first);
const LAST = BLOCKS.map(([, last]) => last);
const SCRIPT_OF = BLOCKS.map(([, , name]) => SCRIPTS.indexOf(name));
const LATN = SCRIPTS.indexOf('Latn');

/** The script number of a letter, -1 for anything else we do not count. */
function blockOf(c: number): number {
  if (c < 0x41) return -1;
  if (c <= 0x7a) return (c >= 0x61 || c <= 0x5a) ? LATN : -1;
  if (c < 0xc0) return -1;
  let lo = 0;
  let hi = BLOCKS.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < FIRST[mid]!) hi = mid - 1;
    else if (c > LAST[mid]!) lo = mid + 1;
    else return SCRIPT_OF[mid]!;
  }
  return -1;
}

export interface ScriptReading {
  /** ISO 15924, 'Zyyy' when the text has no letters (emoji, numbers). */
  script: string;
  direction: Direction;
  /** Letters counted, all scripts. */
  letters: number;
}

const counts = new Int32Array(SCRIPTS.length);
/** Scripts in the order the text first uses them: the first of equal counts wins. */
const order = new Int32Array(SCRIPTS.length);

export function readScript(text: string): ScriptReading {
  counts.fill(0);
  let used = 0;
  let letters = 0;
  const end = Math.min(text.length, 1000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) continue;
    const block = blockOf(c);
    if (block < 0 || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0600 && c <= 0x061f)) continue; // digits, punctuation
    letters++;
    if (counts[block] === 0) order[used++] = block;
    counts[block]!++;
  }
  let script = 'Zyyy';
  let best = 0;
  for (let k = 0; k < used; k++) {
    const n = counts[order[k]!]!;
    if (n > best) {
      best = n;
      script = SCRIPTS[order[k]!]!;
    }
  }
  return { script, direction: RTL.has(script) ? 'rtl' : 'ltr', letters };
}
