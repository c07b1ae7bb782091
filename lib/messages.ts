import * as z from 'zod/mini';
import { MARK_ACTIONS } from './db/statuses';
import { ITEM_KINDS, SITE_IDS } from './sites/types';
import { isValidTimeZone, weekProblem } from './stats/business';
import type { ReportSettings } from './stats/settings';

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

const minute = z.number().check(z.int(), z.gte(0), z.lte(1440));
const positiveMs = z.number().check(z.int(), z.positive());

/** The reports' settings as stored and sent (lib/stats/settings); also checked in backups. */
export const reportSettingsSchema = z.object({
  targets: z.object({ firstMs: positiveMs, secondMs: positiveMs }),
  business: z.object({
    timeZone: text(100).check(z.refine(isValidTimeZone, 'unknown time zone')),
    week: z.array(z.array(z.tuple([minute, minute])).check(z.maxLength(12))).check(
      z.refine((week) => weekProblem(week) === null, { error: (issue) => weekProblem(issue.input as never) ?? 'invalid week' }),
    ),
    holidays: z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))).check(z.maxLength(1_000)),
  }),
  retentionDays: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(36_500))),
});

// What the schema accepts must be a ReportSettings: a change to one without the other fails to compile.
type SettingsInStep = z.infer<typeof reportSettingsSchema> extends ReportSettings ? true : never;
const settingsInStep: SettingsInStep = true;
void settingsInStep;

const key = text(400).check(z.minLength(3));
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
  // dashboard → background: report settings (targets, business hours, time zone, retention).
  z.object({ type: z.literal('settings/save'), settings: reportSettingsSchema }),
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
