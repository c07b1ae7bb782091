import fc from 'fast-check';
import { DAY_MS, HOUR_MS } from '../stats/clock';
import { defaultBusinessHours } from '../stats/business';
import { defaultReportSettings } from '../stats/settings';
import { analysisOf, freshDb, rawItem, rowsAndRebuild } from '../../tests/db';
import { applyRetention, markHandled, markItem, readReportSettings, recordSeen, saveReportSettings } from './queries';
import type { ReplyDeskDb } from './schema';

const T0 = Date.UTC(2026, 2, 28, 20, 0); // the weekend Paris moves to summer time

/** A database whose reports cut days in UTC, whatever the machine's zone. */
async function utcDb(): Promise<ReplyDeskDb> {
  const db = freshDb();
  await saveReportSettings(db, { ...defaultReportSettings(), business: defaultBusinessHours('UTC') });
  return db;
}

async function expectRowsMatchItems(db: ReplyDeskDb) {
  const { rows, rebuilt } = await rowsAndRebuild(db);
  expect(rows).toEqual(rebuilt);
}

describe('daily report rows follow every item write', () => {
  test('seen, handled, reopened, ignored, own reply', async () => {
    const db = await utcDb();
    await recordSeen(db, 'https://x.com/a/status/1', [rawItem('1', { postedAtMs: T0 }), rawItem('2'), rawItem('3', { postedAtMs: T0 + HOUR_MS })], T0 + 2 * HOUR_MS);
    const rowOf = async () => (await db.daily.get('2026-03-28|x'))!;
    let row = await rowOf();
    expect(await db.daily.get('2026-03-28|*')).toMatchObject({ received: 3, bySite: { x: { received: 3 } } });
    expect(row).toMatchObject({ received: 3, estimated: 1, answered: 0, byStatus: { new: 3 } });

    await markHandled(db, 'x:1', T0 + 3 * HOUR_MS, 'e1', 'AB');
    await markItem(db, 'x:2', 'ignore', T0 + 3 * HOUR_MS, 'e2');
    // An own reply answers item 3 at its posted time.
    await recordSeen(db, 'https://x.com/a/status/1', [rawItem('r3', { own: true, parentId: '3', postedAtMs: T0 + 90 * 60_000 })], T0 + 4 * HOUR_MS);
    row = await rowOf();
    expect(row).toMatchObject({ received: 3, answered: 2, ignoredUnanswered: 1, byStatus: { handled: 2, ignored: 1 }, agents: { AB: Float64Array.of(3 * HOUR_MS), '': Float64Array.of(30 * 60_000) } });
    expect(Array.from(row.responseMs).sort((a, b) => a - b)).toEqual([30 * 60_000, 3 * HOUR_MS]);

    // Reopening keeps the first response and the history.
    await markItem(db, 'x:1', 'reopen', T0 + 5 * HOUR_MS, 'e3', 'CD');
    row = await rowOf();
    expect(row).toMatchObject({ answered: 2, byStatus: { new: 1, handled: 1, ignored: 1 } });
    expect((await db.events.where('itemKey').equals('x:1').toArray()).map((e) => e.type).sort()).toEqual(['handled', 'reopened', 'seen']);
    await expectRowsMatchItems(db);
  });

  test('analysis written later moves sentiment and intent counts', async () => {
    const db = await utcDb();
    await recordSeen(db, 'u', [rawItem('1', { postedAtMs: T0 })], T0);
    await db.items.update('x:1', { analysis: analysisOf('negative', 'complaint') });
    expect(await db.daily.get('2026-03-28|x')).toMatchObject({ sentiment: { negative: 1 }, intents: { complaint: 1 } });
    await db.items.update('x:1', { analysis: analysisOf('positive', 'praise') });
    const row = await db.daily.get('2026-03-28|x');
    expect([row!.received, row!.sentiment, row!.intents]).toEqual([1, { positive: 1 }, { praise: 1 }]);
  });

  test('a partial analysis (an older shape) is counted as far as it goes and never blocks the write', async () => {
    const db = await utcDb();
    await recordSeen(db, 'u', [rawItem('1', { postedAtMs: T0 })], T0);
    await db.items.update('x:1', { analysis: { sentiment: { label: 'negative' } } as never, status: 'handled', handledAtMs: T0 + 60_000 });
    expect(await db.daily.get('2026-03-28|x')).toMatchObject({ answered: 1, sentiment: { negative: 1 }, intents: {} });
  });

  test('rows stored with plain arrays (before typed arrays) take new writes', async () => {
    const db = await utcDb();
    await recordSeen(db, 'u', [rawItem('1', { postedAtMs: T0 }), rawItem('2', { postedAtMs: T0 })], T0);
    await markHandled(db, 'x:1', T0 + 60_000, 'h1', 'AB');
    for (const row of await db.daily.toArray()) {
      const plain = (xs: Float64Array) => Array.from(xs) as unknown as Float64Array;
      await db.daily.put({ ...row, responseMs: plain(row.responseMs), businessMs: plain(row.businessMs), agents: Object.fromEntries(Object.entries(row.agents).map(([k, v]) => [k, plain(v)])) });
    }
    await markItem(db, 'x:1', 'reopen', T0 + 180_000, 'r1'); // a removal from the plain arrays first
    await markHandled(db, 'x:2', T0 + 120_000, 'h2', 'AB');
    await db.items.delete('x:1');
    await expectRowsMatchItems(db);
  });

  test('a failed write leaves the rows as they were', async () => {
    const db = freshDb();
    await recordSeen(db, 'u', [rawItem('1', { postedAtMs: T0 })], T0);
    const before = await db.daily.toArray();
    await expect(
      db.transaction('rw', db.items, async () => {
        await db.items.put({ ...(await db.items.get('x:1'))!, status: 'handled', handledAtMs: T0 + 1 });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.daily.toArray()).toEqual(before);
  });

  test('new business hours or time zone recompute the rows; days are cut in that zone', async () => {
    const db = await utcDb();
    await recordSeen(db, 'u', [rawItem('1', { postedAtMs: Date.UTC(2026, 0, 5, 23, 30) })], Date.UTC(2026, 0, 6));
    expect([...new Set((await db.daily.toArray()).map((r) => r.day))]).toEqual(['2026-01-05']);
    const settings = defaultReportSettings();
    await saveReportSettings(db, { ...settings, business: { ...settings.business, timeZone: 'Europe/Paris' } });
    expect([...new Set((await db.daily.toArray()).map((r) => r.day))]).toEqual(['2026-01-06']);
    await expectRowsMatchItems(db);
  });

  test('retention deletes what expired, with its events, and the rows it fed', async () => {
    const db = freshDb();
    const now = T0 + 100 * DAY_MS;
    await recordSeen(db, 'u', [rawItem('old', { postedAtMs: T0 }), rawItem('busy', { postedAtMs: T0 })], T0);
    await recordSeen(db, 'u', [rawItem('fresh', { postedAtMs: now - DAY_MS })], now - DAY_MS);
    await markHandled(db, 'x:busy', now - 2 * DAY_MS, 'h-busy'); // handled lately: still in use
    await saveReportSettings(db, { ...(await readReportSettings(db)), retentionDays: 30 });
    expect(await applyRetention(db, now)).toEqual({ items: 1, events: 1 });
    expect((await db.items.toArray()).map((i) => i.key).sort()).toEqual(['x:busy', 'x:fresh']);
    expect(await db.events.where('itemKey').equals('x:old').count()).toBe(0);
    await expectRowsMatchItems(db);
  });

  test('clearing the items clears the rows', async () => {
    const db = await utcDb();
    await recordSeen(db, 'u', [rawItem('1', { postedAtMs: T0 }), rawItem('2', { site: 'youtube', postedAtMs: T0 })], T0);
    expect(await db.daily.count()).toBe(3);
    await db.items.clear();
    expect(await db.daily.count()).toBe(0);
    await recordSeen(db, 'u', [rawItem('3', { postedAtMs: T0 })], T0);
    await expectRowsMatchItems(db);
  });

  test('forever keeps everything', async () => {
    const db = freshDb();
    await recordSeen(db, 'u', [rawItem('old', { postedAtMs: T0 })], T0);
    expect(await applyRetention(db, T0 + 10_000 * DAY_MS)).toEqual({ items: 0, events: 0 });
    expect(await db.items.count()).toBe(1);
  });

  test('any sequence of writes leaves rows equal to a rebuild from the items', async () => {
    const ids = ['1', '2', '3', '4', '5'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('seen' as const), id: fc.constantFrom(...ids), site: fc.constantFrom('x' as const, 'facebook' as const), posted: fc.option(fc.integer({ min: 0, max: 3 * DAY_MS }), { nil: undefined }), own: fc.boolean() }),
      fc.record({ kind: fc.constant('handle' as const), id: fc.constantFrom(...ids), at: fc.integer({ min: 0, max: 4 * DAY_MS }), initials: fc.option(fc.constantFrom('AB', 'CD'), { nil: undefined }) }),
      fc.record({ kind: fc.constant('mark' as const), id: fc.constantFrom(...ids), action: fc.constantFrom('flag' as const, 'ignore' as const, 'escalate' as const, 'reopen' as const) }),
      fc.record({ kind: fc.constant('analyse' as const), id: fc.constantFrom(...ids), label: fc.constantFrom('negative' as const, 'positive' as const) }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom(...ids) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        const db = freshDb();
        let n = 0;
        for (const o of ops) {
          const at = T0 + n++ * 60_000;
          if (o.kind === 'seen') await recordSeen(db, 'u', [rawItem(o.id, { site: o.site, own: o.own, postedAtMs: o.posted === undefined ? undefined : T0 + o.posted })], at);
          if (o.kind === 'handle') await markHandled(db, `x:${o.id}`, T0 + o.at, `e${n}`, o.initials);
          if (o.kind === 'mark') await markItem(db, `x:${o.id}`, o.action, at, `e${n}`);
          if (o.kind === 'analyse') await db.items.update(`x:${o.id}`, { analysis: analysisOf(o.label, 'question') });
          if (o.kind === 'delete') await db.items.delete(`x:${o.id}`);
        }
        await expectRowsMatchItems(db);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
