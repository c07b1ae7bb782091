import Dexie, { type EntityTable } from 'dexie';
import type { Analysis } from '../analysis/types';
import type { RawItem } from '../sites/types';

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
  /** The on-device reading of the text (lib/analysis), computed by the background. */
  analysis?: Analysis;
}

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
};

/**
 * Every schema version, oldest first. A change appends a version with an `upgrade` that keeps
 * all data; lib/db/migrations.test.ts seeds each earlier version and upgrades it to the latest.
 */
export const versions: ReadonlyArray<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
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
];

export const DB_NAME = 'replydesk';

/** Opens the database with versions up to `upTo` (the latest by default; tests pass earlier ones). */
export function createDb(name = DB_NAME, upTo = versions.at(-1)!.version): ReplyDeskDb {
  const db = new Dexie(name) as ReplyDeskDb;
  for (const v of versions) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}
