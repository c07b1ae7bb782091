import type { SiteId } from '../sites/types';

// How long a reply may be on each site, and how each site counts. The one table of limits.
// X counts "weighted" characters (twitter-text v3: github.com/twitter/twitter-text config/v3.json):
// code points in the ranges below weigh 1, every other one 2 (CJK, most emoji components), an
// emoji sequence weighs 2 however many code points it has, and a URL 23 (t.co). Text is NFC first.
// The rest count characters (code points); the numbers are each site's reply/comment limit.
export const REPLY_LIMITS: Record<SiteId, { max: number; counting: 'x-weighted' | 'characters'; what: string }> = {
  x: { max: 280, counting: 'x-weighted', what: 'an X post' },
  youtube: { max: 10_000, counting: 'characters', what: 'a YouTube comment' },
  reddit: { max: 10_000, counting: 'characters', what: 'a Reddit comment' },
  linkedin: { max: 1_250, counting: 'characters', what: 'a LinkedIn comment' },
  instagram: { max: 2_200, counting: 'characters', what: 'an Instagram comment' },
  tiktok: { max: 150, counting: 'characters', what: 'a TikTok comment' },
  facebook: { max: 8_000, counting: 'characters', what: 'a Facebook comment' },
  whatsapp: { max: 65_536, counting: 'characters', what: 'a WhatsApp message' },
};

const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x10ff], // Latin … Georgian: Cyrillic, Arabic, Devanagari all weigh 1
  [0x2000, 0x200d], // spaces, ZWJ
  [0x2010, 0x201f], // dashes, quotes
  [0x2032, 0x2037], // primes
];
const URL_WEIGHT = 23;
// t.co wraps anything with a scheme or a www., and bare domains of common TLDs.
const URL_PATTERN = /\b(?:https?:\/\/[^\s]+|www\.[^\s]+|(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|me|ly|app|help|info|de|es|fr|hr|ua|in|ir|uk|eu)\b(?:\/[^\s]*)?)/giu;
// An emoji with its modifiers and ZWJ joins counts once. (No /v flag: Firefox 115 lacks it.)
const EMOJI_PART = String.raw`(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3)(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])?`;
const EMOJI_SEQUENCE = new RegExp(`${EMOJI_PART}(?:\u200D${EMOJI_PART})*`, 'gu');

const weightOf = (codePoint: number) => (LIGHT_RANGES.some(([a, b]) => codePoint >= a && codePoint <= b) ? 1 : 2);

/** The length X counts for `text` (280 max). */
export function xWeightedLength(text: string): number {
  let rest = text.normalize('NFC');
  let total = 0;
  rest = rest.replace(URL_PATTERN, (url) => {
    // Sentence punctuation after a link is not part of it.
    const trailing = /[.,!?;:)]+$/u.exec(url)?.[0] ?? '';
    total += URL_WEIGHT + [...trailing].length;
    return '';
  });
  rest = rest.replace(EMOJI_SEQUENCE, () => {
    total += 2;
    return '';
  });
  for (const char of rest) total += weightOf(char.codePointAt(0)!);
  return total;
}

/** The length `site` counts for `text`. */
export function replyLength(site: SiteId, text: string): number {
  return REPLY_LIMITS[site].counting === 'x-weighted' ? xWeightedLength(text) : [...text.normalize('NFC')].length;
}
