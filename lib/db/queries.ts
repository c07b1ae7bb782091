import type { Analysis } from '../analysis/types';
import { itemKey } from '../detect/identity';
import type { RawItem } from '../sites/types';
import type { EventType, ItemStatus, MarkAction, ReplyDeskDb, StoredEvent, StoredItem } from './schema';

// All reads and writes of the store. Only the background calls the writers (it is the one
// writer); pages read through lib/db/hooks. Writers are idempotent: a retried message changes
// nothing the first delivery did not.

/** Stores what a page shows; returns how many items were new. */
export async function recordSeen(db: ReplyDeskDb, pageUrl: string, items: ReadonlyArray<RawItem & { analysis?: Analysis }>, nowMs: number): Promise<number> {
  if (items.length === 0) return 0;
  return db.transaction('rw', db.items, db.events, async () => {
    const keys = items.map(itemKey);
    const existing = await db.items.bulkGet(keys);
    const rows: StoredItem[] = [];
    const events: StoredEvent[] = [];
    let added = 0;
    items.forEach((raw, i) => {
      const key = keys[i]!;
      const before = existing[i];
      const parentKey = raw.parentId ? `${raw.site}:${raw.parentId}` : undefined;
      if (before) {
        // The page is newer than the store for what it shows; status and history stay ours.
        rows.push({ ...before, ...raw, key, parentKey: parentKey ?? before.parentKey, postedAtMs: raw.postedAtMs ?? before.postedAtMs, pageUrl, lastSeenMs: nowMs });
        return;
      }
      added++;
      rows.push({ ...raw, key, parentKey, pageUrl, firstSeenMs: nowMs, lastSeenMs: nowMs, status: 'new' });
      events.push({ id: `seen:${key}`, itemKey: key, type: 'seen', atMs: nowMs });
    });
    await db.items.bulkPut(rows);
    await db.events.bulkPut(events);
    await markAnsweredByOwnReplies(db, rows);
    return added;
  });
}

/**
 * An own reply marks the customer item it answers handled, at the reply's time. Looks both ways
 * because either may reach the store first.
 */
async function markAnsweredByOwnReplies(db: ReplyDeskDb, rows: readonly StoredItem[]): Promise<void> {
  const pairs: Array<[StoredItem, StoredItem]> = [];
  const ownRows = rows.filter((r) => r.own && r.parentKey);
  const parents = await db.items.bulkGet(ownRows.map((r) => r.parentKey!));
  ownRows.forEach((reply, i) => {
    const parent = parents[i];
    if (parent) pairs.push([parent, reply]);
  });
  for (const customer of rows.filter((r) => !r.own)) {
    const replies = await db.items.where('parentKey').equals(customer.key).toArray();
    for (const reply of replies) if (reply.own) pairs.push([customer, reply]);
  }
  for (const [customer, reply] of pairs) {
    if (customer.own || customer.handledAtMs !== undefined) continue;
    const atMs = reply.postedAtMs ?? reply.firstSeenMs;
    if (customer.postedAtMs !== undefined && atMs < customer.postedAtMs) continue;
    await handle(db, customer, atMs, `handled:reply:${reply.key}`, 'own-reply');
  }
}

async function handle(db: ReplyDeskDb, item: StoredItem, atMs: number, eventId: string, via: 'manual' | 'own-reply', initials?: string) {
  const first = item.handledAtMs === undefined || atMs < item.handledAtMs;
  await db.items.update(item.key, {
    status: 'handled',
    ...(first ? { handledAtMs: atMs, handledVia: via } : {}),
  });
  item.handledAtMs = first ? atMs : item.handledAtMs;
  await db.events.put({ id: eventId, itemKey: item.key, type: 'handled', atMs, via, ...(initials ? { initials } : {}) });
}

/** The agent marks an item handled. False when the item is unknown. */
export async function markHandled(db: ReplyDeskDb, key: string, atMs: number, eventId: string, initials?: string): Promise<boolean> {
  return db.transaction('rw', db.items, db.events, async () => {
    const item = await db.items.get(key);
    if (!item) return false;
    if (await db.events.get(eventId)) return true; // a retry
    await handle(db, item, atMs, eventId, 'manual', initials);
    return true;
  });
}

const MARKS: Record<MarkAction, { status: ItemStatus; event: EventType }> = {
  flag: { status: 'needs-follow-up', event: 'flagged' },
  ignore: { status: 'ignored', event: 'ignored' },
  escalate: { status: 'escalated', event: 'escalated' },
  // Back into the queue; the first response time and the history stay.
  reopen: { status: 'new', event: 'reopened' },
};

/** Flag, ignore, escalate or reopen an item. False when the item is unknown. */
export async function markItem(db: ReplyDeskDb, key: string, action: MarkAction, atMs: number, eventId: string, initials?: string): Promise<boolean> {
  const { status, event } = MARKS[action];
  return db.transaction('rw', db.items, db.events, async () => {
    if (!(await db.items.get(key))) return false;
    if (await db.events.get(eventId)) return true; // a retry
    await db.items.update(key, { status });
    await db.events.put({ id: eventId, itemKey: key, type: event, atMs, ...(initials ? { initials } : {}) });
    return true;
  });
}

export async function logEvent(db: ReplyDeskDb, event: StoredEvent): Promise<void> {
  await db.events.put(event);
}

export function itemsByKeys(db: ReplyDeskDb, keys: readonly string[]): Promise<StoredItem[]> {
  return db.items.bulkGet([...keys]).then((rows) => rows.filter((r): r is StoredItem => r !== undefined));
}

/** Customer items first answered at or after `sinceMs`. */
export function firstAnsweredSince(db: ReplyDeskDb, sinceMs: number): Promise<StoredItem[]> {
  return db.items.where('handledAtMs').aboveOrEqual(sinceMs).filter((i) => !i.own).toArray();
}
