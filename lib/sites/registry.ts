import type { PageContext, RawItem, ScanResult, SiteAdapter } from './types';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { reddit } from './reddit';
import { tiktok } from './tiktok';
import { whatsapp } from './whatsapp';
import { x } from './x';
import { youtube } from './youtube';

// Every adapter, in match order. The content script picks the first that matches the URL.
export const adapters: readonly SiteAdapter[] = [x, youtube, facebook, instagram, linkedin, reddit, tiktok, whatsapp];

export function adapterFor(url: URL): SiteAdapter | null {
  return adapters.find((a) => safeMatches(a, url)) ?? null;
}

function safeMatches(a: SiteAdapter, url: URL): boolean {
  try {
    return a.matches(url);
  } catch {
    return false;
  }
}

/** Page-level facts, or a bare context when the adapter trips on odd markup. */
export function safeReadPage(a: SiteAdapter, doc: Document, url: URL): PageContext {
  try {
    return a.readPage(doc, url);
  } catch {
    return { url };
  }
}

/**
 * Items under `root` (the root itself included, and the item that contains it when the root is
 * a piece of one: X fills a tweet's text after inserting its shell). The one place that turns an
 * adapter's throw into a reason: one broken item never hides the others.
 */
export function scanNodes(a: SiteAdapter, roots: Iterable<Node>, page: PageContext, onShadowRoot?: (root: ShadowRoot) => void): ScanResult {
  const items: RawItem[] = [];
  const seen = new Set<Element>();
  let failures = 0;
  let firstError = '';
  const consider = (node: Element) => {
    if (seen.has(node)) return;
    seen.add(node);
    try {
      const item = a.readItem(node, page);
      if (item) items.push(item);
    } catch (error) {
      failures++;
      firstError ||= String(error);
    }
  };
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    const root = queue[i]!;
    if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) continue;
    try {
      if (root.nodeType === 1) {
        const container = (root as Element).closest(a.itemSelector);
        if (container) consider(container);
      }
      for (const node of (root as ParentNode).querySelectorAll(a.itemSelector)) consider(node);
      for (const shadow of shadowRootsUnder(a, root as ParentNode)) {
        onShadowRoot?.(shadow);
        queue.push(shadow);
      }
    } catch (error) {
      failures++;
      firstError ||= String(error);
    }
  }
  if (failures > 0) return { items, reason: `${a.id} adapter failed on ${failures} item(s): ${firstError}` };
  return { items };
}

/** The open shadow roots of the adapter's shadow hosts at or under `root` (none for most sites). */
function shadowRootsUnder(a: SiteAdapter, root: ParentNode): ShadowRoot[] {
  if (!a.shadowHosts) return [];
  const hosts = [...root.querySelectorAll(a.shadowHosts)];
  if ((root as Node).nodeType === 1 && (root as Element).matches(a.shadowHosts)) hosts.unshift(root as Element);
  return hosts.flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
}

/** A whole-document scan with the reason the panel shows when nothing is found. */
export function safeScan(a: SiteAdapter, doc: Document, url: URL, onShadowRoot?: (root: ShadowRoot) => void): ScanResult {
  const page = safeReadPage(a, doc, url);
  const result = scanNodes(a, [doc], page, onShadowRoot);
  if (result.items.length > 0 || result.reason) return result;
  let reason: string;
  try {
    reason = a.explainEmpty(doc, url);
  } catch (error) {
    reason = `${a.id} adapter failed: ${String(error)}`;
  }
  return { items: [], reason };
}
