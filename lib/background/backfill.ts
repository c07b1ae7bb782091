import { browser } from 'wxt/browser';
import { writeBackfillProgress, type BackfillProgress } from '../backfill-progress';
import type { ReplyDeskDb, StoredItem } from '../db/schema';
import { REREAD_KEY, type Reread } from '../db/stored-analysis';
import { analysisVersion, isCurrentAnalysis, readStamped } from './analysis-version';

// Reads again every stored item whose analysis is missing, partial or made by another version
// (items stored before the analysis existed, restored from an older backup, read by an older
// model), so the queue's priority, the reports' sentiment and intents and the suggestions are
// those of the current analysis without waiting for each page to be visited again.
//
// The walk goes through the items in key order, a batch per transaction. A settings row says a
// walk is pending from before its first batch; each batch writes its items and the key it
// stopped at in that row together, so a worker stopped at any point (Chrome ends an idle MV3
// worker after 30 s) either committed a batch and its progress or neither: the next start
// resumes after the last committed batch, and nothing is read twice or skipped. The writes are
// ordinary item writes, so the aggregates middleware moves each item's sentiment and intent
// counts in the same transaction; nothing but `analysis` changes.

export const BACKFILL_BATCH = 200;

export interface BackfillOptions {
  batch?: number;
  /** Only go on with a pending walk; no counting (every worker start). */
  resumeOnly?: boolean;
  onProgress?: (progress: BackfillProgress) => void;
}

/** Items not (yet) read by the current analysis: all items minus those stamped with it. */
export async function countStale(db: ReplyDeskDb): Promise<number> {
  return db.transaction('r', db.items, async () => (await db.items.count()) - (await db.items.where('analysis.version').equals(analysisVersion()).count()));
}

/**
 * One batch: the next `batch` items after the cursor, those without a whole current analysis read
 * again, and the cursor moved past them, in one transaction. `finished` once the walk reached the end.
 */
export async function backfillBatch(db: ReplyDeskDb, batch = BACKFILL_BATCH): Promise<{ analysed: number; finished: boolean }> {
  const version = analysisVersion();
  return db.transaction('rw', db.items, db.settings, async () => {
    const afterKey = await readAfterKey(db, version);
    const range = afterKey === null ? db.items.toCollection() : db.items.where(':id').above(afterKey);
    const rows = await range.limit(batch).toArray();
    const changed: StoredItem[] = [];
    for (const item of rows) {
      if (isCurrentAnalysis(item.analysis)) continue;
      try {
        // A row with no text (corrupt) reads as empty rather than stopping the walk.
        changed.push({ ...item, analysis: readStamped(typeof item.text === 'string' ? item.text : '') });
      } catch (error) {
        console.error(`[ReplyDesk] could not analyse ${item.key}:`, error); // left as it was
      }
    }
    if (changed.length > 0) await db.items.bulkPut(changed);
    const finished = rows.length < batch;
    if (finished) await db.settings.delete(REREAD_KEY);
    else await db.settings.put({ key: REREAD_KEY, value: { version, afterKey: rows.at(-1)!.key } satisfies Reread });
    return { analysed: changed.length, finished };
  });
}

/** Where the pending walk goes on: after this key, or from the first item (null), as a walk by another version does. */
async function readAfterKey(db: ReplyDeskDb, version: string): Promise<string | null> {
  const value = (await db.settings.get(REREAD_KEY))?.value as Partial<Reread> | undefined;
  return value?.version === version && typeof value.afterKey === 'string' ? value.afterKey : null;
}

const isPending = async (db: ReplyDeskDb) => (await db.settings.get(REREAD_KEY)) !== undefined;

/**
 * Set once this browser session has counted the items. The analysis only changes with the
 * extension's code, and an update empties storage.session too.
 */
const CHECKED_KEY = 'backfill:counted';

/**
 * The background's one way to start it (every worker start, and the dashboard after a restore):
 * a pending walk goes on; the counting is done once per browser session and extension version
 * (storage.session is emptied by both), so a worker woken for a message does two small reads, not
 * two counts over every item (nor the ~10 ms the stamp takes to compute). The progress goes to storage.session for the dashboard; a failure is
 * logged and retried at the next start.
 */
export async function readItemsAgain(db: ReplyDeskDb): Promise<number> {
  try {
    // Unreadable session storage counts again rather than never.
    const counted = await browser.storage.session.get(CHECKED_KEY).then((all) => all[CHECKED_KEY] === true, () => false);
    const analysed = await startBackfill(db, { resumeOnly: counted, onProgress: (progress) => void writeBackfillProgress(progress).catch(() => {}) });
    if (!counted) await browser.storage.session.set({ [CHECKED_KEY]: true }).catch(() => {});
    return analysed;
  } catch (error) {
    console.error('[ReplyDesk] re-reading older items:', error);
    return 0;
  } finally {
    await writeBackfillProgress(null).catch(() => {});
  }
}

interface Run {
  done: Promise<number>;
  /** Asked again meanwhile (a restore may have left a walk pending after this run looked): look once more. */
  again: boolean;
  resumeOnly: boolean;
}

const running = new WeakMap<ReplyDeskDb, Run>();

/**
 * Walks when a walk is pending or (unless `resumeOnly`) some item lacks the current analysis, and
 * resolves with how many items it read again. One run at a time: a call during a run joins it,
 * and the run looks once more before it ends.
 */
export function startBackfill(db: ReplyDeskDb, options: BackfillOptions = {}): Promise<number> {
  const underWay = running.get(db);
  if (underWay) {
    underWay.again = true;
    underWay.resumeOnly &&= options.resumeOnly === true;
    return underWay.done;
  }
  const run: Run = { done: Promise.resolve(0), again: false, resumeOnly: options.resumeOnly === true };
  run.done = (async () => {
    let analysed = 0;
    do {
      run.again = false;
      analysed += await backfill(db, { ...options, resumeOnly: run.resumeOnly });
    } while (run.again);
    return analysed;
  })().finally(() => running.delete(db));
  running.set(db, run);
  return run.done;
}

async function backfill(db: ReplyDeskDb, { batch = BACKFILL_BATCH, onProgress, resumeOnly = false }: BackfillOptions): Promise<number> {
  let stale: number;
  if (await isPending(db)) stale = await countStale(db); // for the progress only
  else {
    if (resumeOnly) return 0;
    stale = await countStale(db);
    if (stale === 0) return 0;
    // Pending before the first batch: a worker stopped from here on resumes the walk at its next start.
    await db.settings.put({ key: REREAD_KEY, value: { version: analysisVersion(), afterKey: null } satisfies Reread });
  }
  let analysed = 0;
  let batches = 0;
  for (;;) {
    const before = analysed;
    const fromStart = (await readAfterKey(db, analysisVersion())) === null;
    for (let finished = false; !finished; ) {
      if (batches++ > 0) await new Promise((resolve) => setTimeout(resolve, 0)); // messages that arrived meanwhile go first
      const step = await backfillBatch(db, batch);
      analysed += step.analysed;
      finished = step.finished;
      onProgress?.({ analysed, remaining: finished ? 0 : Math.max(0, stale - (analysed - before)) });
    }
    // An item written without the stamp behind the walk (a direct write) needs a walk from the
    // start; one from the start that changed nothing leaves what it could not read (logged) to
    // the next count.
    stale = analysed > before || !fromStart ? await countStale(db) : 0;
    if (stale === 0) return analysed;
    await db.settings.put({ key: REREAD_KEY, value: { version: analysisVersion(), afterKey: null } satisfies Reread });
  }
}
