// The contract between the content script and each site adapter. Everything a site's markup
// teaches lives in its adapter (lib/sites/<site>.ts); this file holds only shapes.

export const SITE_IDS = [
  'x',
  'youtube',
  'facebook',
  'instagram',
  'linkedin',
  'reddit',
  'tiktok',
  'whatsapp',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

/**
 * post: a feed post or the focal post of a thread (context, rarely a customer message);
 * comment: top-level comment; reply: a reply in a thread; dm: a message of an open conversation;
 * dm-preview: a row of a conversation list (not an open conversation).
 */
export const ITEM_KINDS = ['post', 'comment', 'reply', 'dm', 'dm-preview'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface RawItem {
  site: SiteId;
  /** The platform's own id where the page has one, else a stable hash (see lib/detect/identity). */
  id: string;
  kind: ItemKind;
  /** Display name as rendered. */
  author: string;
  /** Handle without "@" where the site has handles. */
  handle?: string;
  authorUrl?: string;
  text: string;
  /** Posted time when the page shows an absolute one. */
  postedAtMs?: number;
  /** The time as the page shows it when it is relative ("3 h", "il y a 2 jours"). */
  timeText?: string;
  /** Absolute https URL of the item. */
  permalink?: string;
  /** The conversation this item belongs to (focal status id, video id, chat id…). */
  threadId?: string;
  /** The item this one answers, when the page tells (or the adapter can infer it from layout). */
  parentId?: string;
  /** Written by the logged-in account: an own reply marks the customer item it answers handled. */
  own: boolean;
}

export interface PageContext {
  url: URL;
  /** The logged-in account's handle, lower-cased, when the page shows it. */
  ownHandle?: string;
}

export interface ScanResult {
  items: RawItem[];
  /** Why nothing (or not everything) was found; shown to the agent and printed by `extract`. */
  reason?: string;
}

export type InsertResult = 'inserted' | 'not-mine' | { failed: string };

export interface SiteAdapter {
  id: SiteId;
  /** Human name for the side panel ("X", "YouTube"…). */
  label: string;
  /** Host patterns the content script runs on (manifest match patterns). */
  hostPatterns: readonly string[];
  matches(url: URL): boolean;
  /** Matches the root element of one item; lets the observer scan only added subtrees. */
  itemSelector: string;
  /**
   * Elements whose open shadow roots hold items (X's /i/chat embed). querySelectorAll and
   * MutationObserver stop at shadow roots; the scanner and the watcher enter these.
   */
  shadowHosts?: string;
  readPage(doc: Document, url: URL): PageContext;
  /** One item from its root node, or null when the node is not (yet) a readable item. */
  readItem(node: Element, page: PageContext): RawItem | null;
  /** Why an item-less page has no items ("no replies on this page", "markup not recognised"). */
  explainEmpty(doc: Document, url: URL): string;
  /** The item's root node on the page, to scroll to and reply under. */
  findItemNode(root: ParentNode, item: Pick<RawItem, 'id'>): Element | null;
  /**
   * The reply editor for an item, opening it (clicking the item's own Reply) when the site needs
   * that. Null when the page offers no editor for it; the panel says so.
   */
  openReplyBox(itemNode: Element, doc: Document): Promise<HTMLElement | null>;
}
