import { browser } from 'wxt/browser';

// What each open tab shows, kept by the background in storage.session: it survives the MV3
// worker being stopped, and is gone with the browser session, like the tabs themselves.

export interface PageSummary {
  tabId: number;
  url: string;
  site: string | null;
  adapter: string | null;
  /** Why the page has no items. */
  reason?: string;
  /** Keys of the items the page has shown since it loaded, in the order they were found. */
  keys: string[];
  ownHandle?: string;
  updatedAtMs: number;
}

const PREFIX = 'page:';
export const pageStorageKey = (tabId: number) => `${PREFIX}${tabId}`;

export async function readPages(): Promise<PageSummary[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith(PREFIX))
    .map(([, v]) => v as PageSummary)
    .sort((a, b) => b.updatedAtMs - a.updatedAtMs);
}

export async function readPage(tabId: number): Promise<PageSummary | undefined> {
  const key = pageStorageKey(tabId);
  return (await browser.storage.session.get(key))[key] as PageSummary | undefined;
}

export async function writePage(page: PageSummary): Promise<void> {
  await browser.storage.session.set({ [pageStorageKey(page.tabId)]: page });
}

export async function forgetPage(tabId: number): Promise<void> {
  await browser.storage.session.remove(pageStorageKey(tabId));
}

export function isPageKey(storageKey: string): boolean {
  return storageKey.startsWith(PREFIX);
}
