import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../analysis';
import { analysisOf, freshDb, rawItem, rowsAndRebuild } from '../../tests/db';
import { markHandled, markItem, recordSeen, saveReportSettings } from '../db/queries';
import { createBackup, restoreBackup } from '../db/backup';
import { createDb, type ReplyDeskDb, type StoredItem } from '../db/schema';
import { REREAD_KEY } from '../db/stored-analysis';
import { defaultBusinessHours } from '../stats/business';
import { DAY_MS, HOUR_MS } from '../stats/clock';
import { defaultReportSettings } from '../stats/settings';
import { analysisVersion, isCurrentAnalysis, readStamped } from './analysis-version';
import { backfillBatch, countStale, readItemsAgain, startBackfill } from './backfill';
import { handleMessage } from './router';

const T0 = Date.UTC(2026, 2, 28, 20, 0);
const ANGRY = 'Where is my order #A12345?? Two weeks and nothing, this is ridiculous';
const HAPPY = 'Thanks so much for the quick help, you guys rock 😍';

/** A stored item as an older ReplyDesk (or a restore) left it: only its analysis differs. */
function stored(id: string, analysis: unknown, over: Partial<StoredItem> = {}): StoredItem {
  return {
    ...rawItem(id, { text: Number(id.replace(/\D/g, '') || 0) % 2 ? HAPPY : ANGRY, postedAtMs: T0 }),
    key: `x:${id}`, pageUrl: 'https://x.com/a/status/1', firstSeenMs: T0 + 1_000, lastSeenMs: T0 + 2_000, status: 'new',
    ...(analysis === undefined ? {} : { analysis: analysis as StoredItem['analysis'] }),
    ...over,
  };
}

async function utcDb(name?: string): Promise<ReplyDeskDb> {
  const db = name ? createDb(name) : freshDb();
  await saveReportSettings(db, { ...defaultReportSettings(), business: defaultBusinessHours('UTC') });
  return db;
}

const withoutAnalysis = ({ analysis: _, ...rest }: StoredItem) => rest;

async function expectRowsEqualRebuild(db: ReplyDeskDb) {
  const { rows, rebuilt } = await rowsAndRebuild(db);
  expect(rows).toEqual(rebuilt);
}

describe('the analysis stamp', () => {
  test('marks what the current analysis reads, and only that', () => {
    const fresh = readStamped(ANGRY);
    expect(fresh).toEqual({ ...analyze(ANGRY), version: analysisVersion() });
    expect(analysisVersion()).toMatch(/^\d+\.[0-9a-f]{8}\.[0-9a-f]{8}$/);
    expect(isCurrentAnalysis(fresh)).toBe(true);
    expect(isCurrentAnalysis({ ...fresh, version: '0.00000000.00000000' })).toBe(false);
    expect(isCurrentAnalysis(analyze(ANGRY))).toBe(false); // before stamps
  });

  test.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'negative'],
    ['an array', [1, 2]],
    ['an older shape', { sentiment: { label: 'negative' }, intents: [{ intent: 'complaint' }] }],
    ['a stamped object missing its register', { ...readStamped(ANGRY), register: undefined }],
    ['a stamped object with an unknown intent', { ...readStamped(ANGRY), intents: [{ intent: 'bribe', score: 1, because: [] }] }],
    ['a stamped object with a NaN score', { ...readStamped(ANGRY), priority: { score: NaN, because: [] } }],
  ])('%s is not a current analysis, and checking it does not throw', (_, value) => {
    expect(isCurrentAnalysis(value)).toBe(false);
  });
});

describe('backfill', () => {
  test('reads again the items without a current analysis, and changes nothing else', async () => {
    const db = await utcDb();
    const kept = { ...readStamped(HAPPY), sentiment: { label: 'negative' as const, score: -0.9, because: ['kept as stored'] } };
    const rows = [
      stored('1', undefined), // before the analysis existed
      stored('2', { ...readStamped(ANGRY), sentiment: { label: 'positive', score: 0.9, because: [] }, version: '0.deadbeef.deadbeef' }), // an older model
      stored('3', { sentiment: { label: 'positive' } }, { status: 'handled', handledAtMs: T0 + HOUR_MS, handledBy: 'AB', handledVia: 'manual' }), // partial
      stored('4', 'corrupt', { status: 'ignored' }),
      stored('5', { ...readStamped(ANGRY), register: null }), // stamped but broken
      stored('6', kept), // current: left exactly as stored, even where the analysis would now differ
      stored('7', null, { own: true, parentKey: 'x:3' }),
    ];
    await db.items.bulkPut(rows);
    await expectRowsEqualRebuild(db);
    expect(await countStale(db)).toBe(5); // by stamp: item 5's breakage shows only to the walk

    expect(await startBackfill(db)).toBe(6);
    const after = await db.items.toArray();
    for (const [i, item] of after.entries()) {
      expect(withoutAnalysis(item)).toEqual(withoutAnalysis(rows[i]!));
      expect(item.analysis).toEqual(item.key === 'x:6' ? kept : readStamped(item.text));
    }
    expect((await db.items.get('x:2'))!.analysis!.sentiment.label).toBe('negative');
    expect(await db.daily.get('2026-03-28|x')).toMatchObject({ received: 6, byStatus: { new: 4, handled: 1, ignored: 1 } });
    await expectRowsEqualRebuild(db);
    expect(await countStale(db)).toBe(0);
    expect(await db.settings.get(REREAD_KEY)).toBeUndefined();
    expect(await startBackfill(db)).toBe(0); // idempotent
  });

  test('an empty store, or one read by the current analysis, needs no walk', async () => {
    const db = await utcDb();
    expect(await startBackfill(db)).toBe(0);
    await handleMessage(db, { type: 'items/seen', url: 'https://x.com/a/status/1', site: 'x', adapter: 'X', reset: true, items: [rawItem('1', { text: ANGRY })] }, {});
    expect((await db.items.get('x:1'))!.analysis).toEqual(readStamped(ANGRY)); // the router stamps what it reads
    expect(await countStale(db)).toBe(0);
    expect(await startBackfill(db)).toBe(0);
  });

  test('a stopped worker resumes after the last committed batch: nothing read twice, nothing skipped', async () => {
    const name = `backfill-resume-${Math.random()}`;
    let db = await utcDb(name);
    const ids = Array.from({ length: 25 }, (_, i) => String(i).padStart(2, '0'));
    await db.items.bulkPut(ids.map((id) => stored(id, undefined)));

    expect(await backfillBatch(db, 10)).toEqual({ analysed: 10, finished: false });
    expect((await db.settings.get(REREAD_KEY))?.value).toEqual({ version: analysisVersion(), afterKey: 'x:09' });

    // Killed in the middle of the next batch: its writes and its progress go together.
    const before = { items: await db.items.toArray(), daily: await db.daily.toArray(), settings: await db.settings.toArray() };
    await expect(
      db.transaction('rw', db.items, db.settings, db.daily, async () => {
        await backfillBatch(db, 10);
        throw new Error('worker stopped');
      }),
    ).rejects.toThrow('worker stopped');
    expect({ items: await db.items.toArray(), daily: await db.daily.toArray(), settings: await db.settings.toArray() }).toEqual(before);

    // The next worker opens the database afresh.
    db.close();
    db = createDb(name);
    const progress: number[] = [];
    expect(await startBackfill(db, { batch: 10, onProgress: (p) => progress.push(p.analysed) })).toBe(15);
    expect(progress).toEqual([10, 15]);
    expect((await db.items.toArray()).every((i) => isCurrentAnalysis(i.analysis))).toBe(true);
    await expectRowsEqualRebuild(db);
    await db.delete();
  });

  test('a database from before the stamps (v2) opens at the latest version and is read again', async () => {
    const name = `backfill-v2-${Math.random()}`;
    const old = createDb(name, 2);
    await old.items.bulkPut([stored('1', analysisOf('positive', 'praise')), stored('2', undefined, { status: 'handled', handledAtMs: T0 + HOUR_MS })]);
    old.close();
    const db = createDb(name);
    expect(await countStale(db)).toBe(2);
    expect(await startBackfill(db)).toBe(2);
    expect((await db.items.get('x:1'))!.analysis).toEqual(readStamped(HAPPY));
    await expectRowsEqualRebuild(db);
    await db.delete();
  });

  test('a walk left by another version starts over from the first item', async () => {
    const db = await utcDb();
    await db.items.bulkPut(['a', 'b', 'c'].map((id) => stored(id, { ...readStamped(ANGRY), version: 'old' })));
    await db.settings.put({ key: REREAD_KEY, value: { version: 'old', afterKey: 'x:b' } });
    expect(await startBackfill(db, { batch: 2 })).toBe(3);
  });

  test('a worker start only goes on with a pending walk; counting is for the first start of a session', async () => {
    const db = await utcDb();
    await db.items.bulkPut([stored('1', undefined), stored('2', undefined)]);
    expect(await startBackfill(db, { resumeOnly: true })).toBe(0);
    expect(await countStale(db)).toBe(2);

    expect(await readItemsAgain(db)).toBe(2); // a new session (or version): counted, read
    await db.items.put(stored('3', undefined)); // no product path writes this; it waits for the next session
    expect(await readItemsAgain(db)).toBe(0);
    await fakeBrowser.storage.session.clear(); // browser restart or extension update
    expect(await readItemsAgain(db)).toBe(1);
  });

  test('a restore leaves a walk pending, which the next worker start takes up', async () => {
    const source = await utcDb();
    await source.items.bulkPut([stored('1', undefined), stored('2', { ...readStamped(ANGRY), version: 'old' }), stored('3', readStamped(HAPPY))]);
    const backup = await createBackup(source, T0);
    const db = await utcDb();
    await restoreBackup(db, backup);
    expect((await db.settings.get(REREAD_KEY))?.value).toEqual({ version: '', afterKey: null });
    expect(await startBackfill(db, { resumeOnly: true })).toBe(2);
    expect((await db.items.toArray()).every((i) => isCurrentAnalysis(i.analysis))).toBe(true);
    await expectRowsEqualRebuild(db);
  });

  test('a restore in the middle of a walk: the walk starts over on the restored items', async () => {
    const source = await utcDb();
    await source.items.bulkPut(Array.from({ length: 12 }, (_, i) => stored(`r${String(i).padStart(2, '0')}`, undefined)));
    const backup = await createBackup(source, T0);
    const db = await utcDb();
    await db.items.bulkPut(Array.from({ length: 40 }, (_, i) => stored(String(i).padStart(2, '0'), undefined)));
    let restore: Promise<void> | undefined;
    // Right after the first batch: the restore's transaction is asked for before the second batch's.
    const walk = startBackfill(db, { batch: 5, onProgress: () => void (restore ??= restoreBackup(db, backup)) });
    expect(await walk).toBe(5 + 12);
    await restore;
    expect((await db.items.toArray()).map((i) => i.key)).toEqual(backup.items.map((i) => i.key));
    expect((await db.items.toArray()).every((i) => isCurrentAnalysis(i.analysis))).toBe(true);
    expect(await db.settings.get(REREAD_KEY)).toBeUndefined();
    await expectRowsEqualRebuild(db);
  });

  test('started twice, one walk runs', async () => {
    const db = await utcDb();
    await db.items.bulkPut(Array.from({ length: 30 }, (_, i) => stored(String(i).padStart(2, '0'), undefined)));
    const first = startBackfill(db, { batch: 7 });
    const second = startBackfill(db, { batch: 7 });
    expect(second).toBe(first);
    expect(await first).toBe(30);
    expect(await startBackfill(db)).toBe(0);
  });

  test('messages are answered between batches, and their writes are kept', async () => {
    const db = await utcDb();
    await db.items.bulkPut(Array.from({ length: 200 }, (_, i) => stored(String(i).padStart(3, '0'), undefined)));
    const order: string[] = [];
    const walk = startBackfill(db, { batch: 20 }).then(() => order.push('backfill'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const handled = handleMessage(db, { type: 'item/handle', key: 'x:150', eventId: 'h1', atMs: T0 + DAY_MS, initials: 'AB' }, {}).then((ack) => {
      order.push('handle');
      return ack;
    });
    expect(await handled).toEqual({ ok: true });
    await walk;
    expect(order).toEqual(['handle', 'backfill']);
    const item = (await db.items.get('x:150'))!;
    expect(item).toMatchObject({ status: 'handled', handledAtMs: T0 + DAY_MS, handledBy: 'AB' });
    expect(isCurrentAnalysis(item.analysis)).toBe(true);
    await expectRowsEqualRebuild(db);
  });

  test('any mix of writes, stale analyses and partial walks leaves rows equal to a rebuild', async () => {
    const ids = ['1', '2', '3', '4', '5', '6'];
    const stale = [undefined, null, 'corrupt', { sentiment: { label: 'positive' } }, analysisOf('negative', 'complaint'), { ...readStamped(HAPPY), version: 'old' }];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('seen' as const), id: fc.constantFrom(...ids), own: fc.boolean(), angry: fc.boolean() }),
      fc.record({ kind: fc.constant('stored' as const), id: fc.constantFrom(...ids), analysis: fc.constantFrom(...stale), handled: fc.boolean() }),
      fc.record({ kind: fc.constant('handle' as const), id: fc.constantFrom(...ids), at: fc.integer({ min: 0, max: 2 * DAY_MS }) }),
      fc.record({ kind: fc.constant('mark' as const), id: fc.constantFrom(...ids), action: fc.constantFrom('flag' as const, 'ignore' as const, 'reopen' as const) }),
      fc.record({ kind: fc.constant('batch' as const), size: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom(...ids) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 20 }), async (ops) => {
        const db = freshDb();
        let n = 0;
        for (const o of ops) {
          const at = T0 + n++ * 60_000;
          if (o.kind === 'seen') await recordSeen(db, 'u', [{ ...rawItem(o.id, { own: o.own, postedAtMs: T0, text: o.angry ? ANGRY : HAPPY }), analysis: readStamped(o.angry ? ANGRY : HAPPY) }], at);
          if (o.kind === 'stored') await db.items.put(stored(o.id, o.analysis, o.handled ? { status: 'handled', handledAtMs: at, handledBy: 'CD' } : {}));
          if (o.kind === 'handle') await markHandled(db, `x:${o.id}`, T0 + o.at, `e${n}`, 'AB');
          if (o.kind === 'mark') await markItem(db, `x:${o.id}`, o.action, at, `e${n}`);
          if (o.kind === 'batch') await backfillBatch(db, o.size);
          if (o.kind === 'delete') await db.items.delete(`x:${o.id}`);
        }
        const { rows, rebuilt } = await rowsAndRebuild(db);
        expect(rows).toEqual(rebuilt);
        const before = await db.items.toArray();
        await startBackfill(db, { batch: 2 });
        const after = await db.items.toArray();
        expect(after.map(withoutAnalysis)).toEqual(before.map(withoutAnalysis));
        expect(after.every((i) => isCurrentAnalysis(i.analysis))).toBe(true);
        const final = await rowsAndRebuild(db);
        expect(final.rows).toEqual(final.rebuilt);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
