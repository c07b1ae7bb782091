import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DELETED } from '@/lib/sites/reddit';
import { reddit } from '@/lib/sites/reddit';
import { safeScan } from '@/lib/sites/registry';
import { tiktok } from '@/lib/sites/tiktok';
import type { SiteAdapter } from '@/lib/sites/types';
import { x } from '@/lib/sites/x';
import { youtube } from '@/lib/sites/youtube';
import { readExpected } from '@/tests/accuracy';
import { loadPage } from '@/tests/page';
import { sharedPages } from '@/tests/shared';

// Partial renders, generated: a saved page with random elements missing (sites stamp shells first
// and fill them later; virtualised lists drop pieces). Whatever is missing, the scan never fails,
// and an item that keeps its platform id keeps its author: nothing is attributed to someone else.

const built = (adapter: SiteAdapter, dir: string) => [adapter.id, `${dir}/page.html`, readExpected(dir).url, adapter] as const;
// The small real pages too (when ../shared is there): the big ones would take minutes here.
const real = (adapter: SiteAdapter, dir: string, name: string) =>
  sharedPages(dir).filter((p) => p.name === name).map((p) => [adapter.id, p.htmlPath, p.truth.url, adapter] as const);

const PAGES = [
  built(x, 'tests/fixtures/x/status-thread-built-2026'),
  built(x, 'tests/fixtures/x/dm-legacy-built-2026'),
  built(youtube, 'tests/fixtures/youtube/watch-view-model-built-2026'),
  built(reddit, 'tests/fixtures/reddit/shreddit-thread-built-2026'),
  built(reddit, 'tests/fixtures/reddit/old-reddit-thread-built-2026'),
  built(tiktok, 'tests/fixtures/tiktok/video-comments-built-2026'),
  ...real(x, 'x', 'x-tweet-with-quote-fragment-2024'),
  ...real(reddit, 'reddit-new', 'reddit-redesign-askreddit-2019'),
];

describe.each(PAGES)('%s adapter with pieces of %s missing', (_site, path, at, adapter) => {
  const url = new URL(at);
  const original = safeScan(adapter, loadPage(path), url).items;
  // The same writer: same handle, or the same name (a half-drawn item may lack one of the two).
  type Writer = { author: string; handle?: string };
  const same = (a: Writer, b: Writer) => (a.handle !== undefined && a.handle === b.handle) || a.author === b.author || a.author === b.handle || a.handle === b.author;
  const byId = new Map(original.map((i) => [i.id, i]));
  // One document, pieces taken out and put back each run (parsing one per run exhausts memory).
  const doc = loadPage(path);
  const all = [...doc.body.querySelectorAll('*')];

  test('never fails, never gives an item another author', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(all.length - 1), { minLength: 1, maxLength: 4 }), (picks) => {
        const removed: Array<{ el: Element; parent: ParentNode; next: Node | null }> = [];
        for (const el of picks.map((i) => all[i]!)) {
          if (!el.isConnected) continue; // inside an element already taken out
          removed.push({ el, parent: el.parentNode!, next: el.nextSibling });
          el.remove();
        }
        let result;
        try {
          result = safeScan(adapter, doc, url);
        } finally {
          for (const r of removed.reverse()) r.parent.insertBefore(r.el, r.next);
        }
        expect(result.reason ?? '').not.toMatch(/adapter failed/);
        for (const item of result.items) {
          if (item.author === DELETED) continue;
          const label = `${item.id} by ${item.author} @${item.handle}: ${item.text}`;
          // Own items are the account's; without the side nav X can only call it "you".
          if (item.own) expect(item.author === 'you' || original.some((o) => o.own && same(item, o)), label).toBe(true);
          else if (byId.has(item.id)) expect(same(item, byId.get(item.id)!), label).toBe(true);
          // Without the account's name (side nav gone) its items read as not own: never the reverse.
          else expect(original.some((o) => same(item, o)), label).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
