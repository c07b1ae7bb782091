import { writeBackfillProgress, type BackfillProgress } from '../backfill-progress';
import type { ReplyDeskDb, StoredItem } from '../db/schema';
import { analysisVersion, isCurrentAnalysis, readStamped } from './analysis-version';

// Reads again every stored item whose analysis is missing, partial or made by another version
// (items stored before the analysis existed, restored from an older backup, read by an older
// model), so the queue's priority, the reports' sentiment and intents and the suggestions are
// those of the current analysis without waiting for each page to be visited again.
//
// The walk goes through the items in key order, a batch per transaction. Each batch writes its
// items and the key it stopped at (in settings) together, so a worker stopped at any point (Chrome
// ends an idle MV3 worker after 30 s) either committed a batch and its progress or neither: the
// next start resumes after the last committed batch, and nothing is read twice or skipped. The
// writes are ordinary item writes, so the aggregates middleware moves each item's sentiment and
// intent counts in the same transaction; nothing but `analysis` changes.

export const BACKFILL_BATCH = 200;
/** { version, afterKey }: where an unfinished walk stopped. */
export const BACKFILL_CURSOR_KEY = 'analysis:backfill';

export interface BackfillOptions {
  batch?: number;
  onProgress?: (progress: BackfillProgress) => void;
}

interface Cursor {
  version: string;
  afterKey: string;
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
    const cursor = await readCursor(db, version);
    const range = cursor ? db.items.where(':id').above(cursor.afterKey) : db.items.toCollection();
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
    if (finished) await db.settings.delete(BACKFILL_CURSOR_KEY);
    else await db.settings.put({ key: BACKFILL_CURSOR_KEY, value: { version, afterKey: rows.at(-1)!.key } satisfies Cursor });
    return { analysed: changed.length, finished };
  });
}

/** The stored cursor of a walk by this version; a walk by another version starts over. */
async function readCursor(db: ReplyDeskDb, version: string): Promise<Cursor | undefined> {
  const value = (await db.settings.get(BACKFILL_CURSOR_KEY))?.value as Partial<Cursor> | undefined;
  return value?.version === version && typeof value.afterKey === 'string' ? { version, afterKey: value.afterKey } : undefined;
}

/**
 * The background's one way to start it (worker start, install, update, after a restore): the
 * progress goes to storage.session for the dashboard; a failure is logged and retried at the next start.
 */
export function readItemsAgain(db: ReplyDeskDb): Promise<number> {
  return startBackfill(db, { onProgress: (progress) => void writeBackfillProgress(progress).catch(() => {}) })
    .catch((error) => {
      console.error('[ReplyDesk] re-reading older items:', error);
      return 0;
    })
    .finally(() => writeBackfillProgress(null).catch(() => {}));
}

const running = new WeakMap<ReplyDeskDb, Promise<number>>();

/**
 * Starts the walk when some item lacks the current analysis or an earlier walk was stopped, and
 * resolves with how many items it read again. Called twice, it returns the run under way.
 */
export function startBackfill(db: ReplyDeskDb, options: BackfillOptions = {}): Promise<number> {
  const underWay = running.get(db);
  if (underWay) return underWay;
  const run = backfill(db, options).finally(() => running.delete(db));
  running.set(db, run);
  return run;
}

async function backfill(db: ReplyDeskDb, { batch = BACKFILL_BATCH, onProgress }: BackfillOptions): Promise<number> {
  let analysed = 0;
  let batches = 0;
  let stale = await countStale(db);
  // The count sees stamps only: a stopped walk may still have stamped-but-partial items ahead.
  let resuming = (await readCursor(db, analysisVersion())) !== undefined;
  while (stale > 0 || resuming) {
    const before = analysed;
    const fromStart = !resuming;
    for (let finished = false; !finished; ) {
      if (batches++ > 0) await new Promise((resolve) => setTimeout(resolve, 0)); // messages that arrived meanwhile go first
      const step = await backfillBatch(db, batch);
      analysed += step.analysed;
      finished = step.finished;
      onProgress?.({ analysed, remaining: finished ? 0 : Math.max(0, stale - (analysed - before)) });
    }
    resuming = false;
    // An item written without the stamp behind the walk (a direct write) needs a walk from the
    // start; one from the start that changed nothing leaves what it could not read (logged) to
    // the next worker start.
    stale = analysed > before || !fromStart ? await countStale(db) : 0;
  }
  return analysed;
}
