import * as z from 'zod/mini';
import { MARK_ACTIONS } from './db/statuses';
import { ITEM_KINDS, SITE_IDS } from './sites/types';
import { templateSchema } from './templates/model';
import { replySettingsSchema } from './templates/settings';

// Every message between the content script, the background and the extension pages. zod/mini
// keeps the content script inside its size budget; jitless because MV3's CSP forbids new Function.
z.config({ jitless: true });

// Hostile pages can make items huge: cap what crosses a boundary, never trust lengths.
const MAX_TEXT = 100_000;
const text = (max = 2_000) => z.string().check(z.maxLength(max));
const time = z.number().check(z.int(), z.nonnegative());

export const rawItemSchema = z.object({
  site: z.enum(SITE_IDS),
  id: text(300).check(z.minLength(1)),
  kind: z.enum(ITEM_KINDS),
  author: text(500),
  handle: z.optional(text(200)),
  authorUrl: z.optional(text()),
  text: text(MAX_TEXT),
  postedAtMs: z.optional(time),
  timeText: z.optional(text(200)),
  permalink: z.optional(text()),
  threadId: z.optional(text(300)),
  parentId: z.optional(text(300)),
  own: z.boolean(),
});

const key = text(400).check(z.minLength(3));
export const MAX_TEMPLATES = 5_000;
const eventId = text(200).check(z.minLength(1));

export const messageSchema = z.discriminatedUnion('type', [
  // content → background: what the page shows. `reset` starts a new page (load or SPA navigation).
  z.object({
    type: z.literal('items/seen'),
    url: text(),
    site: z.enum(SITE_IDS),
    adapter: text(100),
    reset: z.boolean(),
    reason: z.optional(text()),
    ownHandle: z.optional(text(200)),
    items: z.array(rawItemSchema).check(z.maxLength(1_000)),
  }),
  // content → background: a supported host with no adapter for this page.
  z.object({ type: z.literal('page/unsupported'), url: text(), reason: text() }),
  // panel → background
  z.object({ type: z.literal('item/handle'), key, eventId, atMs: time, initials: z.optional(text(10)) }),
  // Flag for private follow-up, ignore (spam, abuse), escalate, or put back in the queue.
  z.object({ type: z.literal('item/mark'), key, eventId, atMs: time, action: z.enum(MARK_ACTIONS), initials: z.optional(text(10)) }),
  z.object({ type: z.literal('item/inserted'), key, eventId, atMs: time, templateId: z.optional(text(200)) }),
  // options page → background: templates and reply settings. An import is one transaction.
  z.object({ type: z.literal('templates/save'), template: templateSchema }),
  z.object({ type: z.literal('templates/delete'), ids: z.array(text(200)).check(z.minLength(1), z.maxLength(MAX_TEMPLATES)) }),
  z.object({ type: z.literal('templates/import'), templates: z.array(templateSchema).check(z.minLength(1), z.maxLength(MAX_TEMPLATES)) }),
  z.object({ type: z.literal('reply-settings/save'), value: replySettingsSchema }),
  // panel → content script of a tab
  z.object({ type: z.literal('reply/insert'), key, text: text(10_000) }),
  // anyone → content script: what this page holds now (the `extract` command and the panel)
  z.object({ type: z.literal('page/report') }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

export type ParseResult = { ok: true; message: Message } | { ok: false; reason: string };

/** Validates an incoming message; the reason names the first problem, for the log. */
export function parseMessage(input: unknown): ParseResult {
  const result = messageSchema.safeParse(input);
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'message';
  return { ok: false, reason: `${where}: ${issue?.code ?? 'invalid'}` };
}

export type Ack = { ok: true } | { ok: false; error: string };

export type InsertReply = { status: 'inserted' } | { status: 'failed'; reason: string };

export interface PageReport {
  url: string;
  site: string | null;
  adapter: string | null;
  reason?: string;
  items: z.infer<typeof rawItemSchema>[];
}
