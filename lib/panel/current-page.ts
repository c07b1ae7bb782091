import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isPageKey, readPage, readPages, type PageSummary } from '../pages';

/**
 * The page the panel works on: the active tab of the focused window when ReplyDesk knows it,
 * else the page that reported last (the panel opened as a tab of its own, as in tests).
 */
export async function pickCurrentPage(): Promise<PageSummary | null> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined) {
    const page = await readPage(active.id);
    if (page) return page;
  }
  return (await readPages())[0] ?? null;
}

export function useCurrentPage(): PageSummary | null | undefined {
  const [page, setPage] = useState<PageSummary | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const refresh = () => void pickCurrentPage().then((p) => alive && setPage(p));
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some(isPageKey)) refresh();
    };
    refresh();
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onActivated.addListener(refresh);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(refresh);
    };
  }, []);
  return page;
}

/** Re-renders every `stepMs` so ages and clocks move. */
export function useNow(stepMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), stepMs);
    return () => clearInterval(timer);
  }, [stepMs]);
  return now;
}
