import { polarityOf } from './polarity';

// Turns a message into hashed features for the linear models (lib/analysis/model.ts) and into
// the tokens the rules and the explanations read. Shared by the runtime and scripts/train.ts, so
// what was trained is exactly what runs.

/** Longest prefix we read: long posts are rare and their first 4 KB carry the tone. */
export const MAX_CHARS = 4096;
/**
 * Tokens the models read (about the first 2,000 characters): hashing and scoring cost per token,
 * and by then the tone is settled. Cue words, private data and register still see every token.
 */
export const MODEL_TOKENS = 400;

// URLs and handles are replaced by one token each: their spelling says nothing about tone.
const TOKEN = /https?:\/\/\S+|www\.\S+|@[\w.]+|[\p{L}\p{M}\p{N}_'’]+|\p{Extended_Pictographic}|[!?؟！？]/gu;
const HAS_LETTER = /\p{L}/u;

export interface Token {
  /** Lower-cased, repeats squeezed ("soooo" → "soo"), Arabic-script letters unified. */
  norm: string;
  /** As written, for explanations. */
  raw: string;
  kind: 'word' | 'number' | 'emoji' | 'punct' | 'url' | 'handle';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // match() hands back bare strings: no match object per token.
  for (const raw of text.slice(0, MAX_CHARS).match(TOKEN) ?? []) {
    const c = raw.charCodeAt(0);
    if (raw === '!' || raw === '?') tokens.push({ norm: raw, raw, kind: 'punct' });
    else if (raw === '؟' || raw === '？' || raw === '！') tokens.push({ norm: raw === '！' ? '!' : '?', raw, kind: 'punct' }); // Arabic-script and full-width
    else if (c === 64 /* @ */) tokens.push({ norm: '@user', raw, kind: 'handle' });
    else if ((c === 104 || c === 119) && (raw.startsWith('http') || raw.startsWith('www.'))) tokens.push({ norm: 'http', raw, kind: 'url' });
    // A letter of a common script up front spares the Unicode test on most words.
    else if (((c | 0x20) >= 97 && (c | 0x20) <= 122) || isCommonLetter(c) || HAS_LETTER.test(raw)) tokens.push({ norm: normalizeWord(raw), raw, kind: 'word' });
    else if (c >= 48 && c <= 57) tokens.push({ norm: '0', raw, kind: 'number' });
    else if (raw.length <= 2 && c > 0x2000) tokens.push({ norm: raw, raw, kind: 'emoji' });
    else tokens.push({ norm: normalizeWord(raw), raw, kind: 'number' });
  }
  return tokens;
}

/** Letters of Latin-1/Extended, Cyrillic, Arabic/Persian and Devanagari: all \p{L} (features.test.ts). */
export const isCommonLetter = (c: number) =>
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x400 && c <= 0x52f && (c < 0x482 || c > 0x489)) || (c >= 0x620 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x904 && c <= 0x939);

export function normalizeWord(word: string): string {
  if (isPlainLower(word)) return word;
  const lower = word.toLowerCase();
  // "Where", "ЗАКАЗ": once lower-cased nothing is left to map or squeeze.
  if (isPlainLower(lower)) return lower;
  let out = '';
  let last = '';
  let run = 0;
  for (const ch0 of lower) {
    let ch = ch0;
    const c = ch.charCodeAt(0);
    if (c === 0x2019) ch = "'";
    else if (c === 0x064a) ch = '\u06cc'; // Arabic yeh → Persian yeh: Persian text mixes both
    else if (c === 0x0643) ch = '\u06a9'; // Arabic kaf → Persian keheh
    else if ((c >= 0x064b && c <= 0x0652) || c === 0x0640) continue; // harakat, tatweel
    if (ch === last) {
      if (++run > 2) continue;
    } else {
      last = ch;
      run = 1;
    }
    out += ch;
  }
  return out;
}

// Most words are already lower-case ASCII or Cyrillic/Devanagari without repeats: skip the rebuild.
function isPlainLower(word: string): boolean {
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === last && i > 1 && word.charCodeAt(i - 2) === c) return false;
    last = c;
    if (c >= 0x61 && c <= 0x7a) continue;
    if (c >= 0x30 && c <= 0x39) continue;
    if (c >= 0x0430 && c <= 0x045f) continue; // lower-case Cyrillic
    if (c >= 0x0900 && c <= 0x097f) continue; // Devanagari (no case)
    return false;
  }
  return true;
}

/** Written in capitals: upper-casing changes nothing, lower-casing changes something. */
function isCapitals(raw: string): boolean {
  // Letters whose case we know (basic Latin and Cyrillic, caseless Arabic and Devanagari) are
  // read without building the word's upper- and lower-case copies; anything else asks them.
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f)) return false;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f)) upper = true;
    else if (c > 0x7f && !isCaseless(c)) return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  }
  return upper;
}

/** Arabic-script and Devanagari code units: upper- and lower-casing leave them alone. */
export const isCaseless = (c: number) => (c >= 0x600 && c <= 0x6ff) || (c >= 0x900 && c <= 0x97f);

// FNV-1a, 32 bits: fast, stable across runs and engines.
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const mix = (a: number, b: number) => Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) >>> 0;

const SEED_WORD = 0x811c9dc5;

/** The hash a normalised word has as a feature: what lib/analysis/polarity.json is keyed by. */
export const wordHash = (norm: string) => hashString(norm, SEED_WORD);
const SEED_GRAM = 0x2b8e9a3f;
const SEED_FLAG = 0x5bd1e995;
const SEED_HOST = 0x27d4eb2f;

/** "https://www.facebook.com/pages/x" → "facebook.com". */
function hostOf(url: string): string {
  let start = url.indexOf('//');
  start = start < 0 ? 0 : start + 2;
  if (url.startsWith('www.', start)) start += 4;
  let end = start;
  while (end < url.length && url[end] !== '/' && url[end] !== '?' && url[end] !== '#' && url[end] !== ':') end++;
  return url.slice(start, end).toLowerCase();
}

export const FLAG = {
  exclaim: hashString('!', SEED_FLAG),
  exclaims: hashString('!!!', SEED_FLAG),
  question: hashString('?', SEED_FLAG),
  caps: hashString('CAPS', SEED_FLAG),
  elongated: hashString('elong', SEED_FLAG),
  bias: hashString('bias', SEED_FLAG),
  longNumber: hashString('00000', SEED_FLAG),
  onlyLinks: hashString('only links', SEED_FLAG),
  /** By polarityOf's class: positive, strongly positive, negative, strongly negative. */
  polarity: [0, 1, 2, 3].map((i) => hashString(`polarity${i}`, SEED_FLAG)),
};

const SEED_LENGTH = 0x3c6ef372;
// Word counts in buckets of log2(1 + words): 0, 1–2, 3–6, 7–14, 15–30, 31 and more.
const LENGTH = [0, 1, 2, 3, 4, 5].map((i) => hashString(`words${i}`, SEED_LENGTH));

/** Word tokens (not links, handles, numbers or emoji), counted up to `enough`. */
export function countWords(tokens: readonly Token[], enough: number): number {
  let words = 0;
  for (let i = 0; i < tokens.length && words < enough; i++) if (tokens[i]!.kind === 'word') words++;
  return words;
}

/**
 * The spam model's own feature, how long the message is (plugs are short, pitches long). Kept out
 * of extractFeatures so the other models read what they learned: scripts/train.ts adds it to the
 * spam rows, lib/analysis/spam.ts to the message.
 */
export const lengthFeature = (tokens: readonly Token[]) => LENGTH[Math.floor(Math.log2(1 + countWords(tokens, 31)))]!;

// "not good" is not a positive word: after one of these the word's polarity flips.
const NEGATORS = new Set(
  "not|no|never|don't|dont|doesn't|didn't|isn't|wasn't|aren't|won't|can't|cannot|nothing|nunca|não|nao|nem|pas|jamais|nicht|kein|keine|nie|non|mai|لا|لم|لن|ليس|मत|नहीं|नही|nahi|nahin|nai|ne|nije|nisu|nikad|не|ні|нет|нема|немає|никогда|نه|نیست".split('|'),
);
const FLIPPED = [0, 3, 4, 1, 2];

/**
 * Feature hashes of a token list: words, word pairs, character 3-grams inside words, the prior
 * polarity of known words (lib/analysis/polarity.ts, flipped after a negation), and a few flags. `wordAt[i]` tells which token feature i came from (-1: not a single word), so a model
 * can say which words moved its score.
 */
export interface Features {
  hashes: Uint32Array;
  wordAt: Int32Array;
  length: number;
}

const CAPACITY = 4 * MAX_CHARS + 64;
const shared: Features = { hashes: new Uint32Array(CAPACITY), wordAt: new Int32Array(CAPACITY), length: 0 };

/** Fills and returns a reused buffer: read it before the next call. */
export function extractFeatures(tokens: readonly Token[], into: Features = shared): Features {
  const { hashes, wordAt } = into;
  let n = 0;
  const push = (h: number, at: number) => {
    if (n < CAPACITY) {
      hashes[n] = h;
      wordAt[n++] = at;
    }
  };
  push(FLAG.bias, -1);
  let prev = 0;
  let negated = false;
  let words = 0;
  let links = 0;
  let exclaims = 0;
  let caps = 0;
  let elongated = false;
  const end = Math.min(tokens.length, MODEL_TOKENS);
  for (let i = 0; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (t.norm === '!') exclaims++;
      else push(FLAG.question, -1);
      continue;
    }
    const h = wordHash(t.norm);
    push(h, i);
    if (prev !== 0) push(mix(prev, h), -1);
    prev = h;
    if (t.kind !== 'word') {
      if (t.kind === 'number' && t.raw.length >= 5) push(FLAG.longNumber, -1); // phone numbers, short codes, prices in spam
      else if (t.kind === 'url') {
        links++;
        push(hashString(hostOf(t.raw), SEED_HOST), -1); // where a link leads says more than that there is one
      }
      continue;
    }
    words++;
    const polarity = polarityOf(h);
    if (polarity !== 0) push(FLAG.polarity[(negated ? FLIPPED[polarity]! : polarity) - 1]!, i);
    negated = NEGATORS.has(t.norm);
    if (t.raw.length >= 3 && isCapitals(t.raw)) caps++;
    if (t.norm.length < t.raw.length - 1) elongated = true;
    const w = t.norm;
    if (w.length < 3) continue;
    // character 3-grams with word boundaries: shared stems across inflections and typos
    for (let j = -1; j + 2 <= w.length; j++) {
      let g = SEED_GRAM;
      for (let k = j; k < j + 3; k++) {
        g ^= k < 0 || k >= w.length ? 32 : w.charCodeAt(k);
        g = Math.imul(g, 0x01000193);
      }
      push(g >>> 0, -1);
    }
  }
  if (exclaims > 0) push(FLAG.exclaim, -1);
  if (exclaims >= 3) push(FLAG.exclaims, -1);
  if (caps > 0) push(FLAG.caps, -1);
  if (elongated) push(FLAG.elongated, -1);
  if (links > 0 && words <= links) push(FLAG.onlyLinks, -1); // "check this: <link>" and bare links: the shape of link spam
  into.length = n;
  return into;
}
