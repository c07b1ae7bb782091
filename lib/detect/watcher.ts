import { safeReadPage, safeScan, scanNodes } from '../sites/registry';
import type { RawItem, ScanResult, SiteAdapter } from '../sites/types';

// Incremental detection. Sites virtualise long threads (items leave and re-enter the DOM), so we
// look only at added subtrees, in short slices off the critical path, and count each item once.
// Measured on a 10,000-item page: scanning added nodes only costs ~1% of re-querying the page per
// mutation (SPEED-AND-SAFETY.md).

export interface WatcherOptions {
  adapter: SiteAdapter;
  doc: Document;
  /** Called with new or changed items; `reset` starts a new page. */
  emit(items: RawItem[], reset: boolean, reason?: string): void;
  /** Budget of one slice of work before yielding to the page. */
  sliceMs?: number;
  /** How long after an SPA navigation the page is read again in full. */
  settleMs?: number;
}

export class PageWatcher {
  private readonly known = new Map<string, { item: RawItem; signature: string }>();
  private queue: Node[] = [];
  private scheduled = false;
  private observer: MutationObserver | null = null;
  private reason: string | undefined;
  private url: URL;
  private observed = new WeakSet<Node>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The logged-in account as last read; sites often draw it after the comments. */
  private ownHandle: string | undefined;

  constructor(private readonly opts: WatcherOptions) {
    this.url = new URL(opts.doc.URL);
  }

  start(): void {
    const view = this.opts.doc.defaultView;
    if (view) {
      this.observer = new view.MutationObserver((records) => {
        this.enqueue(records);
        this.schedule();
      });
      this.observe(this.opts.doc.documentElement);
    }
    this.fullScan(true);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed = new WeakSet();
    this.queue = [];
    if (this.settleTimer !== undefined) clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
  }

  /**
   * A new page without a reload (SPA navigation): forget the old one and read the new one. Sites
   * swap their content in after the URL changes (and YouTube re-binds the old comment elements
   * in place), so the page is read again once it has settled.
   */
  navigated(): void {
    this.known.clear();
    this.queue = [];
    this.url = new URL(this.opts.doc.URL);
    this.fullScan(true);
    if (this.settleTimer !== undefined) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      if (this.observer) this.fullScan(false);
    }, this.opts.settleMs ?? 1500);
  }

  report(): { items: RawItem[]; reason?: string } {
    const items = [...this.known.values()].map((k) => k.item);
    return items.length > 0 ? { items } : { items, reason: this.reason };
  }

  private enqueue(records: MutationRecord[]): void {
    for (const record of records) {
      // Polymer (YouTube) re-binds a comment element to another comment on navigation: no node
      // is added, but its links change.
      if (record.type === 'attributes') this.queue.push(record.target);
      else for (const node of record.addedNodes) if (node.nodeType === 1) this.queue.push(node);
    }
  }

  /** Processes every mutation so far now, delivered or not (the page report asks for it). */
  flush(): void {
    if (this.observer) this.enqueue(this.observer.takeRecords());
    const page = this.readPage();
    const roots = this.queue.filter((n) => n.isConnected);
    this.queue = [];
    this.take(scanNodes(this.opts.adapter, roots, page, this.observeShadow), false);
  }

  private fullScan(reset: boolean): void {
    this.ownHandle = safeReadPage(this.opts.adapter, this.opts.doc, this.url).ownHandle;
    this.take(safeScan(this.opts.adapter, this.opts.doc, this.url, this.observeShadow), reset);
  }

  /**
   * The page's facts for an incremental slice. When the logged-in account appears (or changes)
   * after items were read, every item is read again: its `own` may have changed, and an own reply
   * read as a customer's would stay in the queue for good.
   */
  private readPage() {
    const page = safeReadPage(this.opts.adapter, this.opts.doc, this.url);
    if (page.ownHandle !== this.ownHandle) this.fullScan(false);
    return page;
  }

  private observe(root: Node): void {
    if (!this.observer || this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  }

  /** Shadow roots the adapter reads inside (X's chat embed) get their own observation. */
  private readonly observeShadow = (root: ShadowRoot): void => this.observe(root);

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => this.runSlice(), 50);
  }

  private runSlice(): void {
    this.scheduled = false;
    const started = performance.now();
    const budget = this.opts.sliceMs ?? 8;
    const page = this.readPage();
    while (this.queue.length > 0 && performance.now() - started < budget) {
      const batch = this.queue.splice(0, 200).filter((n) => n.isConnected);
      this.take(scanNodes(this.opts.adapter, batch, page, this.observeShadow), false);
    }
    if (this.queue.length > 0) this.schedule();
  }

  private take(result: ScanResult, reset: boolean): void {
    if (reset) this.known.clear();
    const fresh: RawItem[] = [];
    for (const item of result.items) {
      const signature = `${item.kind}|${item.own}|${item.postedAtMs}|${item.parentId}|${item.text}`;
      if (this.known.get(item.id)?.signature === signature) continue;
      this.known.set(item.id, { item, signature });
      fresh.push(item);
    }
    if (reset) this.reason = result.reason;
    else if (result.reason) this.reason = result.reason;
    if (reset || fresh.length > 0) this.opts.emit(fresh, reset, this.known.size > 0 ? undefined : this.reason);
  }
}
