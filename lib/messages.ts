import * as z from 'zod/mini';
import { contentToBackground, key, parseWith, text, time, toContent, type ParseResult } from './content-messages';
import { MARK_ACTIONS } from './db/statuses';
import { isValidTimeZone, weekProblem } from './stats/business';
import type { ReportSettings } from './stats/settings';
import { templateSchema } from './templates/model';
import { replySettingsSchema } from './templates/settings';

// Every message between the content script, the background and the extension pages, validated
// by the background on arrival. What a content script sends and receives is in
// lib/content-messages.ts (kept lean); the options' and dashboard's messages are added here.

export { rawItemSchema, type InsertReply, type PageReport } from './content-messages';

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

export const MAX_TEMPLATES = 5_000;
const eventId = text(200).check(z.minLength(1));

export const messageSchema = z.discriminatedUnion('type', [
  ...contentToBackground,
  // panel → background
  z.object({ type: z.literal('item/handle'), key, eventId, atMs: time, initials: z.optional(text(10)) }),
  // Flag for private follow-up, ignore (spam, abuse), escalate, or put back in the queue.
  z.object({ type: z.literal('item/mark'), key, eventId, atMs: time, action: z.enum(MARK_ACTIONS), initials: z.optional(text(10)) }),
  z.object({ type: z.literal('item/inserted'), key, eventId, atMs: time, templateId: z.optional(text(200)) }),
  // dashboard → background: report settings (targets, business hours, time zone, retention).
  z.object({ type: z.literal('settings/save'), settings: reportSettingsSchema }),
  // dashboard → background: after a restore, or when a re-reading of older items was left unfinished.
  z.object({ type: z.literal('analysis/refresh') }),
  // options page → background: templates and reply settings. An import is one transaction.
  z.object({ type: z.literal('templates/save'), template: templateSchema }),
  z.object({ type: z.literal('templates/delete'), ids: z.array(text(200)).check(z.minLength(1), z.maxLength(MAX_TEMPLATES)) }),
  z.object({ type: z.literal('templates/import'), templates: z.array(templateSchema).check(z.minLength(1), z.maxLength(MAX_TEMPLATES)) }),
  z.object({ type: z.literal('reply-settings/save'), value: replySettingsSchema }),
  ...toContent,
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** Validates an incoming message; the reason names the first problem, for the log. */
export const parseMessage = (input: unknown): ParseResult<Message> => parseWith(messageSchema, input);

export type Ack = { ok: true } | { ok: false; error: string };

