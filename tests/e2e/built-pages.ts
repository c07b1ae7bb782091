import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { PageReport } from '../../lib/messages';
import type { Browser } from './browser';
import { harnessFiles, withHarness } from './harness/bundle';
import type { ServedPage } from './pages';
import { reportWith } from './sites';

// Our built fixtures (tests/fixtures/<site>/<case>/page.html) served at their real URLs, with a
// site's static reply editor swapped for the real editor package (tests/e2e/harness/editors.tsx).

/** The fixture page with `from` (its static editor markup) replaced by a harness placeholder. */
export async function builtPage(dir: string, url: string, from: string | RegExp, placeholder: string): Promise<ServedPage> {
  const html = readFileSync(`${dir}/page.html`, 'utf8');
  const swapped = html.replace(from, placeholder);
  if (swapped === html) throw new Error(`${dir}: the editor markup to replace is gone (fixture changed?)`);
  return { url, html: withHarness(swapped), extra: await harnessFiles(url) };
}

/** Serves and opens a page, and waits until its content script reports at least `count` items. */
export async function openWithItems(browser: Browser, served: ServedPage, count: number): Promise<{ site: Page; report: PageReport }> {
  await browser.serve(served.url, served.html, served.extra);
  const site = await browser.openPage(served.url);
  return { site, report: await reportWith(browser, served.url, count) };
}
