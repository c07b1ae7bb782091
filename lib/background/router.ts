import { itemKey } from '../detect/identity';
import {
  applyRetention,
  applyRetentionIfDue,
  deleteTemplates,
  importTemplates,
  markHandled,
  markItem,
  recordInserted,
  recordSeen,
  saveReportSettings,
  saveSetting,
  saveTemplate,
} from '../db/queries';
import type { ReplyDeskDb } from '../db/schema';
import { parseMessage, type Ack, type MessageOf } from '../messages';
import { readPage, writePage, type PageSummary } from '../pages';
import { REPLY_SETTINGS_KEY } from '../templates/settings';
import { readStamped } from './analysis-version';
import { readItemsAgain } from './backfill';

// The background's message router: validates every message first (a malformed one is logged and
// answered with an error, never thrown), then does the one write it asks for.

interface Sender {
  tab?: { id?: number };
}

export async function handleMessage(db: ReplyDeskDb, input: unknown, sender: Sender, nowMs = Date.now()): Promise<Ack | undefined> {
  const parsed = parseMessage(input);
  if (!parsed.ok) {
    // Messages meant for content scripts (reply/insert, page/report) are not ours either.
    console.warn('[ReplyDesk] rejected message:', parsed.reason);
    return { ok: false, error: parsed.reason };
  }
  const message = parsed.message;
  try {
    switch (message.type) {
      case 'items/seen':
        // Read here, not in the content script: the trained weights stay out of every page.
        await recordSeen(db, message.url, message.items.map((item) => ({ ...item, analysis: readStamped(item.text) })), nowMs);
        if (sender.tab?.id !== undefined) await trackPage(sender.tab.id, message, nowMs);
        await applyRetentionIfDue(db, nowMs);
        return { ok: true };
      case 'page/unsupported':
        if (sender.tab?.id !== undefined)
          await writePage({ tabId: sender.tab.id, url: message.url, site: null, adapter: null, reason: message.reason, keys: [], updatedAtMs: nowMs });
        return { ok: true };
      case 'item/handle':
        return ack(await markHandled(db, message.key, message.atMs, message.eventId, message.initials), message.key);
      case 'item/mark':
        return ack(await markItem(db, message.key, message.action, message.atMs, message.eventId, message.initials), message.key);
      case 'item/inserted':
        await recordInserted(db, { id: message.eventId, itemKey: message.key, type: 'inserted', atMs: message.atMs, ...(message.templateId ? { templateId: message.templateId } : {}) });
        return { ok: true };
      case 'templates/save':
        await saveTemplate(db, message.template);
        return { ok: true };
      case 'templates/delete':
        await deleteTemplates(db, message.ids);
        return { ok: true };
      case 'templates/import':
        await importTemplates(db, message.templates);
        return { ok: true };
      case 'reply-settings/save':
        await saveSetting(db, REPLY_SETTINGS_KEY, message.value);
        return { ok: true };
      case 'settings/save':
        await saveReportSettings(db, message.settings);
        await applyRetention(db, nowMs); // a shorter period applies at once
        return { ok: true };
      case 'analysis/refresh':
        void readItemsAgain(db); // answered at once: the walk reports its progress in storage.session
        return { ok: true };
      default:
        return undefined; // addressed to a content script
    }
  } catch (error) {
    console.error('[ReplyDesk] write failed:', error);
    return { ok: false, error: String(error) };
  }
}

function ack(found: boolean, key: string): Ack {
  return found ? { ok: true } : { ok: false, error: `unknown item ${key}` };
}

// Batches from one tab arrive concurrently; their page summaries are merged one at a time.
const pageLocks = new Map<number, Promise<unknown>>();

function trackPage(tabId: number, message: MessageOf<'items/seen'>, nowMs: number): Promise<void> {
  const previous = pageLocks.get(tabId) ?? Promise.resolve();
  const next = previous.then(async () => {
    const before = message.reset ? undefined : await readPage(tabId);
    const keys = before && before.url === message.url ? before.keys : [];
    const known = new Set(keys);
    for (const item of message.items) {
      const key = itemKey(item);
      if (!known.has(key)) {
        known.add(key);
        keys.push(key);
      }
    }
    const page: PageSummary = {
      tabId,
      url: message.url,
      site: message.site,
      adapter: message.adapter,
      keys,
      updatedAtMs: nowMs,
      ...(keys.length === 0 && message.reason ? { reason: message.reason } : {}),
      ...(message.ownHandle ? { ownHandle: message.ownHandle } : {}),
    };
    await writePage(page);
  });
  pageLocks.set(tabId, next.catch(() => {}));
  return next;
}
