import fc from 'fast-check';
import { defaultBusinessHours } from './business';
import { DAY_MS, DEFAULT_TARGETS, HOUR_MS, MINUTE_MS } from './clock';
import { firstResponseBusinessMs, firstResponseMs, isEstimatedStart, median, percentile, responseRate, summarizeResponses } from './response';

const T0 = Date.UTC(2026, 6, 13, 8, 0); // Monday 8:00 UTC

test.each([
  ['posted time known', { postedAtMs: T0, firstSeenMs: T0 + 5 * MINUTE_MS, handledAtMs: T0 + HOUR_MS }, HOUR_MS, false],
  ['no posted time: from first seen', { firstSeenMs: T0, handledAtMs: T0 + 10 * MINUTE_MS }, 10 * MINUTE_MS, true],
  ['not answered', { postedAtMs: T0, firstSeenMs: T0 }, null, false],
  ['answer before the posted time (clock skew) reads 0', { postedAtMs: T0, firstSeenMs: T0, handledAtMs: T0 - 1 }, 0, false],
] as Array<[string, { postedAtMs?: number; firstSeenMs: number; handledAtMs?: number }, number | null, boolean]>)('%s', (_, item, expected, estimated) => {
  expect(firstResponseMs(item)).toBe(expected);
  expect(isEstimatedStart(item)).toBe(estimated);
});

test('business time of a response: Monday 8:00 → Tuesday 10:00 UTC, 9–17 UTC', () => {
  expect(firstResponseBusinessMs({ postedAtMs: T0, firstSeenMs: T0, handledAtMs: T0 + DAY_MS + 2 * HOUR_MS }, defaultBusinessHours('UTC'))).toBe(9 * HOUR_MS);
});

test.each([
  [[], 0.5, null],
  [[5], 0.9, 5],
  [[1, 2, 3, 4], 0.5, 2.5],
  [[10, 1, 100, 1000, 50, 2, 3, 4, 5, 6], 0.9, 190],
  [[3, 1, 2], 0, 1],
  [[3, 1, 2], 1, 3],
] as const)('percentile(%j, %d) = %j', (values, p, expected) => {
  if (expected === null) expect(percentile(values, p)).toBeNull();
  else expect(percentile(values, p)).toBeCloseTo(expected, 6);
});

test('median of an odd count', () => expect(median([9, 1, 5])).toBe(5));

test('summary: median, p90 and shares within 1 h, 24 h and the user targets', () => {
  const times = [10 * MINUTE_MS, 30 * MINUTE_MS, HOUR_MS, 2 * HOUR_MS, 20 * HOUR_MS, 2 * DAY_MS];
  expect(summarizeResponses(times, { firstMs: 15 * MINUTE_MS, secondMs: 4 * HOUR_MS })).toEqual({
    count: 6,
    medianMs: 1.5 * HOUR_MS,
    p90Ms: 20 * HOUR_MS + 0.5 * (2 * DAY_MS - 20 * HOUR_MS),
    within1h: 3 / 6, // exactly 1 h counts as within
    within24h: 5 / 6,
    withinFirstTarget: 1 / 6,
    withinSecondTarget: 4 / 6,
  });
  expect(summarizeResponses([], DEFAULT_TARGETS)).toMatchObject({ count: 0, medianMs: null, within1h: null });
});

test.each([
  [{ received: 10, answered: 9, ignoredUnanswered: 0 }, 0.9],
  [{ received: 10, answered: 8, ignoredUnanswered: 2 }, 1], // spam ignored does not count against
  [{ received: 0, answered: 0, ignoredUnanswered: 0 }, null],
  [{ received: 3, answered: 0, ignoredUnanswered: 3 }, null],
] as const)('response rate %j', (counts, expected) => {
  expect(responseRate(counts)).toBe(expected);
});

test('selection agrees with sorting on random data, duplicates included', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (sorted.length - 1) * p;
      const expected = sorted[Math.floor(at)]! + (sorted[Math.ceil(at)]! - sorted[Math.floor(at)]!) * (at - Math.floor(at));
      expect(percentile(values, p)).toBeCloseTo(expected, 9);
    }),
  );
});
