// What a full scan costs per site: milliseconds per 1,000 items found, and the same scan against
// the floor of any scan, a bare querySelectorAll of the adapter's item selector on the same page
// (ratio). Every adapter in the registry is measured, on every saved page it has: our fixtures
// (tests/fixtures/<site>/*/page.html) and the real pages in ../shared/fixtures/<site>[-*]/ when
// present. happy-dom in Node, so absolute times are context; the ratio is the figure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapters, safeScan } from '../lib/sites/registry';
import type { SiteAdapter } from '../lib/sites/types';
import { loadPageAt } from '../tests/page';
import { SHARED_DIR } from '../tests/shared';
import type { Bench, BenchRow } from './types';

const MIN_MS = Number(process.env.BENCH_SITE_MS ?? 300);
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
  for (let total = nodes.length, i = 0; total < TARGET; i++) {
    const { unit, n } = units[i % units.length]!;
    common.append(unit.cloneNode(true));
    total += n;
  }
  return safeScan(site, doc, url).items.length;
}

/**
 * Closes a page's happy-dom window: every site's saved pages together (several MB each, some grown
 * to 1,000 items) do not fit in Node's heap at once.
 */
async function release(doc: Document): Promise<void> {
  await (doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null)?.happyDOM?.close();
}

function countItems(site: SiteAdapter, page: Page): number {
  const doc = loadPageAt(page.path, page.url);
  const n = doc.querySelectorAll(site.itemSelector).length;
  void release(doc);
  return n;
}

export const run: Bench = async () => {
  const rows: BenchRow[] = [];
  for (const site of adapters) {
    const pages = pagesOf(site);
    let scanMs = 0;
    let floorMs = 0;
    let items = 0;
    for (const page of pages) {
      const doc = loadPageAt(page.path, page.url);
      const url = new URL(page.url);
      items += safeScan(site, doc, url).items.length;
      scanMs += time(doc, () => safeScan(site, doc, url));
      floorMs += time(doc, () => doc.querySelectorAll(site.itemSelector).length);
      await release(doc);
    }
    if (items === 0) {
      rows.push({ area: 'sites', name: `${site.id}: scan cost`, value: NaN, unit: '', note: `no items on ${pages.length} saved page(s)` });
      continue;
    }
    rows.push({ area: 'sites', name: `${site.id}: full scan vs bare querySelectorAll, saved pages`, value: scanMs / floorMs, unit: '×', note: `${items} items on ${pages.length} page(s), happy-dom` });

    // The same on the saved page with the most items, grown to 1,000+ items.
    const richest = pages
      .map((p) => ({ p, n: countItems(site, p) }))
      .sort((a, b) => b.n - a.n)[0]!.p;
    const doc = loadPageAt(richest.path, richest.url);
    const url = new URL(richest.url);
    const grown = amplify(site, doc, url);
    const scan = grown < TARGET ? NaN : time(doc, () => safeScan(site, doc, url));
    const floor = grown < TARGET ? NaN : time(doc, () => doc.querySelectorAll(site.itemSelector).length);
    await release(doc);
    if (grown < TARGET) continue;
    const from = richest.path.split('/').slice(-2).join('/');
    rows.push({ area: 'sites', name: `${site.id}: full scan per 1,000 items`, value: (scan / grown) * 1000, unit: 'ms', note: `${grown} items (${from} grown), happy-dom` });
    rows.push({ area: 'sites', name: `${site.id}: same, vs bare querySelectorAll`, value: scan / floor, unit: '×', note: `floor ${((floor / grown) * 1000).toFixed(2)} ms per 1,000 items` });
  }
  return rows;
};
