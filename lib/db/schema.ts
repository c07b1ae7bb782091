import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Analysis } from '../analysis/types';
import type { RawItem } from '../sites/types';
import type { DayRow } from '../stats/aggregate';
import { aggregatesMiddleware, rebuildDaily, readSettingsIn } from './aggregates';

export { EVENT_TYPES, ITEM_STATUSES, MARK_ACTIONS } from './statuses';
export type { EventType, ItemStatus, MarkAction } from './statuses';
import type { EventType, ItemStatus } from './statuses';

export interface StoredItem extends RawItem {
  /** `site:id`, see lib/detect/identity. */
  key: string;
  firstSeenMs: number;
  lastSeenMs: number;
  /** The page the item was last seen on. */
  pageUrl: string;
  /** `site:parentId`, indexed so that an own reply finds the item it answers in either order. */
  parentKey?: string;
  status: ItemStatus;
  handledAtMs?: number;
  handledVia?: 'manual' | 'own-reply';
  /** Initials of the agent who first handled it (from v2). */
  handledBy?: string;
  /** The on-device reading of the text (lib/analysis), computed by the background. */
  analysis?: StoredAnalysis;
}

/**
 * An analysis as stored: stamped with the version of the analysis that made it (from v3;
 * lib/background/analysis-version), so the background can read older items again.
 */
export type StoredAnalysis = Analysis & { version?: string };

export interface StoredEvent {
  /** Chosen by the sender so that a retried write is a no-op (SPEED-AND-SAFETY.md). */
  id: string;
  itemKey: string;
  type: EventType;
  atMs: number;
  via?: string;
  templateId?: string;
  initials?: string;
}

export type StoredTemplate = import('../templates/model').Template;

export interface Setting {
  key: string;
  value: unknown;
}

export type ReplyDeskDb = Dexie & {
  items: EntityTable<StoredItem, 'key'>;
  events: EntityTable<StoredEvent, 'id'>;
  templates: EntityTable<StoredTemplate, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  /** Report rows per local day, site and kind, kept by lib/db/aggregates (from v2). */
  daily: EntityTable<DayRow, 'key'>;
};

/**
 * Every schema version, oldest first. A change appends a version with an `upgrade` that keeps
 * all data; lib/db/migrations.test.ts seeds each earlier version and upgrades it to the latest.
 */
export const versions: ReadonlyArray<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}> = [
  {
    version: 1,
    stores: {
      items: 'key, site, status, postedAtMs, firstSeenMs, handledAtMs, parentKey',
      events: 'id, itemKey, type, atMs',
      templates: 'id, language',
      settings: 'key',
    },
  },
  {
    // Reports without full scans: the `daily` rows; indexed ranges for the dashboard's items table
    // (by site or status, newest first) and for retention (lastSeenMs); who handled an item.
    version: 2,
    stores: {
      items: 'key, site, status, postedAtMs, firstSeenMs, handledAtMs, parentKey, lastSeenMs, [site+firstSeenMs], [status+firstSeenMs]',
      events: 'id, itemKey, type, atMs',
      daily: 'key, day, [site+day]',
    },
    async upgrade(tx) {
      const firstHandlers = new Map<string, string>();
      const handled = await tx.table<StoredEvent, string>('events').where('type').equals('handled').sortBy('atMs');
      for (const e of handled) if (!firstHandlers.has(e.itemKey)) firstHandlers.set(e.itemKey, e.initials ?? '');
      await tx.table<StoredItem, string>('items').toCollection().modify((item) => {
        const by = firstHandlers.get(item.key);
        if (by) item.handledBy = by;
      });
      await rebuildDaily(tx.table('items'), tx.table('daily'), (await readSettingsIn(tx.table('settings'))).business);
    },
  },
  {
    // The analysis's stamp, so that counting the items read by the current analysis is one index
    // count (lib/background/backfill). Rows without one are simply not in the index.
    version: 3,
    stores: {
      items: 'key, site, status, postedAtMs, firstSeenMs, handledAtMs, parentKey, lastSeenMs, [site+firstSeenMs], [status+firstSeenMs], analysis.version',
    },
  },
];

export const DB_NAME = 'replydesk';

/**
 * Opens the database with versions up to `upTo` (the latest by default; tests pass earlier ones).
 * `durability: 'strict'` for backups and restores: Chrome's default lets a write be acknowledged
 * before it is on disk.
 */
export function createDb(name = DB_NAME, upTo = versions.at(-1)!.version, options: { durability?: 'strict' } = {}): ReplyDeskDb {
  const db = new Dexie(name, options.durability ? { chromeTransactionDurability: options.durability } : {}) as ReplyDeskDb;
  for (const v of versions) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  if (upTo >= 2) db.use(aggregatesMiddleware());
  return db;
}
