import 'fake-indexeddb/auto';
import { dayRowsBetween, recordSeen } from '../lib/db/queries';
import { createDb, type StoredEvent, type StoredItem } from '../lib/db/schema';
import { SITE_IDS, type RawItem } from '../lib/sites/types';
import { dailySeries, rowsFromItems, summarize } from '../lib/stats/aggregate';
import { addDays, datesBetween, defaultBusinessHours, localDate } from '../lib/stats/business';
import { DAY_MS, DEFAULT_TARGETS, MINUTE_MS } from '../lib/stats/clock';
import type { Bench, BenchRow } from './types';

// The dashboard's figures over 100,000 items come from the daily rows, not the items: this
// measures that path (read the rows from IndexedDB, summarise, one point per day) against a plain
// loop over the same items in memory, and the write path (10,000 'seen' events through the
// router's writer, report rows included, in batches of 100 as the content script sends them)
// against a plain loop over the same rows. In-process, on fake-indexeddb: Chromium's IndexedDB
// is slower per row, which is why the dashboard reads one row per day and site, not every item.

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
  const dayRows = await db.daily.count();
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
      note: `${ms.toFixed(1)} ms (goal ≤ 50 ms): ${dayRows.toLocaleString('en')} daily rows read, summary, ${spanDays} points; plain array scan of the items ${scanMs.toFixed(2)} ms`,
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
  return rows;
};

const round = (x: number) => Math.round(x * 10) / 10;
