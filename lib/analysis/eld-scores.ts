// @ts-expect-error eld ships no types for its data modules
import { avgScore as avgScoreJs } from '../../node_modules/eld/src/avgScore.js';
// @ts-expect-error eld ships no types for its data modules
import { dictionary as dictionaryJs } from '../../node_modules/eld/src/dictionary.js';
// @ts-expect-error eld ships no types for its data modules
import { ngramsData as ngramsJs } from '../../node_modules/eld/src/ngrams/extrasmall.js';
// @ts-expect-error eld ships no types for its data modules
import { separators as separatorsJs } from '../../node_modules/eld/src/regexPatterns.js';

// eld's language detection (eld 2.1.0, 'extrasmall' n-grams; Apache-2.0, © Nito T.M.) scored over
// eld's own data with typed arrays: what `eld.detect(text)` and `isReliable()` answer, identically
// (eld-scores.test.ts compares both), at a fraction of the cost. eld keeps each n-gram's scores in
// an object keyed by language number and walks it with for…in, which is most of its time on short
// messages; here every n-gram is a pair of integers in an open-addressing table, built on first use.
// The text goes through eld's own separator pattern and lower-casing, so words are split alike.

interface NgramsData {
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}
const data = ngramsJs as NgramsData;
const dictionary = dictionaryJs as readonly string[];
const avgScore = avgScoreJs as Record<string, number>;
const separators = separatorsJs as RegExp;

/** eld subtracted this from every stored score to shrink its files. */
const BASE_SCORE = 53;
/** Past this many bytes eld stops at the next space, and past the second at any character. */
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;
/** eld reads at most 70 bytes of a word (see the n-gram loop in detectWithEld). */
const WORD_BYTES = 70;
/** Keys of up to 6 one-byte characters, as two integers: length and the first three, the last three. */
const MAX_KEY = 6;

const LANGUAGES = Object.keys(data.languages).length;
const CODES: string[] = Array.from({ length: LANGUAGES }, (_, i) => data.languages[i]!);
// eld writes each UTF-8 byte above 0x7f as one character of its dictionary.
const BYTE_CHAR = Uint8Array.from({ length: 256 }, (_, b) => dictionary[b]!.charCodeAt(0));

interface Table {
  bits: number;
  hi: Int32Array;
  lo: Int32Array;
  /** Index of a key's first (language, score) pair; -1 for an empty slot. */
  start: Int32Array;
  end: Int32Array;
  lang: Uint8Array;
  score: Int32Array;
}

let table: Table | null = null;

const slotOf = (hi: number, lo: number, bits: number) => Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);

function buildTable(): Table {
  const keys = Object.keys(data.ngrams);
  let bits = 1;
  while (1 << bits < keys.length * 2) bits++;
  const size = 1 << bits;
  const t: Table = { bits, hi: new Int32Array(size), lo: new Int32Array(size), start: new Int32Array(size).fill(-1), end: new Int32Array(size), lang: new Uint8Array(0), score: new Int32Array(0) };
  const langs: number[] = [];
  const scores: number[] = [];
  const codes = new Uint8Array(MAX_KEY);
  for (const key of keys) {
    if (key.length > MAX_KEY) throw new Error(`eld n-gram longer than ${MAX_KEY}: ${key}`);
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c > 0xff) throw new Error(`eld n-gram beyond one byte: ${key}`);
      codes[i] = c;
    }
    const hi = keyHi(codes, 0, key.length);
    const lo = keyLo(codes, 0, key.length);
    let slot = slotOf(hi, lo, bits);
    while (t.start[slot] !== -1) slot = (slot + 1) & (size - 1);
    t.hi[slot] = hi;
    t.lo[slot] = lo;
    t.start[slot] = langs.length;
    const scoresOf = data.ngrams[key]!;
    for (const lang in scoresOf) {
      langs.push(Number(lang));
      scores.push(scoresOf[lang]! + BASE_SCORE);
    }
    t.end[slot] = langs.length;
  }
  t.lang = Uint8Array.from(langs);
  t.score = Int32Array.from(scores);
  return t;
}

// A key's characters at codes[from, from + length): length and the first three in hi, the rest in lo.
function keyHi(codes: Uint8Array, from: number, length: number): number {
  let hi = length;
  for (let i = 0; i < 3 && i < length; i++) hi = (hi << 8) | codes[from + i]!;
  return hi;
}
function keyLo(codes: Uint8Array, from: number, length: number): number {
  let lo = 0;
  for (let i = 3; i < length; i++) lo = (lo << 8) | codes[from + i]!;
  return lo;
}

// Per call: the text's bytes as eld's characters, its words, its distinct n-grams, the scores.
const bytes = new Uint8Array(ENFORCE_CUT_AFTER + 8);
const wordEnds = new Int32Array(ENFORCE_CUT_AFTER + 8);
const key = new Uint8Array(MAX_KEY);
const SEEN_BITS = 10; // ≥ 2 × the most n-grams 380 bytes can give
const seenHi = new Int32Array(1 << SEEN_BITS);
const seenLo = new Int32Array(1 << SEEN_BITS);
const seenAt = new Int32Array(1 << SEEN_BITS);
let generation = 0;
const scores = new Int32Array(LANGUAGES);

export interface EldReading {
  /** ISO 639-1, '' when no n-gram is known. */
  language: string;
  /** eld's `isReliable()`. */
  reliable: boolean;
}

const NONE: EldReading = { language: '', reliable: false };

/**
 * What eld's `detect(text)` says and whether its `isReliable()` holds; with `only`, what an eld
 * instance limited to those languages (`setLanguageSubset(only)`) says.
 */
export function detectWithEld(input: string, only?: readonly string[]): EldReading {
  const t = (table ??= buildTable());
  const text = input.substring(0, 1000).replace(separators, ' ').trim().toLowerCase();
  const words = encodeWords(text);
  if (++generation === 0x7fffffff) {
    generation = 1;
    seenAt.fill(0);
  }
  scores.fill(0);
  let distinct = 0;
  let longKeys: Set<string> | null = null;
  let from = 0;
  for (let w = 0; w < words; w++) {
    const to = wordEnds[w]!;
    const wordLength = to - from;
    const len = Math.min(wordLength, WORD_BYTES);
    // eld: 4-byte n-grams every 3 bytes, the first after a space, and the word's last 4 bytes
    // before a space (its whole self when shorter). Past 70 bytes the last one runs to the
    // word's end, so it can be longer than any stored n-gram: it still counts as one.
    let j = 0;
    for (; j + 4 < len; j += 3) distinct += visit(t, from + j, 4, j === 0, false);
    const tail = len !== 3 ? Math.max(0, len - 4) : 0;
    const tailLength = wordLength - tail;
    if (tailLength + (j === 0 ? 2 : 1) <= MAX_KEY) distinct += visit(t, from + tail, tailLength, j === 0, true);
    else {
      longKeys ??= new Set();
      let s = j === 0 ? ' ' : '';
      for (let i = from + tail; i < to; i++) s += String.fromCharCode(bytes[i]!);
      s += ' ';
      if (!longKeys.has(s)) {
        longKeys.add(s);
        distinct++;
      }
    }
    from = to;
  }
  if (only) for (let lang = 0; lang < LANGUAGES; lang++) if (!only.includes(CODES[lang]!)) scores[lang] = 0;
  let best = -1;
  for (let lang = 0; lang < LANGUAGES; lang++) if (scores[lang]! > 0 && (best < 0 || scores[lang]! > scores[best]!)) best = lang;
  if (best < 0) return NONE;
  const language = CODES[best]!;
  return { language, reliable: isReliable(language, distinct) };
}

// eld's text → bytes: UTF-8, each byte above 0x7f as its dictionary character, words split at
// spaces, stopping at the first space past 350 bytes or at any character past 380.
function encodeWords(text: string): number {
  let n = 0;
  let words = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32) {
        if (words === 0 ? n > 0 : n > wordEnds[words - 1]!) wordEnds[words++] = n;
        if (count > CUT_AFTER) break;
      } else bytes[n++] = c;
      count++;
    } else if (c < 0x800) {
      bytes[n++] = BYTE_CHAR[0xc0 | (c >> 6)]!;
      bytes[n++] = BYTE_CHAR[0x80 | (c & 0x3f)]!;
      count += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      bytes[n++] = BYTE_CHAR[0xe0 | (c >> 12)]!;
      bytes[n++] = BYTE_CHAR[0x80 | ((c >> 6) & 0x3f)]!;
      bytes[n++] = BYTE_CHAR[0x80 | (c & 0x3f)]!;
      count += 3;
    } else {
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      bytes[n++] = BYTE_CHAR[0xf0 | (c >> 18)]!;
      bytes[n++] = BYTE_CHAR[0x80 | ((c >> 12) & 0x3f)]!;
      bytes[n++] = BYTE_CHAR[0x80 | ((c >> 6) & 0x3f)]!;
      bytes[n++] = BYTE_CHAR[0x80 | (c & 0x3f)]!;
      count += 4;
    }
    if (count > ENFORCE_CUT_AFTER) break;
  }
  if (words === 0 ? n > 0 : n > wordEnds[words - 1]!) wordEnds[words++] = n;
  return words;
}

/** Scores the n-gram bytes[at, at + length) with the spaces eld puts around it; 1 if it was new. */
function visit(t: Table, at: number, length: number, spaceBefore: boolean, spaceAfter: boolean): number {
  let k = 0;
  if (spaceBefore) key[k++] = 32;
  for (let i = 0; i < length; i++) key[k++] = bytes[at + i]!;
  if (spaceAfter) key[k++] = 32;
  const hi = keyHi(key, 0, k);
  const lo = keyLo(key, 0, k);
  const seenMask = (1 << SEEN_BITS) - 1;
  let s = slotOf(hi, lo, SEEN_BITS);
  while (seenAt[s] === generation) {
    if (seenHi[s] === hi && seenLo[s] === lo) return 0;
    s = (s + 1) & seenMask;
  }
  seenAt[s] = generation;
  seenHi[s] = hi;
  seenLo[s] = lo;
  const mask = (1 << t.bits) - 1;
  for (let slot = slotOf(hi, lo, t.bits); t.start[slot] !== -1; slot = (slot + 1) & mask) {
    if (t.hi[slot] !== hi || t.lo[slot] !== lo) continue;
    for (let p = t.start[slot]!; p < t.end[slot]!; p++) scores[t.lang[p]!] = scores[t.lang[p]!]! + t.score[p]!;
    break;
  }
  return 1;
}

// eld's isReliable(0.75) over its scores ordered best first, each scaled n/(n + 25) per n-gram.
// eld compares the best score with the *language number* of the runner-up (results[1][0]); kept
// as it is, since the point is to answer what eld answers.
function isReliable(language: string, distinct: number): boolean {
  if (distinct < 3) return false;
  let first = -1;
  let firstScore = -Infinity;
  let second = -1;
  let secondScore = -Infinity;
  for (let lang = 0; lang < LANGUAGES; lang++) {
    if (scores[lang]! <= 0) continue;
    const perNgram = scores[lang]! / distinct;
    const scaled = perNgram / (perNgram + 25);
    if (scaled > firstScore) {
      second = first;
      secondScore = firstScore;
      first = lang;
      firstScore = scaled;
    } else if (scaled > secondScore) {
      second = lang;
      secondScore = scaled;
    }
  }
  const next = second >= 0 ? second : 0;
  return !(avgScore[language]! * 0.75 > firstScore || 0.01 > Math.abs(firstScore - next));
}
