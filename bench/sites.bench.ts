// What a full scan costs per site: milliseconds per 1,000 items found, and the same scan against
// the floor of any scan, a bare querySelectorAll of the adapter's item selector on the same page
// (ratio). Every adapter in the registry is measured, on every saved page it has: our fixtures
// (tests/fixtures/<site>/*/page.html) and the real pages in ../shared/fixtures/<site>[-*]/ when
// present, in happy-dom; then each site's richest page grown to 1,000+ items, in happy-dom and in
// Chromium (the adapters bundled into the page, no extension). Absolute times are context; the
// ratios are the figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { CHROMIUM, launchBrowser, type Browser } from '../tests/e2e/browser';
import { adapters, safeScan } from '../lib/sites/registry';
import type { SiteAdapter } from '../lib/sites/types';
import { loadPageAt } from '../tests/page';
import { SHARED_DIR } from '../tests/shared';
import type { Bench, BenchRow } from './types';

const MIN_MS = Number(process.env.BENCH_SITE_MS ?? 300);

// Adapters may use the DOM's globals (Node.DOCUMENT_POSITION_FOLLOWING…), which a page has and
// Node does not: lend them from a happy-dom window.
const lender = new Window() as unknown as Record<string, unknown>;
for (const name of ['Node', 'Element', 'HTMLElement', 'HTMLTextAreaElement', 'HTMLInputElement', 'ShadowRoot', 'NodeFilter', 'CSS']) {
  (globalThis as Record<string, unknown>)[name] ??= lender[name];
}
const MAX_RUNS = 200;

interface Page {
  path: string;
  url: string;
}

/** A page's address: expected.json (ours) or the truth file (../shared) says it. */
function pagesOf(site: SiteAdapter): Page[] {
  const pages: Page[] = [];
  const own = join('tests/fixtures', site.id);
  if (existsSync(own)) {
    for (const dir of readdirSync(own, { withFileTypes: true })) {
      const at = join(own, dir.name);
      if (!dir.isDirectory() || !existsSync(join(at, 'page.html')) || !existsSync(join(at, 'expected.json'))) continue;
      pages.push({ path: join(at, 'page.html'), url: (JSON.parse(readFileSync(join(at, 'expected.json'), 'utf8')) as { url: string }).url });
    }
  }
  const shared = join(SHARED_DIR, 'fixtures');
  if (existsSync(shared)) {
    for (const dir of readdirSync(shared)) {
      if (dir !== site.id && !dir.startsWith(`${site.id}-`)) continue;
      for (const file of readdirSync(join(shared, dir)).filter((f) => f.endsWith('.html'))) {
        const truth = join(shared, dir, file.replace(/\.html$/, '.truth.json'));
        if (existsSync(truth)) pages.push({ path: join(shared, dir, file), url: (JSON.parse(readFileSync(truth, 'utf8')) as { url: string }).url });
      }
    }
  }
  return pages;
}

/**
 * Median milliseconds of fn over enough runs to fill MIN_MS. happy-dom caches query results until
 * the document changes, so each run first touches the document, as a live page does between scans.
 */
function time(doc: Document, fn: () => void): number {
  fn(); // warm
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < 5 || (performance.now() - start < MIN_MS && samples.length < MAX_RUNS)) {
    doc.body?.setAttribute('data-bench-run', String(samples.length));
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const TARGET = 1_000;
/** A grown page bigger than this (characters of HTML) would not fit this machine's memory. */
const MAX_GROWN_CHARS = 40_000_000;

/** happy-dom windows live until closed: one per page, closed as soon as it is measured. */
function closePage(doc: Document): void {
  void (doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null)?.happyDOM?.close();
}

/**
 * Grows a saved page to at least TARGET items by repeating the item blocks under their common
 * parent (a thread, a comment list), so the per-1,000 figure is measured on a page that has
 * 1,000 items, not extrapolated from 20. Returns the number of items a scan then finds.
 */
function amplify(site: SiteAdapter, doc: Document, url: URL): number {
  const page = { url };
  const nodes = [...doc.querySelectorAll(site.itemSelector)].filter((n) => site.readItem(n, page));
  if (nodes.length === 0) return 0;
  let common: Element | null = nodes[0]!.parentElement;
  while (common && !common.contains(nodes.at(-1)!)) common = common.parentElement;
  if (!common) return 0;
  const units = [...common.children]
    .map((unit) => ({ unit, n: nodes.filter((n) => unit.contains(n)).length }))
    .filter((u) => u.n > 0);
  const charsPerItem = units.reduce((sum, u) => sum + u.unit.outerHTML.length, 0) / nodes.length;
  if (charsPerItem * TARGET > MAX_GROWN_CHARS) return 0;
  for (let total = nodes.length, i = 0; total < TARGET; i++) {
    const { unit, n } = units[i % units.length]!;
    common.append(unit.cloneNode(true));
    total += n;
  }
  return safeScan(site, doc, url).items.length;
}

/** Times the scan of a grown page in Chromium, the adapters bundled into the page. */
async function inChromium(browser: Browser, script: string, site: SiteAdapter, html: string, at: string) {
  const url = new URL(at);
  url.searchParams.set('replydesk-bench', site.id); // a fresh address per page
  await browser.serve(url.href, html.replace('</body>', `<script>${script.replace(/<\/script/gi, '<\\/script')}</script></body>`));
  const page = await browser.context.newPage();
  await page.goto(url.href, { waitUntil: 'load' });
  const result = await page.evaluate(
    ({ id, ms }) => (window as unknown as { __bench: { run(id: string, ms: number): { items: number; scanMs: number; floorMs: number } } }).__bench.run(id, ms),
    { id: site.id, ms: MIN_MS },
  );
  await page.close();
  return result;
}

export const run: Bench = async () => {
  const rows: BenchRow[] = [];
  const grownPages: Array<{ site: SiteAdapter; html: string; url: string; from: string }> = [];
  for (const site of adapters) {
    const pages = pagesOf(site);
    let scanMs = 0;
    let floorMs = 0;
    let items = 0;
    let richest: { page: Page; n: number } | undefined;
    for (const page of pages) {
      const doc = loadPageAt(page.path, page.url);
      const url = new URL(page.url);
      const found = safeScan(site, doc, url).items.length;
      items += found;
      scanMs += time(doc, () => safeScan(site, doc, url));
      floorMs += time(doc, () => doc.querySelectorAll(site.itemSelector).length);
      if (found > (richest?.n ?? 0)) richest = { page, n: found };
      closePage(doc);
    }
    if (items === 0 || !richest) {
      rows.push({ area: 'sites', name: `${site.id}: scan cost`, value: NaN, unit: '', note: `no items on ${pages.length} saved page(s)` });
      continue;
    }
    rows.push({ area: 'sites', name: `${site.id}: full scan vs bare querySelectorAll, saved pages`, value: scanMs / floorMs, unit: '×', note: `${items} items on ${pages.length} page(s), happy-dom` });

    // The same on the saved page with the most items, grown to 1,000+ items.
    const doc = loadPageAt(richest.page.path, richest.page.url);
    const url = new URL(richest.page.url);
    const grown = amplify(site, doc, url);
    if (grown < TARGET) {
      rows.push({ area: 'sites', name: `${site.id}: full scan per 1,000 items`, value: NaN, unit: '', note: 'its richest page cannot be grown to 1,000 items here' });
      closePage(doc);
      continue;
    }
    const scan = time(doc, () => safeScan(site, doc, url));
    const floor = time(doc, () => doc.querySelectorAll(site.itemSelector).length);
    const from = richest.page.path.split('/').slice(-2).join('/');
    grownPages.push({ site, html: `<!DOCTYPE html>${doc.documentElement.outerHTML}`, url: richest.page.url, from });
    closePage(doc);
    rows.push({ area: 'sites', name: `${site.id}: full scan per 1,000 items`, value: (scan / grown) * 1000, unit: 'ms', note: `${grown} items (${from} grown), happy-dom` });
    rows.push({ area: 'sites', name: `${site.id}: same, vs bare querySelectorAll`, value: scan / floor, unit: '×', note: `floor ${((floor / grown) * 1000).toFixed(2)} ms per 1,000 items` });
  }

  if (!existsSync(CHROMIUM)) return [...rows, { area: 'sites', name: 'in Chromium', value: NaN, unit: '', note: `no browser at ${CHROMIUM}` }];
  const bundle = await build({ entryPoints: ['bench/scan-in-page.ts'], bundle: true, write: false, format: 'iife', minify: true, logLevel: 'silent' });
  const script = bundle.outputFiles[0]!.text;
  const browser = await launchBrowser({ extensionDir: null });
  try {
    for (const { site, html, url, from } of grownPages) {
      const { items, scanMs, floorMs } = await inChromium(browser, script, site, html, url);
      rows.push({ area: 'sites', name: `${site.id}: full scan per 1,000 items, Chromium`, value: (scanMs / items) * 1000, unit: 'ms', note: `${items} items (${from} grown)` });
      rows.push({ area: 'sites', name: `${site.id}: same, vs bare querySelectorAll, Chromium`, value: scanMs / floorMs, unit: '×', note: `floor ${((floorMs / items) * 1000).toFixed(3)} ms per 1,000 items` });
    }
  } finally {
    await browser.close();
  }
  return rows;
};
