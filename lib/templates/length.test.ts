import { describe, expect, test } from 'vitest';
import { REPLY_LIMITS, replyLength, xWeightedLength } from './length';

// Weights from twitter-text v3 (config/v3.json) and its conformance examples.
describe('xWeightedLength', () => {
  test.each([
    ['hello', 5],
    ['', 0],
    ['Привіт', 6], // Cyrillic weighs 1
    ['नमस्ते', 6], // Devanagari code points weigh 1
    ['سلام', 4],
    ['日本語', 6], // CJK weighs 2
    ['😊', 2],
    ['👍🏽', 2], // emoji with a skin tone: one emoji
    ['👩‍👩‍👧‍👦', 2], // ZWJ family: one emoji
    ['🇭🇷', 2], // flag
    ['a…', 3], // the ellipsis is outside the light ranges
    ['“quoted” — ok', 13],
    ['see https://help.example.com/a/very/long/path/that/keeps/going', 4 + 23],
    ['see https://help.example.com/x.', 4 + 23 + 1],
    ['www.example.com', 23],
    ['e.g. fine', 9],
  ])('%s → %i', (text, expected) => expect(xWeightedLength(text)).toBe(expected));

  test('a combining sequence is counted after NFC', () => {
    expect(xWeightedLength('e\u0301')).toBe(1);
  });
});

describe('replyLength', () => {
  test('X uses the weighted count; others count code points', () => {
    expect(replyLength('x', '日本')).toBe(4);
    expect(replyLength('instagram', '日本')).toBe(2);
    expect(replyLength('tiktok', '😊')).toBe(1);
  });

  test('the table holds every site with its limit', () => {
    expect(Object.fromEntries(Object.entries(REPLY_LIMITS).map(([k, v]) => [k, v.max]))).toEqual({
      x: 280, youtube: 10_000, reddit: 10_000, linkedin: 1_250, instagram: 2_200, tiktok: 150, facebook: 8_000, whatsapp: 65_536,
    });
  });
});
