import { freshDb, rawItem } from '../../tests/db';
import { readReportSettings } from '../db/queries';
import { DAY_MS } from '../stats/clock';
import { defaultReportSettings } from '../stats/settings';
import { handleMessage } from './router';

const NOW = Date.UTC(2026, 6, 20, 12);

test('settings/save stores valid settings and applies a shorter retention at once', async () => {
  const db = freshDb();
  await handleMessage(db, { type: 'items/seen', url: 'https://x.com/a/status/1', site: 'x', adapter: 'X', reset: true, items: [rawItem('old')] }, {}, NOW - 40 * DAY_MS);
  const settings = { ...defaultReportSettings(), retentionDays: 30 };
  expect(await handleMessage(db, { type: 'settings/save', settings }, {}, NOW)).toEqual({ ok: true });
  expect((await readReportSettings(db)).retentionDays).toBe(30);
  expect(await db.items.count()).toBe(0);
});

test.each([
  ['an unknown time zone', { business: { ...defaultReportSettings().business, timeZone: 'Mars/Olympus' } }, 'settings.business.timeZone'],
  ['overlapping periods', { business: { ...defaultReportSettings().business, week: [[], [[540, 720], [700, 900]], [], [], [], [], []] } }, 'settings.business.week'],
  ['a negative target', { targets: { firstMs: -1, secondMs: DAY_MS } }, 'settings.targets.firstMs'],
  ['retention of 0 days', { retentionDays: 0 }, 'settings.retentionDays'],
])('settings/save refuses %s and changes nothing', async (_, change, where) => {
  const db = freshDb();
  const reply = await handleMessage(db, { type: 'settings/save', settings: { ...defaultReportSettings(), ...change } }, {}, NOW);
  expect(reply).toMatchObject({ ok: false });
  expect(reply && !reply.ok && reply.error).toContain(where);
  expect(await db.settings.count()).toBe(0);
});
