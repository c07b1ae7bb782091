import * as z from 'zod/mini';
import { ITEM_KINDS, SITE_IDS } from './sites/types';

// The messages a content script sends and receives. Kept apart from lib/messages.ts (the whole
// union, with the options' and dashboard's schemas) so the content script, which runs in every
// page of every supported site, carries only these. zod/mini for size; jitless because MV3's CSP
// forbids new Function.
z.config({ jitless: true });

// Hostile pages can make items huge: cap what crosses a boundary, never trust lengths.
const MAX_TEXT = 100_000;
export const text = (max = 2_000) => z.string().check(z.maxLength(max));
// The latest instant a Date can hold: past it, every date function (and a report) throws.
export const time = z.number().check(z.int(), z.nonnegative(), z.lte(8.64e15));
export const key = text(400).check(z.minLength(3));

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

/** content → background */
export const contentToBackground = [
  // What the page shows. `reset` starts a new page (load or SPA navigation).
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
  // A supported host with no adapter for this page.
  z.object({ type: z.literal('page/unsupported'), url: text(), reason: text() }),
] as const;

/** anyone → the content script of a tab */
export const toContent = [
  // panel → content: put this text in the item's reply box
  z.object({ type: z.literal('reply/insert'), key, text: text(10_000) }),
  // what this page holds now (the `extract` command and the panel)
  z.object({ type: z.literal('page/report') }),
] as const;

const toContentSchema = z.discriminatedUnion('type', [...toContent]);
export type ToContent = z.infer<typeof toContentSchema>;
export type ContentToBackground = z.infer<(typeof contentToBackground)[number]>;

export type ParseResult<M> = { ok: true; message: M } | { ok: false; reason: string };

/** Parses with a schema; the reason names the first problem, for the log. */
export function parseWith<M>(schema: z.ZodMiniType<M>, input: unknown): ParseResult<M> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'message';
  return { ok: false, reason: `${where}: ${issue?.code ?? 'invalid'}` };
}

export const parseToContent = (input: unknown) => parseWith(toContentSchema, input);

export type InsertReply = { status: 'inserted' } | { status: 'failed'; reason: string };

export interface PageReport {
  url: string;
  site: string | null;
  adapter: string | null;
  reason?: string;
  items: z.infer<typeof rawItemSchema>[];
}
