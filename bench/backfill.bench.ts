import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { analyze } from '../lib/analysis';
import { BACKFILL_BATCH, countStale, startBackfill } from '../lib/background/backfill';
import { createDb, type ReplyDeskDb, type StoredItem } from '../lib/db/schema';
import { SITE_IDS } from '../lib/sites/types';
import { DAY_MS, MINUTE_MS } from '../lib/stats/clock';
import { build } from 'esbuild';
import { ensureChromeBuild } from '../scripts/build-once';
import { launchBrowser } from '../tests/e2e/browser';
import type { Bench, BenchRow } from './types';

// Reading 10,000 stored items again with the current analysis (lib/background/backfill: 200 per
// transaction, each batch with its progress, through the report rows' middleware), against
// bare analyze() over the same texts: the ratio is what the store adds around the analysis.
// Also: a worker start with nothing to read again (the two index counts), against the same bare
// analysis. In-process on fake-indexeddb, then the same in Chromium on the extension's IndexedDB
// (the same lib code bundled into the dashboard page), where the store's part is much smaller.

const ITEMS = 10_000;
const END = Date.UTC(2026, 10, 1);
const FIXTURES = ['tests/fixtures/analysis/sentiment.jsonl', 'tests/fixtures/analysis/spam.jsonl'];

/** Our fixture messages in 12 languages, each made unique, one long post in fifty. */
function texts(): string[] {
  const base = FIXTURES.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
  const long = `${base.slice(0, 12).join(' ')} `.repeat(8);
  return Array.from({ length: ITEMS }, (_, i) => `${i % 50 === 0 ? long : base[i % base.length]!} ${i}`);
}

/** Items as stored before the analysis existed: every site, two thirds handled, a month of days. */
function storedItems(all: readonly string[]): StoredItem[] {
  return all.map((text, i) => {
    const site = SITE_IDS[i % SITE_IDS.length]!;
    const postedAtMs = END - ((i * 7_919) % 30) * DAY_MS - (i % 600) * MINUTE_MS;
    const handled = i % 3 !== 0;
    return {
      key: `${site}:${String(i).padStart(5, '0')}`, site, id: String(i).padStart(5, '0'), kind: 'reply', author: `a${i}`, text, own: false, pageUrl: 'u',
      postedAtMs, firstSeenMs: postedAtMs + MINUTE_MS, lastSeenMs: postedAtMs + MINUTE_MS,
      status: handled ? 'handled' : 'new', ...(handled ? { handledAtMs: postedAtMs + 3_600_000, handledBy: 'AB' } : {}),
    };
  });
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const t = performance.now();
  const result = await fn();
  return { ms: performance.now() - t, result };
}

export const run: Bench = async () => {
  const all = texts();
  for (let i = 0; i < 2_000; i++) analyze(`warm up ${all[i % 97]}`); // JIT warm-up on other texts
  const bare = await timed(() => {
    let n = 0;
    for (const t of all) n += analyze(t).priority.score;
    return n;
  });

  const db: ReplyDeskDb = createDb(`bench-backfill-${Date.now()}`);
  const rows = storedItems(all);
  for (let i = 0; i < rows.length; i += BACKFILL_BATCH) await db.items.bulkPut(rows.slice(i, i + BACKFILL_BATCH));
  const backfill = await timed(() => startBackfill(db));
  if (backfill.result !== ITEMS || (await countStale(db)) !== 0) throw new Error(`backfill read ${backfill.result} of ${ITEMS} items`);
  const idle = await timed(() => startBackfill(db));
  const wake = await timed(() => startBackfill(db, { resumeOnly: true }));
  if (idle.result !== 0 || wake.result !== 0) throw new Error('a second start read items again');

  // The store's part alone: the same rows written again in the same batches, without analysis.
  const puts = await timed(async () => {
    for (let i = 0; i < rows.length; i += BACKFILL_BATCH) await db.transaction('rw', db.items, db.settings, () => db.items.bulkPut(rows.slice(i, i + BACKFILL_BATCH)));
  });
  db.close();

  const n = ITEMS.toLocaleString('en');
  const result: BenchRow[] = [
    {
      area: 'backfill',
      name: `re-read ${n} stored items (batches of ${BACKFILL_BATCH}, report rows kept)`,
      value: round(backfill.ms / bare.ms),
      unit: '× bare analyze()',
      note: `${backfill.ms.toFixed(0)} ms for ${ITEMS / BACKFILL_BATCH} transactions; bare analyze() of the same texts ${bare.ms.toFixed(0)} ms; the same puts without analysis ${puts.ms.toFixed(0)} ms`,
    },
    {
      area: 'backfill',
      name: `first start of a session, nothing to re-read (${n} items)`,
      value: round(idle.ms / bare.ms),
      unit: '× bare analyze()',
      note: `${idle.ms.toFixed(1)} ms: two index counts; any other worker start reads one settings row (${wake.ms.toFixed(2)} ms)`,
    },
  ];
  result.push(...(await inChromium(all, rows)));
  return result;
};

/** The same walk and the same bare analysis in an extension page of Chromium. */
async function inChromium(all: readonly string[], rows: readonly StoredItem[]): Promise<BenchRow[]> {
  const browser = await launchBrowser({ extensionDir: ensureChromeBuild() });
  try {
    const page = await browser.openExtensionPage('dashboard.html');
    const code = await build({
      stdin: { contents: "export { analyze } from './lib/analysis'; export { startBackfill, countStale } from './lib/background/backfill'; export { createDb } from './lib/db/schema';", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true, write: false, format: 'iife', globalName: '__backfill', platform: 'browser',
    });
    // tsx compiles the callback below with esbuild's keepNames, which calls a `__name` helper.
    await page.evaluate(`${code.outputFiles[0]!.text};globalThis.__backfill = __backfill; globalThis.__name = (f) => f;`);
    const figures = await page.evaluate(
      async ({ texts, rowsJson, batch }) => {
        const lib = (globalThis as unknown as { __backfill: typeof import('../lib/background/backfill') & typeof import('../lib/db/schema') & typeof import('../lib/analysis') }).__backfill;
        const rows = JSON.parse(rowsJson) as StoredItem[];
        for (let i = 0; i < 2_000; i++) lib.analyze(`warm up ${texts[i % 97]}`);
        let t = performance.now();
        let n = 0;
        for (const text of texts) n += lib.analyze(text).priority.score;
        const bareMs = performance.now() - t;
        const db = lib.createDb(`bench-backfill-${Date.now()}`);
        for (let i = 0; i < rows.length; i += batch) await db.items.bulkPut(rows.slice(i, i + batch));
        t = performance.now();
        const analysed = await lib.startBackfill(db);
        const backfillMs = performance.now() - t;
        const stale = await lib.countStale(db);
        t = performance.now();
        const again = await lib.startBackfill(db);
        const idleMs = performance.now() - t;
        t = performance.now();
        await lib.startBackfill(db, { resumeOnly: true });
        const wakeMs = performance.now() - t;
        db.close();
        await db.delete();
        return { bareMs, backfillMs, idleMs, wakeMs, analysed, stale, again, n };
      },
      { texts: all, rowsJson: JSON.stringify(rows), batch: BACKFILL_BATCH },
    );
    if (figures.analysed !== ITEMS || figures.stale !== 0 || figures.again !== 0) throw new Error(`in Chromium the backfill read ${figures.analysed}, left ${figures.stale}`);
    const n = ITEMS.toLocaleString('en');
    return [
      {
        area: 'backfill',
        name: `re-read ${n} stored items, in Chromium`,
        value: round(figures.backfillMs / figures.bareMs),
        unit: '× bare analyze()',
        note: `${figures.backfillMs.toFixed(0)} ms on the extension's IndexedDB; bare analyze() of the same texts in the page ${figures.bareMs.toFixed(0)} ms`,
      },
      {
        area: 'backfill',
        name: `first start of a session, nothing to re-read (${n} items), in Chromium`,
        value: round(figures.idleMs / figures.bareMs),
        unit: '× bare analyze()',
        note: `${figures.idleMs.toFixed(1)} ms: two index counts; any other worker start reads one settings row (${figures.wakeMs.toFixed(2)} ms)`,
      },
    ];
  } finally {
    await browser.close();
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
