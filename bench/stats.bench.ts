import 'fake-indexeddb/auto';
import { dayRowsBetween, recordSeen } from '../lib/db/queries';
import { createDb, type StoredEvent, type StoredItem } from '../lib/db/schema';
import { SITE_IDS, type RawItem } from '../lib/sites/types';
import { dailySeries, rowsFromItems, summarize } from '../lib/stats/aggregate';
import { addDays, datesBetween, defaultBusinessHours, localDate } from '../lib/stats/business';
import { DAY_MS, DEFAULT_TARGETS, MINUTE_MS } from '../lib/stats/clock';
import { build } from 'esbuild';
import { ensureChromeBuild } from '../scripts/build-once';
import { launchBrowser } from '../tests/e2e/browser';
import type { Bench, BenchRow } from './types';

// The dashboard's figures over 100,000 items come from the daily rows, not the items: this
// measures that path (read the rows from IndexedDB, summarise, one point per day) against a plain
// loop over the same items in memory, and the write path (10,000 'seen' events through the
// router's writer, report rows included, in batches of 100 as the content script sends them)
// against a plain loop over the same rows. In-process, on fake-indexeddb: Chromium's IndexedDB
// is slower per row, which is why a report reads one all-sites row per day, not every item.

const ITEMS = 100_000;
const EVENTS = 10_000;
const BATCH = 100;
const END = Date.UTC(2026, 10, 1);
const business = defaultBusinessHours('UTC');

/** A deterministic spread over the last `spanDays` days and every site, two thirds answered. */
function makeItems(n: number, spanDays: number): StoredItem[] {
  let seed = 42;
  const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff);
  return Array.from({ length: n }, (_, i) => {
    const postedAtMs = END - Math.floor(rand() * spanDays * DAY_MS);
    const site = SITE_IDS[i % SITE_IDS.length]!;
    const isAnswered = rand() < 0.66;
    return {
      key: `${site}:${i}`, site, id: String(i), kind: i % 3 ? 'reply' : 'comment', author: `a${i}`, text: 'where is my order', own: false, pageUrl: 'u',
      postedAtMs, firstSeenMs: postedAtMs + MINUTE_MS, lastSeenMs: postedAtMs + MINUTE_MS,
      status: isAnswered ? 'handled' : 'new', ...(isAnswered ? { handledAtMs: postedAtMs + Math.floor(rand() * 2 * DAY_MS), handledBy: i % 2 ? 'AB' : 'CD' } : {}),
    } satisfies StoredItem;
  });
}

async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** What "a plain array scan" does: touch every row once, count and sum. */
function plainScan(rows: ReadonlyArray<{ handledAtMs?: number; postedAtMs?: number } | StoredEvent>): number {
  let sum = 0;
  for (const r of rows) if ('handledAtMs' in r && r.handledAtMs !== undefined) sum += r.handledAtMs - (r.postedAtMs ?? 0);
  else if ('atMs' in r) sum += r.atMs;
  return sum;
}

/** Read the rows of the range, summarise, one point per day: what the Reports view computes. */
async function reportMs(items: readonly StoredItem[], spanDays: number): Promise<{ ms: number; dayRows: number }> {
  const db = createDb(`bench-stats-${spanDays}-${Date.now()}`);
  await db.daily.bulkPut([...rowsFromItems(items, business).values()]);
  const to = localDate(END, 'UTC');
  const filter = { from: addDays(to, -(spanDays - 1)), to };
  const days = datesBetween(filter.from, filter.to);
  const ms = await median(9, async () => {
    const all = await dayRowsBetween(db, filter.from, filter.to);
    return [summarize(all, filter, DEFAULT_TARGETS), dailySeries(all, filter, days)];
  });
  const dayRows = (await dayRowsBetween(db, filter.from, filter.to)).length;
  db.close();
  return { ms, dayRows };
}

export const run: Bench = async () => {
  const rows: BenchRow[] = [];
  for (const spanDays of [30, 365]) {
    const items = makeItems(ITEMS, spanDays);
    for (let i = 0; i < 20; i++) plainScan(items); // JIT warm-up, so the reference is not its first run
    const scanMs = await median(9, () => plainScan(items));
    const { ms, dayRows } = await reportMs(items, spanDays);
    rows.push({
      area: 'stats',
      name: `report over ${ITEMS.toLocaleString('en')} items in ${spanDays} days`,
      value: round(ms / scanMs),
      unit: '× plain scan',
      note: `${ms.toFixed(1)} ms (goal ≤ 50 ms): ${dayRows.toLocaleString('en')} all-sites daily rows read, summary, ${spanDays} points; plain array scan of the items ${scanMs.toFixed(2)} ms`,
    });
  }

  // Writes: 10,000 items first seen, each a 'seen' event, through recordSeen.
  const raw: RawItem[] = Array.from({ length: EVENTS }, (_, i) => ({ site: SITE_IDS[i % SITE_IDS.length]!, id: `w${i}`, kind: 'reply', author: `a${i}`, text: 'hello', postedAtMs: END - (i % 1000) * MINUTE_MS, own: false }));
  const writeDb = createDb(`bench-write-${Date.now()}`);
  const writeMs = await median(1, async () => {
    for (let i = 0; i < raw.length; i += BATCH) await recordSeen(writeDb, 'https://x.com/a/status/1', raw.slice(i, i + BATCH), END + i);
  });
  const events = await writeDb.events.toArray();
  const rawDb = createDb(`bench-raw-${Date.now()}`);
  const bareMs = await median(1, async () => {
    for (let i = 0; i < events.length; i += BATCH) await rawDb.events.bulkPut(events.slice(i, i + BATCH));
  });
  for (let i = 0; i < 20; i++) plainScan(events);
  const eventScanMs = await median(9, () => plainScan(events));
  rows.push({ area: 'stats', name: `write ${EVENTS.toLocaleString('en')} events (recordSeen, batches of ${BATCH})`, value: round(writeMs / eventScanMs), unit: '× plain scan', note: `${writeMs.toFixed(0)} ms with items and daily rows; plain array scan ${eventScanMs.toFixed(2)} ms` });
  rows.push({ area: 'stats', name: 'same writes vs bare event bulkPut', value: round(writeMs / bareMs), unit: '× bare writes', note: `bare events.bulkPut ${bareMs.toFixed(0)} ms (no items, no report rows)` });
  for (const d of [writeDb, rawDb]) d.close();
  rows.push(...(await inChromium(makeItems(ITEMS, 365))));
  return rows;
};

/**
 * The same report in Chromium, on the extension's own IndexedDB: the year of daily rows stored
 * in the dashboard page's database, then read over the index and summarised there by the same
 * lib/stats code (bundled with esbuild), against a plain loop over 100,000 rows in that page.
 */
async function inChromium(items: readonly StoredItem[]): Promise<BenchRow[]> {
  const browser = await launchBrowser({ extensionDir: ensureChromeBuild() });
  try {
    const page = await browser.openExtensionPage('dashboard.html');
    const stats = await build({ entryPoints: ['lib/stats/aggregate.ts'], bundle: true, write: false, format: 'iife', globalName: '__stats', platform: 'browser' });
    // tsx compiles the callback below with esbuild's keepNames, which calls a `__name` helper.
    await page.evaluate(`${stats.outputFiles[0]!.text};globalThis.__stats = __stats; globalThis.__name = (f) => f;`);
    const dayRows = [...rowsFromItems(items, business).values()];
    const to = localDate(END, 'UTC');
    const from = addDays(to, -364);
    const result = await page.evaluate(
      async ({ rowsJson, from, to, runs }) => {
        // Typed arrays cross as plain ones and are stored as the extension stores them.
        const dayRows = JSON.parse(rowsJson, (_, v) => (v && typeof v === 'object' && '__f64' in v ? Float64Array.from(v.__f64 as number[]) : v)) as unknown[];
        const stats = (globalThis as unknown as { __stats: typeof import('../lib/stats/aggregate') }).__stats;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('replydesk');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise((resolve, reject) => {
          const tx = db.transaction('daily', 'readwrite');
          for (const row of dayRows) tx.objectStore('daily').put(row);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        const days: string[] = [];
        for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
        const read = () =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = db.transaction('daily', 'readonly').objectStore('daily').index('[site+day]').getAll(IDBKeyRange.bound(['*', from], ['*', to]));
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
        const reportTimes: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          const all = (await read()) as Parameters<typeof stats.summarize>[0];
          stats.summarize(all, { from, to }, { firstMs: 3_600_000, secondMs: 86_400_000 });
          stats.dailySeries(all, { from, to }, days);
          reportTimes.push(performance.now() - t);
        }
        const plain = Array.from({ length: 100_000 }, (_, i) => ({ postedAtMs: i, handledAtMs: i % 3 ? 2 * i : undefined }));
        const scanTimes: number[] = [];
        for (let i = 0; i < runs + 20; i++) {
          const t = performance.now();
          let sum = 0;
          for (const r of plain) if (r.handledAtMs !== undefined) sum += r.handledAtMs - r.postedAtMs;
          if (sum < 0) throw new Error('unreachable');
          scanTimes.push(performance.now() - t);
        }
        const readTimes: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          await read();
          readTimes.push(performance.now() - t);
        }
        const rowsRead = (await read()).length;
        db.close();
        return { reportMs: median(reportTimes), readMs: median(readTimes), scanMs: median(scanTimes.slice(20)), rowsRead };
      },
      { rowsJson: JSON.stringify(dayRows, (_, v) => (v instanceof Float64Array ? { __f64: Array.from(v) } : v)), from, to, runs: 9 },
    );
    return [
      {
        area: 'stats',
        name: `report over ${ITEMS.toLocaleString('en')} items in 365 days, in Chromium`,
        value: round(result.reportMs / result.scanMs),
        unit: '× plain scan',
        note: `${result.reportMs.toFixed(1)} ms (goal ≤ 50 ms) on the extension's IndexedDB (${result.readMs.toFixed(1)} ms of it reading ${result.rowsRead} all-sites rows); plain loop over 100,000 rows in the page ${result.scanMs.toFixed(2)} ms`,
      },
    ];
  } finally {
    await browser.close();
  }
}

const round = (x: number) => Math.round(x * 10) / 10;
