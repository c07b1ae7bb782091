import { browser } from 'wxt/browser';

// How far the background is in reading older items again (lib/background/backfill), for the
// pages. In storage.session like the page summaries: a write per batch also counts as the
// worker being busy, so Chrome does not stop it after 30 s idle mid-walk (a stopped walk resumes
// anyway). Absent when no walk runs.

export interface BackfillProgress {
  /** Items read again by this run so far. */
  analysed: number;
  /** Items still without the current analysis, at most (an estimate from the index). */
  remaining: number;
}

export const BACKFILL_PROGRESS_KEY = 'backfill:progress';

export async function writeBackfillProgress(progress: BackfillProgress | null): Promise<void> {
  if (progress && progress.remaining > 0) await browser.storage.session.set({ [BACKFILL_PROGRESS_KEY]: progress });
  else await browser.storage.session.remove(BACKFILL_PROGRESS_KEY);
}

/** Calls `onChange` with the progress now and at each change; returns the unsubscribe. */
export function watchBackfillProgress(onChange: (progress: BackfillProgress | null) => void): () => void {
  let alive = true;
  const read = (value: unknown) => alive && onChange((value as BackfillProgress | undefined) ?? null);
  void browser.storage.session.get(BACKFILL_PROGRESS_KEY).then((all) => read(all[BACKFILL_PROGRESS_KEY]));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && BACKFILL_PROGRESS_KEY in changes) read(changes[BACKFILL_PROGRESS_KEY]!.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    alive = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
