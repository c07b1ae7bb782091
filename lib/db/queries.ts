import type { Analysis } from '../analysis/types';
import { itemKey } from '../detect/identity';
import type { RawItem, SiteId } from '../sites/types';
import { ALL_SITES, type DayRow } from '../stats/aggregate';
import { DAY_MS, HOUR_MS } from '../stats/clock';
import { BADGE } from '../stats/platform';
import { startedAtMs } from '../stats/response';
import { changesAggregates, REPORT_SETTINGS_KEY, type ReportSettings } from '../stats/settings';
import { readSettingsIn, rebuildDaily, settingsFromRow } from './aggregates';
import type { ItemStatus, MarkAction, ReplyDeskDb, StoredEvent, StoredItem } from './schema';
import { MARKS } from './statuses';

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
    ...(first ? { handledAtMs: atMs, handledVia: via, handledBy: initials } : {}),
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

// Reports ------------------------------------------------------------------------------------

/** The report settings; defaults until the first write saves them (readers never write). */
export function readReportSettings(db: ReplyDeskDb): Promise<ReportSettings> {
  return readSettingsIn(db.settings, false);
}

/**
 * Saves the report settings. New business hours or time zone recompute the report rows in the
 * same transaction, so the rows never mix two ways of cutting days.
 */
export async function saveReportSettings(db: ReplyDeskDb, settings: ReportSettings): Promise<void> {
  await db.transaction('rw', db.items, db.settings, db.daily, async () => {
    const before = settingsFromRow(await db.settings.get(REPORT_SETTINGS_KEY));
    await db.settings.put({ key: REPORT_SETTINGS_KEY, value: settings });
    if (!before || changesAggregates(before, settings)) await rebuildDaily(db.items, db.daily, settings.business);
  });
}

const RETENTION_RUN_KEY = 'retention:lastRunMs';
const RETENTION_EVERY_MS = HOUR_MS;

/**
 * Deletes the items not seen for the retention period, with their events. An item with a recent
 * event (handled or reopened lately) is still in use and stays. Returns what was deleted.
 */
export async function applyRetention(db: ReplyDeskDb, nowMs: number): Promise<{ items: number; events: number }> {
  return db.transaction('rw', db.items, db.events, db.settings, async () => {
    await db.settings.put({ key: RETENTION_RUN_KEY, value: nowMs });
    const { retentionDays } = await readSettingsIn(db.settings, false);
    if (retentionDays === null) return { items: 0, events: 0 };
    const cutoffMs = nowMs - retentionDays * DAY_MS;
    const old = await db.items.where('lastSeenMs').below(cutoffMs).primaryKeys();
    if (old.length === 0) return { items: 0, events: 0 };
    const events = await db.events.where('itemKey').anyOf(old).toArray();
    const inUse = new Set(events.filter((e) => e.atMs >= cutoffMs).map((e) => e.itemKey));
    const expired = new Set(old.filter((k) => !inUse.has(k)));
    const expiredEvents = events.filter((e) => expired.has(e.itemKey)).map((e) => e.id);
    await db.events.bulkDelete(expiredEvents);
    await db.items.bulkDelete([...expired]);
    return { items: expired.size, events: expiredEvents.length };
  });
}

/** Retention at most once an hour, from the writes themselves (no alarm permission needed). */
export async function applyRetentionIfDue(db: ReplyDeskDb, nowMs: number): Promise<void> {
  const last = (await db.settings.get(RETENTION_RUN_KEY))?.value;
  if (typeof last === 'number' && nowMs - last < RETENTION_EVERY_MS && last <= nowMs) return;
  await applyRetention(db, nowMs);
}

/**
 * Report rows of the local dates from `from` to `to`, both included: the all-sites rows, or the
 * given site's. One row per day either way.
 */
export function dayRowsBetween(db: ReplyDeskDb, from: string, to: string, site: SiteId | typeof ALL_SITES = ALL_SITES): Promise<DayRow[]> {
  return db.daily.where('[site+day]').between([site, from], [site, to], true, true).toArray();
}

export interface ItemQuery {
  /** First seen in [fromMs, toMs). */
  fromMs: number;
  toMs: number;
  site?: SiteId;
  status?: ItemStatus;
  /** Newest first; all when missing. */
  limit?: number;
}

/** Customer items first seen in a range, newest first, through the narrowest index the filter allows. */
export function findItems(db: ReplyDeskDb, q: ItemQuery): Promise<StoredItem[]> {
  const last = q.toMs - 1;
  const range = q.status
    ? db.items.where('[status+firstSeenMs]').between([q.status, q.fromMs], [q.status, last], true, true)
    : q.site
      ? db.items.where('[site+firstSeenMs]').between([q.site, q.fromMs], [q.site, last], true, true)
      : db.items.where('firstSeenMs').between(q.fromMs, last, true, true);
  const found = range.reverse().filter((i) => !i.own && (!q.site || i.site === q.site));
  return q.limit === undefined ? found.toArray() : found.limit(q.limit).toArray();
}

const OPEN_STATUSES: ItemStatus[] = ['new', 'needs-follow-up', 'escalated'];

/**
 * Customer items still waiting for an answer (new, needs follow-up, escalated), oldest first.
 * Own items keep the status 'new' and IndexedDB cannot index a boolean, so they are read and
 * dropped here.
 */
export async function waitingItems(db: ReplyDeskDb): Promise<StoredItem[]> {
  const open = await db.items.where('status').anyOf(OPEN_STATUSES).filter((i) => !i.own).toArray();
  return open.sort((a, b) => startedAtMs(a) - startedAtMs(b));
}

/** Facebook items first seen in the badge's 7-day window (the only ones it can count). */
export function badgeCandidates(db: ReplyDeskDb, nowMs: number): Promise<StoredItem[]> {
  return findItems(db, { fromMs: nowMs - BADGE.windowMs, toMs: nowMs + 1, site: 'facebook' });
}

export function eventsOf(db: ReplyDeskDb, keys: readonly string[]): Promise<StoredEvent[]> {
  return db.events.where('itemKey').anyOf([...keys]).toArray();
}
