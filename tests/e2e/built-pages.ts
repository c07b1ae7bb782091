import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { InsertReply, PageReport } from '../../lib/messages';
import { eventually, reportOf, type Browser } from './browser';
import { harnessFiles, withHarness } from './harness/bundle';
import type { ServedPage } from './pages';

// Our built fixtures (tests/fixtures/<site>/<case>/page.html) served at their real URLs, with a
// site's static reply editor swapped for the real editor package (tests/e2e/harness/editors.tsx).

/** The fixture page with `from` (its static editor markup) replaced by a harness placeholder. */
export async function builtPage(dir: string, url: string, from: string | RegExp, placeholder: string): Promise<ServedPage> {
  const html = readFileSync(`${dir}/page.html`, 'utf8');
  const swapped = html.replace(from, placeholder);
  if (swapped === html) throw new Error(`${dir}: the editor markup to replace is gone (fixture changed?)`);
  return { url, html: withHarness(swapped), extra: await harnessFiles(url) };
}

/** Asks the content script of the tab at `pageUrl` to insert `text` under the item `key`, as the panel does. */
export async function insertReply(browser: Browser, pageUrl: string, key: string, text: string): Promise<InsertReply> {
  const worker = await browser.worker();
  return worker.evaluate(
    async ({ url, message }) => {
      interface Tabs {
        query(q: object): Promise<Array<{ id?: number; url?: string }>>;
        sendMessage(id: number, m: unknown): Promise<never>;
      }
      const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return api.tabs.sendMessage(tab.id, message);
    },
    { url: pageUrl, message: { type: 'reply/insert', key, text } },
  );
}

/** Serves and opens a page, and waits until its content script reports at least `count` items. */
export async function openWithItems(browser: Browser, served: ServedPage, count: number): Promise<{ site: Page; report: PageReport }> {
  await browser.serve(served.url, served.html, served.extra);
  const site = await browser.openPage(served.url);
  const report = await eventually(async () => {
    const r = await reportOf(browser, served.url);
    return r.items.length >= count ? r : null;
  }, 15_000, `${count} items`);
  return { site, report };
}

/** What the real editor at index `i` on the page holds in its own state. */
export function harnessText(site: Page, i = 0): Promise<string | null> {
  return site.evaluate((n) => (window as unknown as { __harness: { text(i: number): string | null } }).__harness.text(n), i);
}
