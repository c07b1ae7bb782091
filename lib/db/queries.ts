import { itemKey } from '../detect/identity';
import type { RawItem, SiteId } from '../sites/types';
import { ALL_SITES, type DayRow } from '../stats/aggregate';
import { DAY_MS, HOUR_MS } from '../stats/clock';
import { BADGE } from '../stats/platform';
import { startedAtMs } from '../stats/response';
import { changesAggregates, REPORT_SETTINGS_KEY, type ReportSettings } from '../stats/settings';
import { readSettingsIn, rebuildDaily, settingsFromRow } from './aggregates';
import { templateSchema, type Template } from '../templates/model';
import type { ItemStatus, MarkAction, ReplyDeskDb, StoredAnalysis, StoredEvent, StoredItem } from './schema';
import { MARKS } from './statuses';

// All reads and writes of the store. Only the background calls the writers (it is the one
// writer); pages read through lib/db/hooks. Writers are idempotent: a retried message changes
// nothing the first delivery did not.

/** Stores what a page shows; returns how many items were new. */
export async function recordSeen(db: ReplyDeskDb, pageUrl: string, items: ReadonlyArray<RawItem & { analysis?: StoredAnalysis }>, nowMs: number): Promise<number> {
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

// Templates and settings. The background writes them (from the options page and the panel's
// insertions); pages read them through lib/db/hooks.

/** Logs an insertion and counts it on its template, once per event id (a retry counts nothing). */
export async function recordInserted(db: ReplyDeskDb, event: StoredEvent): Promise<void> {
  await db.transaction('rw', db.events, db.templates, async () => {
    if (await db.events.get(event.id)) return;
    await db.events.put(event);
    if (event.templateId) await db.templates.where('id').equals(event.templateId).modify((t) => void (t.usageCount = (t.usageCount ?? 0) + 1));
  });
}

/**
 * Every stored template that still reads as one; `unreadable` counts the rest (kept, not shown).
 * Schema v1 rows ({id, title, body, language}) read as a neutral-only template.
 */
export async function readTemplates(db: ReplyDeskDb): Promise<{ templates: Template[]; unreadable: number }> {
  const rows: unknown[] = await db.templates.toArray();
  const templates: Template[] = [];
  for (const row of rows) {
    const parsed = templateSchema.safeParse(fromV1(row));
    if (parsed.success) templates.push(parsed.data);
  }
  return { templates, unreadable: rows.length - templates.length };
}

function fromV1(row: unknown): unknown {
  const old = row as { id?: unknown; body?: unknown; bodies?: unknown };
  if (typeof old?.body !== 'string' || old.bodies !== undefined) return row;
  const { body, ...rest } = old;
  return { group: old.id, intents: [], reasons: [], situations: [], channel: 'both', sites: [], tags: [], usageCount: 0, ...rest, bodies: { neutral: body } };
}

/** Creates or replaces one template; the stored usage count wins (only insertions change it). */
export async function saveTemplate(db: ReplyDeskDb, template: Template): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const before = await db.templates.get(template.id);
    await db.templates.put({ ...template, usageCount: before?.usageCount ?? template.usageCount });
  });
}

export async function deleteTemplates(db: ReplyDeskDb, ids: readonly string[]): Promise<void> {
  await db.templates.bulkDelete([...ids]);
}

/** Adds or replaces by id, all or nothing. */
export async function importTemplates(db: ReplyDeskDb, templates: readonly Template[]): Promise<{ added: number; replaced: number }> {
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.bulkGet(templates.map((t) => t.id));
    await db.templates.bulkPut([...templates]);
    const replaced = existing.filter((t) => t !== undefined).length;
    return { added: templates.length - replaced, replaced };
  });
}

const STARTER_SEEDED = 'starter-seeded';
/** The first starter library's languages: installs seeded before ids were recorded had these. */
const FIRST_STARTER_LANGUAGES = new Set(['en', 'es', 'de', 'fr', 'hr', 'uk', 'hi', 'fa']);

/**
 * Puts each starter template in the templates table once: on first run, and when a new version
 * brings new ones (a language, a situation). A starter the agent deleted stays deleted, and one
 * they edited or imported is never overwritten. Returns how many were added.
 */
export async function seedStarter(db: ReplyDeskDb, starter: readonly Template[]): Promise<number> {
  return db.transaction('rw', db.templates, db.settings, async () => {
    const seeded = seededStarterIds((await db.settings.get(STARTER_SEEDED))?.value, starter);
    const unseen = starter.filter((t) => !seeded.has(t.id));
    if (unseen.length === 0) return 0;
    const stored = await db.templates.bulkGet(unseen.map((t) => t.id));
    const fresh = unseen.filter((_, i) => stored[i] === undefined);
    await db.templates.bulkAdd(fresh);
    await db.settings.put({ key: STARTER_SEEDED, value: [...seeded, ...unseen.map((t) => t.id)] });
    return fresh.length;
  });
}

function seededStarterIds(value: unknown, starter: readonly Template[]): Set<string> {
  if (Array.isArray(value)) return new Set(value.filter((id): id is string => typeof id === 'string'));
  // Until ids were recorded the setting held the time of the one seeding, of the first languages.
  if (value !== undefined) return new Set(starter.filter((t) => FIRST_STARTER_LANGUAGES.has(t.language)).map((t) => t.id));
  return new Set();
}

export async function readSetting(db: ReplyDeskDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function saveSetting(db: ReplyDeskDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** Templates already inserted for any of these items (one thread's), for the repeat guard. */
export async function insertedTemplateIds(db: ReplyDeskDb, itemKeys: readonly string[]): Promise<string[]> {
  if (itemKeys.length === 0) return [];
  const events = await db.events.where('itemKey').anyOf([...itemKeys]).filter((e) => e.type === 'inserted').toArray();
  return [...new Set(events.flatMap((e) => (e.templateId ? [e.templateId] : [])))];
}
