import { analysisOf, freshDb, normalizeRows, rawItem } from '../../tests/db';
import { rowsFromItems } from '../stats/aggregate';
import { defaultReportSettings } from '../stats/settings';
import { createBackup, parseBackup, restoreBackup } from './backup';
import { REREAD_KEY } from './stored-analysis';
import { markHandled, readReportSettings, recordSeen, saveReportSettings } from './queries';
import type { ReplyDeskDb } from './schema';

const T0 = Date.UTC(2026, 6, 13, 9);

async function filled(): Promise<ReplyDeskDb> {
  const db = freshDb();
  await recordSeen(db, 'https://x.com/a/status/1', [rawItem('1', { postedAtMs: T0 }), rawItem('2', { text: '=1+1 "quoted" 😍' })], T0 + 60_000);
  await markHandled(db, 'x:1', T0 + 600_000, 'h1', 'AB');
  await db.table('templates').put({ id: 'mine', title: 'Mine', body: 'Hi', language: 'en' }); // a v1-shaped row: backups keep rows as stored
  await saveReportSettings(db, { ...defaultReportSettings(), retentionDays: 90 });
  return db;
}

async function snapshot(db: ReplyDeskDb) {
  return { items: await db.items.toArray(), events: await db.events.toArray(), templates: await db.templates.toArray(), settings: await db.settings.toArray(), daily: normalizeRows(await db.daily.toArray()) };
}

test('a backup restores into another database exactly, report rows included', async () => {
  const source = await filled();
  const text = JSON.stringify(await createBackup(source, T0));
  const check = parseBackup(text);
  expect(check).toMatchObject({ ok: true, counts: { items: 2, events: 3, templates: 1, settings: 1 } });
  const target = freshDb();
  await recordSeen(target, 'u', [rawItem('other')], T0); // replaced, not merged
  await restoreBackup(target, check.ok ? check.backup : never());
  // Plus one settings row: a walk over the restored items is due (lib/background/backfill).
  const { settings: restoredSettings, ...restored } = await snapshot(target);
  const { settings: sourceSettings, ...expected } = await snapshot(source);
  expect(restored).toEqual(expected);
  expect(restoredSettings).toEqual([{ key: REREAD_KEY, value: { version: '', afterKey: null } }, ...sourceSettings]);
  const settings = await readReportSettings(target);
  expect(normalizeRows(await target.daily.toArray())).toEqual(normalizeRows(rowsFromItems(await target.items.toArray(), settings.business).values()));
});

const good = async () => JSON.parse(JSON.stringify(await createBackup(await filled(), T0)));

test.each([
  ['not JSON', () => '{"format": "replydesk-backup", ', /not JSON/],
  ['another program’s JSON', () => '{"name": "my-app", "version": "1.0.0"}', /not a ReplyDesk backup/],
  ['JSON but an array', () => '[1, 2, 3]', /not a ReplyDesk backup/],
  ['from a newer ReplyDesk', async () => JSON.stringify({ ...(await good()), schemaVersion: 99 }), /schemaVersion: made by a newer ReplyDesk/],
  ['an item with an unknown status', async () => { const b = await good(); b.items[1].status = 'done'; return JSON.stringify(b); }, /items\.1\.status/],
  ['an item whose key is not site:id', async () => { const b = await good(); b.items[0].key = 'x:999'; return JSON.stringify(b); }, /items\.0\.key: key is not site:id/],
  ['an event with a text time', async () => { const b = await good(); b.events[0].atMs = 'yesterday'; return JSON.stringify(b); }, /events\.0\.atMs/],
  ['settings with an unknown time zone', async () => { const b = await good(); b.settings.find((s: { key: string }) => s.key === 'reports').value.business.timeZone = 'Nowhere/Land'; return JSON.stringify(b); }, /settings\.\d\.value\.business\.timeZone: unknown time zone/],
  ['the same item twice', async () => { const b = await good(); b.items.push(b.items[0]); return JSON.stringify(b); }, /"x:1" appears twice/],
  ['a template without an id', async () => { const b = await good(); b.templates.push({ title: 'x' }); return JSON.stringify(b); }, /templates\.1\.id/],
  ['items missing', async () => { const b = await good(); delete b.items; return JSON.stringify(b); }, /items:/],
])('refuses %s, says why, and changes nothing', async (_, file, reason) => {
  const check = parseBackup(await file());
  expect(check.ok).toBe(false);
  expect(check.ok ? '' : check.error).toMatch(reason);
});

test('a restore that fails midway changes nothing', async () => {
  const db = await filled();
  const before = await snapshot(db);
  const check = parseBackup(JSON.stringify(await good()));
  if (!check.ok) never();
  // An item the store refuses (an invalid key for IndexedDB) after the clears have run.
  const broken = { ...check.backup, items: [...check.backup.items, { ...check.backup.items[0]!, key: null as unknown as string }] };
  await expect(restoreBackup(db, broken)).rejects.toThrow();
  expect(await snapshot(db)).toEqual(before);
});

function never(): never {
  throw new Error('unreachable');
}

test('templates of any later shape come back as they were', async () => {
  const source = await filled();
  await source.templates.put({ id: 'rich', title: 'Rich', bodies: { neutral: 'Hi', warm: 'Hi there!' }, intents: ['praise'], usageCount: 3 } as never);
  const check = parseBackup(JSON.stringify(await createBackup(source, T0)));
  const target = freshDb();
  await restoreBackup(target, check.ok ? check.backup : never());
  expect(await target.templates.get('rich')).toEqual(await source.templates.get('rich'));
});

test('a restored analysis keeps its version stamp only when it is whole, so broken ones are read again', async () => {
  const source = freshDb();
  const whole = { ...analysisOf('negative', 'complaint'), version: '1.aaaaaaaa.bbbbbbbb' };
  const { register: _, ...broken } = whole;
  await recordSeen(source, 'u', [{ ...rawItem('whole'), analysis: whole }, { ...rawItem('broken'), analysis: broken as never }, rawItem('none')], T0);
  const check = parseBackup(JSON.stringify(await createBackup(source, T0)));
  const target = freshDb();
  await restoreBackup(target, check.ok ? check.backup : never());
  expect((await target.items.get('x:whole'))?.analysis).toEqual(whole);
  const { version: __, ...unstamped } = broken;
  expect((await target.items.get('x:broken'))?.analysis).toEqual(unstamped);
  expect((await target.items.get('x:none'))?.analysis).toBeUndefined();
});
