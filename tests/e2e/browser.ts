import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// The real-browser harness: Debian's Chromium with the built extension, saved pages served under
// their real URLs (every other request aborted), extension pages opened as tabs.

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  worker(): Promise<Worker>;
  /** Serves `html` as the document at `url` (and any extra files by URL). */
  serve(url: string, html: string, extra?: Record<string, { body: string; contentType: string }>): Promise<void>;
  openPage(url: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (to test that a browser restart loses nothing). */
  profileDir?: string;
  headless?: boolean;
  /** null: the same browser without the extension (the baseline of a with/without measure). */
  extensionDir?: string | null;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const extensionDir = options.extensionDir === undefined ? EXTENSION_DIR : options.extensionDir;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'replydesk-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  // Playwright tries routes newest first: the catch-all goes in first so served pages win.
  await context.route(/^https?:\/\//, (route) => route.abort());
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = extensionDir ? new URL((await worker()).url()).host : '';

  return {
    context,
    extensionId,
    profileDir,
    worker,
    async serve(url, html, extra = {}) {
      await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      for (const [extraUrl, file] of Object.entries(extra))
        await context.route(extraUrl, (route) => route.fulfill({ status: 200, contentType: file.contentType, body: file.body }));
    },
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A page's inline scripts are inert without their bundles, but strip them for a frozen DOM. */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
}

export function readFixture(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Asks the content script of `page`'s tab what it found, through the service worker. */
export async function reportOf(browser: Browser, pageUrl: string): Promise<import('../../lib/messages').PageReport> {
  const worker = await browser.worker();
  return worker.evaluate(async (url) => {
    interface Tabs {
      query(q: object): Promise<Array<{ id?: number; url?: string }>>;
      sendMessage(id: number, m: unknown): Promise<never>;
    }
    const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
    return api.tabs.sendMessage(tab.id, { type: 'page/report' });
  }, pageUrl);
}

/** Polls until `probe` returns a truthy value (or throws after timeoutMs). */
export async function eventually<T>(probe: () => Promise<T>, timeoutMs = 10_000, label = 'condition'): Promise<NonNullable<T>> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${label}; last: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
