import { rmSync } from 'node:fs';
import { afterAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { StoredItem } from '../../lib/db/schema';
import type { DayRow } from '../../lib/stats/aggregate';
import { rowsFromItems } from '../../lib/stats/aggregate';
import { defaultBusinessHours } from '../../lib/stats/business';
import { defaultReportSettings } from '../../lib/stats/settings';
import { normalizeRows } from '../db';
import { eventually, launchBrowser, type Browser } from './browser';

// The backfill in Chromium, on the extension's own IndexedDB: a backup of 3,000 items made by a
// ReplyDesk without the analysis, restored through the dashboard and read again by the worker;
// the browser closed in the middle of the walk, and the next start finishing it. The report rows
// stay equal to a rebuild throughout.

const ITEMS = 3_000;
const TEXTS = ['Where is my order?? two weeks, ridiculous', 'Thanks so much, you rock 😍', 'Do you ship to Canada?', '¿Dónde está mi pedido?'];
const business = defaultBusinessHours('UTC');

function staleItems(): StoredItem[] {
  const day = Date.UTC(2026, 9, 1);
  return Array.from({ length: ITEMS }, (_, i) => ({
    key: `x:${String(i).padStart(5, '0')}`, site: 'x', id: String(i).padStart(5, '0'), kind: 'reply', author: `a${i}`, text: `${TEXTS[i % TEXTS.length]} ${i}`, own: false,
    pageUrl: 'https://x.com/a/status/1', postedAtMs: day + i * 60_000, firstSeenMs: day + i * 60_000 + 1, lastSeenMs: day + i * 60_000 + 1,
    status: i % 2 ? 'handled' : 'new', ...(i % 2 ? { handledAtMs: day + i * 60_000 + 3_600_000, handledBy: 'AB' } : {}),
  }));
}

/** Every item, the report rows (typed arrays as plain ones) and the walk's stored cursor. */
function readStore(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ items: StoredItem[]; daily: DayRow[]; cursor: unknown }>((resolve, reject) => {
        const open = indexedDB.open('replydesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['items', 'daily', 'settings'], 'readonly');
          const all = (store: string) => new Promise<unknown[]>((ok) => (tx.objectStore(store).getAll().onsuccess = (e) => ok((e.target as IDBRequest<unknown[]>).result)));
          void Promise.all([all('items'), all('daily'), new Promise((ok) => (tx.objectStore('settings').get('analysis:backfill').onsuccess = (e) => ok((e.target as IDBRequest).result)))]).then(([items, daily, cursor]) => {
            const plain = (v: unknown): unknown => (v instanceof Float64Array ? Array.from(v) : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);
            resolve({ items: items as StoredItem[], daily: (daily as object[]).map(plain) as DayRow[], cursor });
            open.result.close();
          });
        };
      }),
  );
}

function expectRowsEqualRebuild({ items, daily }: { items: StoredItem[]; daily: DayRow[] }) {
  expect(normalizeRows(daily)).toEqual(normalizeRows(rowsFromItems(items, business).values()));
}

let browser: Browser | undefined;
afterAll(async () => browser?.close());

test('a restored backup without analysis is read again in batches; a browser closed mid-walk finishes it at the next start', async () => {
  browser = await launchBrowser();
  const profileDir = browser.profileDir;
  let page = await browser.openExtensionPage('dashboard.html');
  // A backup as a ReplyDesk without the analysis wrote it, restored through the dashboard.
  const backup = { format: 'replydesk-backup', schemaVersion: 2, exportedAt: new Date().toISOString(), items: staleItems(), events: [], templates: [], settings: [{ key: 'reports', value: { ...defaultReportSettings(), business } }] };
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByLabel('Restore a backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await page.getByText(`Restored ${ITEMS} items`).waitFor({ timeout: 30_000 });

  const midway = await eventually(async () => {
    const store = await readStore(page);
    return typeof (store.cursor as { value?: { afterKey?: unknown } } | undefined)?.value?.afterKey === 'string' ? store : null;
  }, 30_000, 'a first batch committed');
  await browser.context.close(); // the worker goes with the browser, mid-walk
  const readBeforeClose = midway.items.filter((i) => i.analysis).length;
  expect(readBeforeClose).toBeGreaterThan(0);
  expect(readBeforeClose).toBeLessThan(ITEMS);
  console.log(`closed with ${readBeforeClose} of ${ITEMS} items read again`);
  await expectRowsEqualRebuild(midway);

  browser = await launchBrowser({ profileDir });
  page = await browser.openExtensionPage('dashboard.html');
  const done = await eventually(async () => {
    const store = await readStore(page);
    return store.cursor === undefined && store.items.every((i) => typeof i.analysis?.version === 'string') ? store.items : null;
  }, 60_000, 'every item read again');
  expect(done).toHaveLength(ITEMS);
  const versions = new Set(done.map((i) => i.analysis!.version));
  expect(versions.size).toBe(1);
  expect(done.find((i) => i.key === 'x:00000')?.analysis).toMatchObject({ sentiment: { label: 'negative' } });
  expect(done.map(({ analysis: _, ...rest }) => rest)).toEqual(staleItems());
  await expectRowsEqualRebuild(await readStore(page));
  await expect.poll(() => page.getByTestId('backfill').count()).toBe(0);
  await browser.close();
  browser = undefined;
  rmSync(profileDir, { recursive: true, force: true });
});
