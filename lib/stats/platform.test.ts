import { DAY_MS, HOUR_MS, MINUTE_MS } from './clock';
import { badgeProgress, platformClocks } from './platform';

const NOW = Date.UTC(2026, 6, 20, 12);
const item = (o: Partial<Parameters<typeof badgeProgress>[0][number]> = {}) => ({ site: 'facebook' as const, kind: 'dm' as const, own: false, firstSeenMs: NOW - HOUR_MS, ...o });

test.each([
  ['Messenger DM an hour old', item(), [{ id: 'messenger-24h', remainingMs: 23 * HOUR_MS, isOpen: true, isEstimated: true }]],
  ['Messenger DM posted 25 h ago', item({ postedAtMs: NOW - 25 * HOUR_MS }), [{ id: 'messenger-24h', remainingMs: 0, isOpen: false, isEstimated: false }]],
  ['Instagram comment 6 days old', item({ site: 'instagram', kind: 'comment', postedAtMs: NOW - 6 * DAY_MS }), [{ id: 'instagram-private-reply', remainingMs: DAY_MS, isOpen: true }]],
  ['Instagram DM', item({ site: 'instagram', postedAtMs: NOW - 30 * MINUTE_MS }), [{ id: 'instagram-dm-24h', isOpen: true }]],
  ['Facebook comment: no platform window', item({ kind: 'comment' }), []],
  ['an X reply', item({ site: 'x', kind: 'reply' }), []],
  ['our own message', item({ own: true }), []],
] as const)('%s', (_, it, expected) => {
  const clocks = platformClocks(it, NOW);
  expect(clocks).toHaveLength(expected.length);
  expected.forEach((e, i) => expect(clocks[i]).toMatchObject(e));
});

const dm = (ageMs: number, responseMs?: number) => item({ postedAtMs: NOW - ageMs, firstSeenMs: NOW - ageMs, handledAtMs: responseMs === undefined ? undefined : NOW - ageMs + responseMs });

test.each([
  ['10 answered in 5 min: earned', Array.from({ length: 10 }, (_, i) => dm(i * HOUR_MS, 5 * MINUTE_MS)), { received: 10, isRateMet: true, isTimeMet: true, isEarned: true, answersToRate: 0 }],
  ['9 of 10 answered, slowly', [...Array.from({ length: 9 }, (_, i) => dm(i * HOUR_MS, HOUR_MS)), dm(HOUR_MS)], { responseRate: 0.9, isRateMet: true, isTimeMet: false, isEarned: false }],
  ['8 of 10: two more answers needed', [...Array.from({ length: 8 }, (_, i) => dm(i * HOUR_MS, MINUTE_MS)), dm(HOUR_MS), dm(2 * HOUR_MS)], { isRateMet: false, answersToRate: 10 }],
  ['older than 7 days does not count', [dm(8 * DAY_MS), dm(HOUR_MS, MINUTE_MS)], { received: 1, isEarned: true }],
  ['comments and other sites do not count', [item({ kind: 'comment', postedAtMs: NOW }), item({ site: 'instagram', postedAtMs: NOW })], { received: 0, responseRate: null, isEarned: false }],
] as const)('badge: %s', (_, items, expected) => {
  expect(badgeProgress(items, NOW)).toMatchObject(expected);
});
