import { freshDb, rawItem } from '../../tests/db';
import { defaultBusinessHours } from '../stats/business';
import { DAY_MS, HOUR_MS } from '../stats/clock';
import { defaultReportSettings } from '../stats/settings';
import { badgeCandidates, dayRowsBetween, findItems, markHandled, markItem, recordSeen, saveReportSettings, waitingItems } from './queries';

const T0 = Date.UTC(2026, 6, 13, 12);

async function seeded() {
  const db = freshDb();
  await saveReportSettings(db, { ...defaultReportSettings(), business: defaultBusinessHours('UTC') });
  await recordSeen(db, 'https://x.com/a/status/1', [rawItem('1', { postedAtMs: T0 - DAY_MS }), rawItem('own', { own: true, postedAtMs: T0 })], T0 - DAY_MS);
  await recordSeen(db, 'https://www.facebook.com/messages/t/1', [rawItem('m1', { site: 'facebook', kind: 'dm', postedAtMs: T0 - HOUR_MS })], T0 - HOUR_MS);
  await recordSeen(db, 'https://x.com/a/status/1', [rawItem('2', { postedAtMs: T0 })], T0);
  await markHandled(db, 'x:2', T0 + HOUR_MS, 'h2');
  await markItem(db, 'x:1', 'escalate', T0 + HOUR_MS, 'esc1');
  return db;
}

test.each([
  ['everything, newest first, without own items', {}, ['x:2', 'facebook:m1', 'x:1']],
  ['one site', { site: 'facebook' as const }, ['facebook:m1']],
  ['one status', { status: 'escalated' as const }, ['x:1']],
  ['site and status', { site: 'x' as const, status: 'handled' as const }, ['x:2']],
  ['a limit', { limit: 1 }, ['x:2']],
  ['the range end is excluded', { toMs: T0 }, ['facebook:m1', 'x:1']],
])('findItems: %s', async (_, q, keys) => {
  const db = await seeded();
  expect((await findItems(db, { fromMs: T0 - 2 * DAY_MS, toMs: T0 + 1, ...q })).map((i) => i.key)).toEqual(keys);
});

test('waiting items: open customer items only, oldest first', async () => {
  const db = await seeded();
  expect((await waitingItems(db)).map((i) => i.key)).toEqual(['x:1', 'facebook:m1']);
});

test('badge candidates: Facebook items of the last 7 days', async () => {
  const db = await seeded();
  expect((await badgeCandidates(db, T0)).map((i) => i.key)).toEqual(['facebook:m1']);
  expect(await badgeCandidates(db, T0 + 8 * DAY_MS)).toEqual([]);
});

test('report rows: one all-sites row per day, or one site’s', async () => {
  const db = await seeded();
  expect((await dayRowsBetween(db, '2026-07-12', '2026-07-13')).map((r) => [r.key, r.received])).toEqual([['2026-07-12|*', 1], ['2026-07-13|*', 2]]);
  expect((await dayRowsBetween(db, '2026-07-12', '2026-07-13', 'facebook')).map((r) => r.key)).toEqual(['2026-07-13|facebook']);
  expect(await dayRowsBetween(db, '2026-07-14', '2026-07-20')).toEqual([]);
});
