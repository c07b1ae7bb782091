import type { Page } from 'playwright-core';
import type { InsertReply, PageReport } from '../../lib/messages';
import { eventually, readFixture, reportOf, withoutScripts, type Browser } from './browser';
import { harnessFiles, withHarness } from './harness/bundle';

// Helpers for the per-site real-browser tests: a saved page at its real URL, what the content
// script found on it, and a reply inserted through the content script's own path (the message
// the side panel sends), read back from the real editor's state.

/** Serves a saved page (scripts stripped: a frozen DOM) and opens it. */
export async function openSavedPage(browser: Browser, path: string, url: string): Promise<Page> {
  await browser.serve(url, withoutScripts(readFixture(path)));
  return browser.openPage(url);
}

/**
 * Serves a built page with the real editor harness, plus a page script that plays the site's part
 * (opening a reply box on click), and opens it.
 */
export async function openHarnessPage(browser: Browser, pageHtml: string, url: string, siteScript: string): Promise<Page> {
  await browser.serve(url, harnessPageHtml(pageHtml, siteScript), await harnessFiles(url));
  const page = await browser.openPage(url);
  await page.waitForFunction(() => 'mount' in ((window as unknown as { __harness?: object }).__harness ?? {}));
  return page;
}

/** A built page with the editor harness and the page script that plays the site's part. */
export function harnessPageHtml(pageHtml: string, siteScript: string): string {
  return withHarness(pageHtml).replace('</body>', `<script>${siteScript}</script></body>`);
}

/** The content script's report once it has found at least `count` items. */
export function reportWith(browser: Browser, url: string, count: number): Promise<PageReport> {
  return eventually(async () => {
    const report = await reportOf(browser, url);
    return report.items.length >= count ? report : null;
  }, 20_000, `${count} items on ${url}`);
}

/** Asks the content script of the tab at `pageUrl` to insert `text` as the reply to `key`. */
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

/** What the real editor's own model holds (not its DOM): draft-js, lexical, quill or React state. */
export function editorState(page: Page, index = 0): Promise<string | null> {
  return page.evaluate((i) => (window as unknown as { __harness: { text(i: number): string | null } }).__harness.text(i), index);
}
