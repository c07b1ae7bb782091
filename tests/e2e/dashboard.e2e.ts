import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { StoredEvent, StoredItem } from '../../lib/db/schema';
import { localDate } from '../../lib/stats/business';
import { durationLabel } from '../../lib/stats/clock';
import { median, responseRate } from '../../lib/stats/response';
import { eventually, launchBrowser, type Browser } from './browser';
import { xThreadPage, X_THREAD_URL } from './pages';

// The dashboard on the built extension in Chromium: items found on the X thread, handled through
// the dashboard and through messages, and every figure checked against the events IndexedDB
// holds (first handled event per item, not the item's own summary).

const DEV = 'x:1990000000000000004';
const BEN = 'x:1990000000000000005';
const HOSTILE = 'x:1990000000000000006';
const SAM = 'x:1990000000000000007';

async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('replydesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => (resolve(request.result as T[]), open.result.close());
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

const send = (page: Page, message: unknown) =>
  page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);

/** The report figures recomputed from the stored events. */
async function expectedFigures(page: Page) {
  const items = (await readStore<StoredItem>(page, 'items')).filter((i) => !i.own);
  const events = await readStore<StoredEvent>(page, 'events');
  const firstHandled = new Map<string, number>();
  for (const e of events) if (e.type === 'handled') firstHandled.set(e.itemKey, Math.min(e.atMs, firstHandled.get(e.itemKey) ?? Infinity));
  const times = items.filter((i) => firstHandled.has(i.key)).map((i) => Math.max(0, firstHandled.get(i.key)! - (i.postedAtMs ?? i.firstSeenMs)));
  const ignoredUnanswered = items.filter((i) => i.status === 'ignored' && !firstHandled.has(i.key)).length;
  return { items, events, received: items.length, answered: times.length, median: median(times), rate: responseRate({ received: items.length, answered: times.length, ignoredUnanswered }) };
}

describe('dashboard end to end', () => {
  let browser: Browser;
  let dashboard: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await xThreadPage();
    await browser.serve(page.url, page.html, page.extra);
    await browser.openPage(X_THREAD_URL);
    dashboard = await browser.openExtensionPage('dashboard.html');
    await eventually(async () => (await readStore<StoredItem>(dashboard, 'items')).length >= 7, 15_000, 'the thread stored');
  });
  afterAll(async () => browser?.close());

  test('the side panel links to the dashboard', async () => {
    const panel = await browser.openExtensionPage('sidepanel.html');
    expect(await panel.getByRole('link', { name: 'Dashboard' }).getAttribute('href')).toBe(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await panel.close();
  });

  test('handled through the dashboard and through messages, the items table shows it', async () => {
    await dashboard.getByRole('button', { name: 'Items' }).click();
    const sam = dashboard.locator(`tr[data-key="${SAM}"]`);
    await sam.getByRole('button', { name: 'Mark handled' }).click();
    await expect.poll(() => sam.getAttribute('data-status')).toBe('handled');
    expect(await send(dashboard, { type: 'item/handle', key: DEV, eventId: 'e2e-dev', atMs: Date.now(), initials: 'AB' })).toEqual({ ok: true });
    expect(await send(dashboard, { type: 'item/mark', action: 'ignore', key: HOSTILE, eventId: 'e2e-ignore', atMs: Date.now(), initials: 'AB' })).toEqual({ ok: true });
    expect(await send(dashboard, { type: 'item/mark', action: 'flag', key: BEN, eventId: 'e2e-flag', atMs: Date.now() })).toEqual({ ok: true });
    await expect.poll(() => dashboard.locator(`tr[data-key="${DEV}"]`).getAttribute('data-status')).toBe('handled');
    await expect.poll(() => dashboard.locator(`tr[data-key="${BEN}"]`).getAttribute('data-status')).toBe('needs-follow-up');
    // Hostile page text is text here too.
    expect(await dashboard.locator(`tr[data-key="${HOSTILE}"] .message`).textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await dashboard.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('report figures equal those recomputed from the stored events', async () => {
    const expected = await expectedFigures(dashboard);
    expect(expected.answered).toBeGreaterThanOrEqual(3); // María (own reply), Sam, Dev
    expect(expected.events.filter((e) => e.type === 'handled' && e.initials === 'AB').map((e) => e.itemKey)).toEqual([DEV]);
    await dashboard.getByRole('button', { name: 'Reports' }).click();
    await expect.poll(() => dashboard.getByTestId('received').textContent()).toBe(String(expected.received));
    expect(await dashboard.getByTestId('answered').textContent()).toBe(String(expected.answered));
    expect(await dashboard.getByTestId('median').textContent()).toBe(durationLabel(expected.median!));
    expect(Number((await dashboard.getByTestId('response-rate').textContent())!.replace('%', ''))).toBeCloseTo(expected.rate! * 100, 1);
    const agents = dashboard.getByRole('table', { name: 'By agent' });
    expect(await agents.locator('tr', { hasText: 'AB' }).locator('td').first().textContent()).toBe('1');
  });

  test('today counts what was answered today in the reports’ time zone', async () => {
    const { items, events } = await expectedFigures(dashboard);
    const zone = await dashboard.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const today = localDate(Date.now(), zone);
    const answeredToday = new Set(events.filter((e) => e.type === 'handled' && localDate(e.atMs, zone) === today).map((e) => e.itemKey));
    const firstToday = items.filter((i) => answeredToday.has(i.key) && i.handledAtMs !== undefined && localDate(i.handledAtMs, zone) === today);
    await dashboard.getByRole('button', { name: 'Today' }).click();
    await expect.poll(() => dashboard.getByTestId('today-answered').textContent()).toBe(String(firstToday.length));
    const waiting = items.filter((i) => ['new', 'needs-follow-up', 'escalated'].includes(i.status));
    expect(await dashboard.getByTestId('waiting').textContent()).toBe(String(waiting.length));
  });

  test('CSV export opens in a spreadsheet: BOM, header, one row per item', async () => {
    await dashboard.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Export CSV' }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('key,site,kind,author,')).toBe(true);
    const { items } = await expectedFigures(dashboard);
    for (const item of items) expect(text).toContain(`\r\n${item.key},`);
  });

  test('a corrupt backup is refused with its reason and changes nothing; a real one restores', async () => {
    const before = await readStore<StoredItem>(dashboard, 'items');
    const input = dashboard.getByLabel('Restore a backup');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"replydesk-backup","schemaVersion":2,"exportedAt":"x","items":[{"key":"x:1"}],"events":[],"templates":[],"settings":[]}') });
    await expect.poll(() => dashboard.getByRole('alert').textContent()).toMatch(/cannot be restored: items\.0\.\w+/);
    expect(await readStore<StoredItem>(dashboard, 'items')).toEqual(before);

    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Download full backup' }).click()]);
    const backup = JSON.parse(await new Promise<string>((resolve) => { let s = ''; void download.createReadStream().then((r) => r!.on('data', (c) => (s += c)).on('end', () => resolve(s))); }));
    expect(backup.items).toHaveLength(before.length);
    dashboard.once('dialog', (d) => void d.accept());
    await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await expect.poll(() => dashboard.getByRole('status').last().textContent()).toMatch(/^Restored \d+ items/);
    expect(await readStore<StoredItem>(dashboard, 'items')).toEqual(expect.arrayContaining(before.map((i) => expect.objectContaining({ key: i.key, status: i.status }))));
  });
});
