import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDb, type ReplyDeskDb } from '../db/schema';
import { readReportSettings } from '../db/queries';
import { readPage } from '../pages';
import type { RawItem } from '../sites/types';
import { DAY_MS } from '../stats/clock';
import { defaultReportSettings } from '../stats/settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKFILL_PROGRESS_KEY } from '../backfill-progress';
import { readStamped } from './analysis-version';
import { readItemsAgain } from './backfill';
import { handleMessage } from './router';

const item = (id: string, over: Partial<RawItem> = {}): RawItem => ({
  site: 'x', id, kind: 'reply', author: 'Ana', handle: 'ana', text: `hello ${id}`, own: false, postedAtMs: 1_000_000, ...over,
});
const seen = (items: RawItem[], reset = false) => ({ type: 'items/seen', url: 'https://x.com/a/status/1', site: 'x', adapter: 'X', reset, items });
const tab = { tab: { id: 7 } };

let db: ReplyDeskDb;
beforeEach(async () => {
  db = createDb(`router-${Math.random()}`);
  await db.open();
});
afterEach(async () => db.delete());

describe('handleMessage', () => {
  test('rejects a malformed message with a reason, and logs it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await handleMessage(db, { type: 'items/seen', items: 'nope' }, tab)).toMatchObject({ ok: false, error: expect.any(String) });
    expect(await handleMessage(db, null, tab)).toMatchObject({ ok: false });
    expect(await handleMessage(db, seen([item('1', { site: 'myspace' as never })]), tab)).toMatchObject({ ok: false, error: expect.stringMatching(/^items\.0\.site/) });
    expect(warn).toHaveBeenCalledTimes(3);
    expect(await db.items.count()).toBe(0);
  });

  test('stores what a page shows, once, and keeps the page summary of the tab', async () => {
    expect(await handleMessage(db, seen([item('1'), item('2')], true), tab, 5_000_000)).toEqual({ ok: true });
    expect(await handleMessage(db, seen([item('2'), item('3')]), tab, 6_000_000)).toEqual({ ok: true });
    expect(await db.items.count()).toBe(3);
    expect((await db.items.get('x:2'))).toMatchObject({ firstSeenMs: 5_000_000, lastSeenMs: 6_000_000, status: 'new' });
    expect(await db.events.where('type').equals('seen').count()).toBe(3);
    expect((await readPage(7))?.keys).toEqual(['x:1', 'x:2', 'x:3']);
    await handleMessage(db, seen([item('9')], true), tab);
    expect((await readPage(7))?.keys).toEqual(['x:9']);
  });

  test('each stored item carries its analysis, refreshed when the text changes', async () => {
    await handleMessage(db, seen([item('a', { text: 'Where is my order #A12345?? This is ridiculous' })]), tab);
    const stored = await db.items.get('x:a');
    expect(stored?.analysis).toMatchObject({ language: 'en', sentiment: { label: 'negative' }, privateFollowUp: { needed: true } });
    await handleMessage(db, seen([item('a', { text: 'Got it, thank you so much!' })]), tab);
    expect((await db.items.get('x:a'))?.analysis).toMatchObject({ sentiment: { label: 'positive' }, privateFollowUp: { needed: false } });
  });

  test('a 50 KB comment with hostile characters is stored whole', async () => {
    const text = `<img src=x onerror=alert(1)>\u202E\u200B${'é'.repeat(50_000)}`;
    expect(await handleMessage(db, seen([item('big', { text })]), tab)).toEqual({ ok: true });
    expect((await db.items.get('x:big'))?.text).toBe(text);
  });

  test("the account's own reply marks the item it answers handled at the reply's time, in either order", async () => {
    const reply = item('r', { own: true, parentId: 'c', postedAtMs: 1_600_000 });
    await handleMessage(db, seen([reply]), tab);
    await handleMessage(db, seen([item('c', { postedAtMs: 1_000_000 })]), tab);
    expect(await db.items.get('x:c')).toMatchObject({ status: 'handled', handledAtMs: 1_600_000, handledVia: 'own-reply' });
    // Seen again: nothing changes, no second event.
    await handleMessage(db, seen([reply, item('c', { postedAtMs: 1_000_000 })]), tab);
    expect(await db.events.where({ itemKey: 'x:c', type: 'handled' }).count()).toBe(1);
  });

  test('an own post that is older than the customer item does not answer it', async () => {
    await handleMessage(db, seen([item('c', { postedAtMs: 2_000_000 }), item('r', { own: true, parentId: 'c', postedAtMs: 1_000_000 })]), tab);
    expect((await db.items.get('x:c'))?.status).toBe('new');
  });

  test('handle, flag and reopen are idempotent per event id and keep the first response time', async () => {
    await handleMessage(db, seen([item('1')]), tab, 2_000_000);
    const handle = { type: 'item/handle', key: 'x:1', eventId: 'e1', atMs: 3_000_000 };
    expect(await handleMessage(db, handle, {})).toEqual({ ok: true });
    expect(await handleMessage(db, handle, {})).toEqual({ ok: true });
    expect(await handleMessage(db, { type: 'item/mark', action: 'reopen', key: 'x:1', eventId: 'e2', atMs: 4_000_000 }, {})).toEqual({ ok: true });
    expect(await handleMessage(db, { type: 'item/handle', key: 'x:1', eventId: 'e3', atMs: 5_000_000 }, {})).toEqual({ ok: true });
    expect(await db.items.get('x:1')).toMatchObject({ status: 'handled', handledAtMs: 3_000_000 });
    expect((await db.events.where('itemKey').equals('x:1').sortBy('atMs')).map((e) => e.type)).toEqual(['seen', 'handled', 'reopened', 'handled']);
    expect(await handleMessage(db, { type: 'item/mark', action: 'flag', key: 'x:404', eventId: 'e4', atMs: 1 }, {})).toEqual({ ok: false, error: 'unknown item x:404' });
  });
});

const NOW = Date.UTC(2026, 6, 20, 12);

test('a time past what a Date can hold is refused at the boundary', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(await handleMessage(db, seen([item('far', { postedAtMs: 9e15 })]), tab)).toMatchObject({ ok: false, error: expect.stringMatching(/^items\.0\.postedAtMs/) });
  expect(await db.items.count()).toBe(0);
});

test('settings/save stores valid settings and applies a shorter retention at once', async () => {
  await handleMessage(db, { type: 'items/seen', url: 'https://x.com/a/status/1', site: 'x', adapter: 'X', reset: true, items: [item('old')] }, {}, NOW - 40 * DAY_MS);
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
  const reply = await handleMessage(db, { type: 'settings/save', settings: { ...defaultReportSettings(), ...change } }, {}, NOW);
  expect(reply).toMatchObject({ ok: false });
  expect(reply && !reply.ok && reply.error).toContain(where);
  expect(await db.settings.count()).toBe(0);
});

test('analysis/refresh reads again the items without the current analysis, and says how far it is', async () => {
  const keys = Array.from({ length: 450 }, (_, i) => `x:${String(i).padStart(3, '0')}`);
  await db.items.bulkPut(keys.map((key) => ({ ...item(key.slice(2), { text: 'Where is my order?? ridiculous' }), key, pageUrl: 'u', firstSeenMs: 1, lastSeenMs: 1, status: 'handled' as const, handledAtMs: 2 })));
  const progress: unknown[] = [];
  fakeBrowser.storage.onChanged.addListener((changes) => void (BACKFILL_PROGRESS_KEY in changes && progress.push(changes[BACKFILL_PROGRESS_KEY]!.newValue ?? null)));
  expect(await handleMessage(db, { type: 'analysis/refresh' }, {})).toEqual({ ok: true });
  expect(await readItemsAgain(db)).toBe(450); // the walk under way, not a second one
  expect((await db.items.get('x:007'))?.analysis).toEqual(readStamped('Where is my order?? ridiculous'));
  expect(await db.items.get('x:007')).toMatchObject({ status: 'handled', handledAtMs: 2 });
  await vi.waitFor(() => expect(progress.at(-1)).toBeNull());
  expect(progress.slice(0, 3)).toEqual([{ analysed: 200, remaining: 250 }, { analysed: 400, remaining: 50 }, null]);
  expect((await fakeBrowser.storage.session.get(BACKFILL_PROGRESS_KEY))[BACKFILL_PROGRESS_KEY]).toBeUndefined();
});
