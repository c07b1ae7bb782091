import * as z from 'zod/mini';
import type { BusinessHours } from '../stats/business';
import { firstNameOf, type Vars } from './render';

// The agent's reply settings (options page → settings table under REPLY_SETTINGS_KEY) and the
// variables they and the business hours fill. Pure.
z.config({ jitless: true });

export const REPLY_SETTINGS_KEY = 'reply';

const httpsUrl = z.string().check(
  z.maxLength(2_000),
  z.refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', { message: 'an https:// link' }),
);

// Service hours are the reports' business hours (lib/stats/business, set on the dashboard): one
// definition decides both what counts as business time and when the away reply is suggested.
export const replySettingsSchema = z.object({
  initials: z.string().check(z.maxLength(10)),
  /** Ends each reply; empty means "^" + initials, as social teams sign on X. */
  signature: z.string().check(z.maxLength(200)),
  brand: z.string().check(z.maxLength(100)),
  /** Help-centre links by language ('' = any language): `{kb_link}` takes the customer's. */
  kbLinks: z.array(z.object({ language: z.string().check(z.maxLength(3)), url: httpsUrl })).check(z.maxLength(50)),
});

export type ReplySettings = z.infer<typeof replySettingsSchema>;

export const DEFAULT_REPLY_SETTINGS: ReplySettings = { initials: '', signature: '', brand: '', kbLinks: [] };

/** Whatever the store holds, as settings: a value that no longer parses gives the defaults. */
export function readReplySettings(value: unknown): ReplySettings {
  const parsed = replySettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_REPLY_SETTINGS;
}

// Building an Intl formatter costs far more than using one; the panel formats on every selection.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/**
 * The business week as customers read it, in the reply's language: "Mon–Fri 9:00 AM–5:00 PM",
 * "pon–pet 9:00–17:00", Persian digits in fa. Days with the same periods are grouped.
 */
export function describeHours(hours: BusinessHours, language: string): string {
  const locale = safeLocale(language);
  // 2026-01-04 was a Sunday: day d of the week is 4 + d January.
  const dayName = (d: number) => formatter(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4 + d));
  const time = (minute: number) => formatter(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4, 0, minute));
  const periods = (d: number) => (hours.week[d] ?? []).map(([a, b]) => `${time(a)}–${time(b)}`).join(', ');
  // Monday first, as service hours are written; runs of days that share their periods.
  const runs: Array<{ from: number; to: number; text: string }> = [];
  for (const d of [1, 2, 3, 4, 5, 6, 0]) {
    const text = periods(d);
    const last = runs.at(-1);
    if (text && last && last.text === text && (last.to + 1) % 7 === d) last.to = d;
    else if (text) runs.push({ from: d, to: d, text });
  }
  const days = runs.map((r) => `${r.from === r.to ? dayName(r.from) : `${dayName(r.from)}–${dayName(r.to)}`} ${r.text}`).join(', ');
  return `${days} (${hours.timeZone})`;
}

const locales = new Map<string, string>();
function safeLocale(language: string): string {
  let locale = locales.get(language);
  if (locale === undefined) {
    try {
      locale = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 ? language : 'en';
    } catch {
      locale = 'en';
    }
    locales.set(language, locale);
  }
  return locale;
}

/** The customer's help-centre link: their language's, else the one for any language. */
export function kbLinkFor(settings: ReplySettings, language: string): string | undefined {
  return (settings.kbLinks.find((l) => l.language === language) ?? settings.kbLinks.find((l) => l.language === ''))?.url;
}

/**
 * What fills the variables of a reply to `author` in `language`. A missing help link becomes a
 * slot, so the agent cannot insert a reply that promises a link and has none.
 */
export function replyVars(settings: ReplySettings, hours: BusinessHours, author: string | undefined, language: string): Vars {
  const initials = settings.initials.trim();
  return {
    first_name: firstNameOf(author),
    initials,
    signature: settings.signature.trim() || (initials ? `^${initials}` : ''),
    brand: settings.brand.trim(),
    kb_link: kbLinkFor(settings, language) ?? '{{help article link}}',
    hours: describeHours(hours, language),
  };
}
