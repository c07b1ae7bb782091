import * as z from 'zod/mini';
import { PRIVATE_REASONS, type Intent } from '../analysis/types';
import { SITE_IDS } from '../sites/types';

// What a reply template is, as stored in the templates table, sent to the background and
// imported from a file. zod/mini because lib/messages.ts (bundled into the content script)
// validates templates too; one schema, one inferred type.
z.config({ jitless: true });

/** Reply tones, one body each: warm mirrors emoji and "!", formal answers Sie/vi/आप/شما. */
export const TONES = ['warm', 'neutral', 'formal'] as const;
export type Tone = (typeof TONES)[number];

export const CHANNELS = ['public', 'private', 'both'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Spam and abuse get no reply (the panel advises hide/report), so no template fits them. */
export const REPLY_INTENTS = ['question', 'complaint', 'praise', 'request'] as const satisfies readonly Intent[];
export type ReplyIntent = (typeof REPLY_INTENTS)[number];

/**
 * When a template is the right answer beyond the message's intent: the item needs a private
 * follow-up (the public "we've sent you a DM"), it came outside service hours, or the customer is
 * chasing an earlier answer.
 */
export const SITUATIONS = ['private-follow-up', 'out-of-hours', 'chasing'] as const;
export type Situation = (typeof SITUATIONS)[number];

const LIMIT_TEXT = 10_000;
const shortText = (max: number) => z.string().check(z.maxLength(max));
const id = z.string().check(z.minLength(1), z.maxLength(200));

const bodies = z
  .object({
    warm: z.optional(shortText(LIMIT_TEXT)),
    neutral: z.optional(shortText(LIMIT_TEXT)),
    formal: z.optional(shortText(LIMIT_TEXT)),
  })
  .check(
    z.refine((b) => TONES.some((t) => (b[t] ?? '').trim() !== ''), {
      message: 'needs the text of at least one tone (warm, neutral or formal)',
    }),
  );

export const templateSchema = z.object({
  id,
  /** Templates that say the same thing share a group: their language and site variants. */
  group: id,
  title: shortText(200).check(z.minLength(1)),
  bodies,
  /** ISO 639-1, as lib/analysis reports it. */
  language: z.string().check(z.regex(/^[a-z]{2,3}$/, 'a language code like "en" or "hr"')),
  intents: z.array(z.enum(REPLY_INTENTS)).check(z.maxLength(REPLY_INTENTS.length)),
  /** Private follow-up reasons it answers ("refund", "order-number"). */
  reasons: z.array(z.enum(PRIVATE_REASONS)).check(z.maxLength(PRIVATE_REASONS.length)),
  situations: z.array(z.enum(SITUATIONS)).check(z.maxLength(SITUATIONS.length)),
  channel: z.enum(CHANNELS),
  /** Empty: every site. */
  sites: z.array(z.enum(SITE_IDS)).check(z.maxLength(SITE_IDS.length)),
  /** Words to organise and search by; a tag the customer's message contains also ranks it up. */
  tags: z.array(shortText(60)).check(z.maxLength(30)),
  /** The group of the private opener that goes with this public reply (take it to DM). */
  opener: z.optional(id),
  usageCount: z.number().check(z.int(), z.nonnegative()),
  /** From the starter library; edits keep it, so reseeding never overwrites the agent's work. */
  starter: z.optional(z.boolean()),
});

export type Template = z.infer<typeof templateSchema>;

/** The body for a tone, or the nearest it has: formal and warm both fall back to neutral first. */
export function bodyFor(template: Pick<Template, 'bodies'>, tone: Tone): { tone: Tone; body: string } {
  const order: Record<Tone, Tone[]> = {
    warm: ['warm', 'neutral', 'formal'],
    neutral: ['neutral', 'formal', 'warm'],
    formal: ['formal', 'neutral', 'warm'],
  };
  for (const t of order[tone]) {
    const body = template.bodies[t];
    if (body && body.trim() !== '') return { tone: t, body };
  }
  return { tone, body: '' };
}

/** A fresh template the options page starts from. */
export function blankTemplate(newId: string, language: string): Template {
  return {
    id: newId,
    group: newId,
    title: 'New template',
    bodies: { neutral: '' },
    language,
    intents: [],
    reasons: [],
    situations: [],
    channel: 'both',
    sites: [],
    tags: [],
    usageCount: 0,
  };
}

/** A copy to edit: a new id, no usage; `variant` keeps the group (another language or site). */
export function copyTemplate(template: Template, newId: string, variant: boolean): Template {
  const { starter: _starter, ...rest } = template;
  return {
    ...rest,
    id: newId,
    group: variant ? template.group : newId,
    title: variant ? template.title : `${template.title} (copy)`,
    usageCount: 0,
  };
}

/** Human names of the languages the starter library and the options page offer. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  es: 'Spanish',
  de: 'German',
  fr: 'French',
  hr: 'Croatian',
  uk: 'Ukrainian',
  hi: 'Hindi',
  fa: 'Persian',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  pl: 'Polish',
  sr: 'Serbian',
  bs: 'Bosnian',
  ru: 'Russian',
  ar: 'Arabic',
  tr: 'Turkish',
};

export const languageName = (code: string) => LANGUAGE_NAMES[code] ?? code;

/** Scripts written right to left: the panel and the options page set dir="rtl" for these. */
const RTL_LANGUAGES = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);
export const directionOf = (language: string): 'rtl' | 'ltr' => (RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr');
