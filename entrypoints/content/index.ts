import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { splitKey } from '@/lib/detect/identity';
import { PageWatcher } from '@/lib/detect/watcher';
import { parseToContent, type InsertReply, type PageReport } from '@/lib/content-messages';
import { sendToBackground } from '@/lib/messaging';
import { insertWith } from '@/lib/sites/editors';
import { hostPermissions } from '@/lib/sites/hosts';
import { adapterFor } from '@/lib/sites/registry';
import type { RawItem, SiteAdapter } from '@/lib/sites/types';

const BATCH = 200;

export default defineContentScript({
  matches: hostPermissions,
  runAt: 'document_idle',
  main(ctx) {
    let adapter: SiteAdapter | null = null;
    let watcher: PageWatcher | null = null;

    const emit = (items: RawItem[], reset: boolean, reason?: string) => {
      if (!adapter) return;
      const base = { type: 'items/seen' as const, url: location.href, site: adapter.id, adapter: adapter.label, reason };
      // One line per page read, for bug reports and the Firefox smoke test (tests/e2e/firefox.e2e.ts).
      if (reset) console.debug(`[ReplyDesk] ${adapter.label}: ${items.length} items${reason ? ` (${reason})` : ''}`);
      const batches = items.length === 0 ? [[]] : chunk(items, BATCH);
      batches.forEach((batch, i) => {
        sendToBackground({ ...base, reset: reset && i === 0, items: batch }).catch((error) =>
          console.warn('[ReplyDesk] could not reach the background:', error),
        );
      });
    };

    const attach = () => {
      watcher?.stop();
      adapter = adapterFor(new URL(location.href));
      if (!adapter) {
        watcher = null;
        sendToBackground({ type: 'page/unsupported', url: location.href, reason: 'no ReplyDesk adapter for this page' }).catch(() => {});
        return;
      }
      watcher = new PageWatcher({ adapter, doc: document, emit });
      watcher.start();
    };

    attach();
    ctx.onInvalidated(() => watcher?.stop());
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      const next = adapterFor(new URL(location.href));
      if (next && next === adapter && watcher) watcher.navigated();
      else attach();
    });

    browser.runtime.onMessage.addListener((input: unknown) => {
      const parsed = parseToContent(input);
      if (!parsed.ok) return undefined;
      const message = parsed.message;
      if (message.type === 'page/report') {
        watcher?.flush();
        const report: PageReport = {
          url: location.href,
          site: adapter?.id ?? null,
          adapter: adapter?.label ?? null,
          ...(watcher ? watcher.report() : { items: [], reason: 'no ReplyDesk adapter for this page' }),
        };
        return Promise.resolve(report);
      }
      if (message.type === 'reply/insert') return insertReply(adapter, message.key, message.text);
      return undefined;
    });
  },
});

async function insertReply(adapter: SiteAdapter | null, key: string, text: string): Promise<InsertReply> {
  const target = splitKey(key);
  if (!adapter || !target || target.site !== adapter.id) return { status: 'failed', reason: 'this item is not on the open page' };
  const node = adapter.findItemNode(document, target);
  if (!node) return { status: 'failed', reason: 'the item is not on screen: scroll to it and try again' };
  node.scrollIntoView({ block: 'center' });
  const box = await adapter.openReplyBox(node, document);
  if (!box) return { status: 'failed', reason: "no reply box for this item: open its Reply on the page, then insert again" };
  const result = await insertWith(box, text);
  if (result === 'inserted') return { status: 'inserted' };
  return { status: 'failed', reason: result === 'not-mine' ? 'the reply box is not an editor we know' : result.failed };
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
