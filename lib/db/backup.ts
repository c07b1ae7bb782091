import * as z from 'zod';
import { EVENT_TYPES, ITEM_STATUSES } from './statuses';
import { reportSettingsSchema } from '../messages';
import { ITEM_KINDS, SITE_IDS } from '../sites/types';
import { REPORT_SETTINGS_KEY } from '../stats/settings';
import { isWholeAnalysis, REREAD_KEY, type Reread } from './stored-analysis';
import { versions, type ReplyDeskDb, type Setting, type StoredEvent, type StoredItem, type StoredTemplate } from './schema';

// A full backup (every item, event, template and setting) and its restore. Classic zod for
// its readable messages: this runs in the dashboard only, never in the content script. The
// report rows are not in the file: they follow from the items on restore.
z.config({ jitless: true });

export const BACKUP_FORMAT = 'replydesk-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  items: StoredItem[];
  events: StoredEvent[];
  templates: StoredTemplate[];
  settings: Setting[];
}

const time = z.number().int().nonnegative();

// Loose objects: fields a later version adds (or the analysis carries) are kept, not dropped.
const itemSchema = z
  .looseObject({
    key: z.string().min(3),
    site: z.enum(SITE_IDS),
    id: z.string().min(1),
    kind: z.enum(ITEM_KINDS),
    author: z.string(),
    text: z.string(),
    own: z.boolean(),
    pageUrl: z.string(),
    firstSeenMs: time,
    lastSeenMs: time,
    postedAtMs: time.optional(),
    handledAtMs: time.optional(),
    status: z.enum(ITEM_STATUSES),
    analysis: z.looseObject({ sentiment: z.looseObject({ label: z.enum(['negative', 'neutral', 'positive']) }), intents: z.array(z.looseObject({ intent: z.string() })) }).optional(),
  })
  .refine((i) => i.key === `${i.site}:${i.id}`, { message: 'key is not site:id', path: ['key'] });

const eventSchema = z.looseObject({ id: z.string().min(1), itemKey: z.string().min(3), type: z.enum(EVENT_TYPES), atMs: time, initials: z.string().max(10).optional() });
// Only the id: the template model grows in lib/templates, whose reader skips rows it cannot use.
const templateSchema = z.looseObject({ id: z.string().min(1) });
const settingSchema = z
  .object({ key: z.string().min(1), value: z.unknown() })
  .superRefine((s, ctx) => {
    if (s.key !== REPORT_SETTINGS_KEY) return;
    const parsed = reportSettingsSchema.safeParse(s.value);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] });
  });

const latest = versions.at(-1)!.version;

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'not a ReplyDesk backup' }),
  schemaVersion: z.number().int().min(1).max(latest, { error: `made by a newer ReplyDesk (this one reads backups up to schema ${latest})` }),
  exportedAt: z.string(),
  items: z.array(itemSchema),
  events: z.array(eventSchema),
  templates: z.array(templateSchema),
  settings: z.array(settingSchema),
});

export type BackupCheck = { ok: true; backup: Backup; counts: Record<'items' | 'events' | 'templates' | 'settings', number> } | { ok: false; error: string };

/** Reads a backup file's text; the error names the first problems and where they are. */
export function parseBackup(text: string): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `This file is not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) return { ok: false, error: 'This file is not a ReplyDesk backup (its "format" is not "replydesk-backup").' };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : 'file'}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return { ok: false, error: `This backup cannot be restored: ${issues.join('; ')}${more}. Nothing was changed.` };
  }
  const backup = parsed.data as unknown as Backup;
  const duplicate = firstDuplicate(backup.items.map((i) => i.key)) ?? firstDuplicate(backup.events.map((e) => e.id));
  if (duplicate) return { ok: false, error: `This backup cannot be restored: "${duplicate}" appears twice. Nothing was changed.` };
  return { ok: true, backup, counts: { items: backup.items.length, events: backup.events.length, templates: backup.templates.length, settings: backup.settings.length } };
}

function firstDuplicate(keys: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return undefined;
}

export async function createBackup(db: ReplyDeskDb, nowMs: number): Promise<Backup> {
  return db.transaction('r', db.items, db.events, db.templates, db.settings, async () => ({
    format: BACKUP_FORMAT,
    schemaVersion: db.verno,
    exportedAt: new Date(nowMs).toISOString(),
    items: await db.items.toArray(),
    events: await db.events.toArray(),
    templates: await db.templates.toArray(),
    settings: await db.settings.toArray(),
  }));
}

/**
 * Replaces everything with the backup in one transaction: it all lands or nothing changes. Pass a
 * database opened with strict durability (createDb's `durability`) so it is on disk when it says so.
 */
export async function restoreBackup(db: ReplyDeskDb, backup: Backup): Promise<void> {
  await db.transaction('rw', [db.items, db.events, db.templates, db.settings, db.daily], async () => {
    await db.items.clear(); // first, under the old settings, so the report rows empty cleanly
    await Promise.all([db.daily.clear(), db.events.clear(), db.templates.clear(), db.settings.clear()]);
    await db.settings.bulkPut(backup.settings);
    // Its items may hold no analysis or another version's: the background walks them all.
    await db.settings.put({ key: REREAD_KEY, value: { version: '', afterKey: null } satisfies Reread });
    await db.templates.bulkPut(backup.templates);
    await db.events.bulkPut(backup.events);
    await db.items.bulkPut(backup.items.map(withTrustedStamp));
  });
}

/**
 * An analysis's version stamp says it needs no new reading (lib/background/backfill): a restored
 * analysis that is not whole loses its stamp, so the background reads the item again.
 */
function withTrustedStamp(item: StoredItem): StoredItem {
  if (item.analysis?.version === undefined || isWholeAnalysis(item.analysis)) return item;
  const { version: _, ...analysis } = item.analysis;
  return { ...item, analysis };
}
