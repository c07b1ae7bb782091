import * as z from 'zod/mini';
import { firstNameOf, type Vars } from './render';

// The agent's reply settings (options page → settings table under REPLY_SETTINGS_KEY) and the
// variables they fill. Pure: the clock and the time zone come in as arguments.
z.config({ jitless: true });

export const REPLY_SETTINGS_KEY = 'reply';

const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:00'));
const httpsUrl = z.string().check(
  z.maxLength(2_000),
  z.refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', { message: 'an https:// link' }),
);

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const replySettingsSchema = z.object({
  initials: z.string().check(z.maxLength(10)),
  /** Ends each reply; empty means "^" + initials, as social teams sign on X. */
  signature: z.string().check(z.maxLength(200)),
  brand: z.string().check(z.maxLength(100)),
  /** Help-centre links by language ('' = any language): `{kb_link}` takes the customer's. */
  kbLinks: z.array(z.object({ language: z.string().check(z.maxLength(3)), url: httpsUrl })).check(z.maxLength(50)),
  hours: z.object({
    /** 0 = Sunday … 6 = Saturday. */
    days: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(6))).check(z.maxLength(7)),
    start: clock,
    end: clock,
    /** IANA zone; empty: the browser's own. */
    timeZone: z.string().check(z.maxLength(100), z.refine((tz) => tz === '' || isTimeZone(tz), { message: 'a time zone like Europe/Zagreb' })),
  }),
});

export type ReplySettings = z.infer<typeof replySettingsSchema>;
export type ServiceHours = ReplySettings['hours'];

export const DEFAULT_REPLY_SETTINGS: ReplySettings = {
  initials: '',
  signature: '',
  brand: '',
  kbLinks: [],
  hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: '' },
};

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

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Whether `nowMs` falls inside the service hours (in their time zone). End before start spans midnight. */
export function isWithinHours(hours: ServiceHours, nowMs: number): boolean {
  const parts = formatter('en-US', {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(hours.timeZone ? { timeZone: hours.timeZone } : {}),
  }).formatToParts(nowMs);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = WEEKDAYS.indexOf(part('weekday'));
  const minute = Number(part('hour')) * 60 + Number(part('minute'));
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  if (start === end) return hours.days.includes(day);
  if (start < end) return hours.days.includes(day) && minute >= start && minute < end;
  // Overnight: the evening belongs to today, the small hours to yesterday's shift.
  return (hours.days.includes(day) && minute >= start) || (hours.days.includes((day + 6) % 7) && minute < end);
}

/** "Mon–Fri 9:00 AM–5:00 PM" in the reply's language ("pon – pet 9:00–17:00", Persian digits in fa). */
export function describeHours(hours: ServiceHours, language: string): string {
  const locale = safeLocale(language);
  // 2026-01-04 was a Sunday: day d of the week is 4 + d January.
  const dayName = (d: number) => formatter(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4 + d));
  const time = (hhmm: string) => formatter(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4, 0, minutesOf(hhmm)));
  const days = dayRuns([...new Set(hours.days)].sort((a, b) => a - b))
    .map(([a, b]) => (a === b ? dayName(a) : `${dayName(a)}–${dayName(b)}`))
    .join(', ');
  const zone = hours.timeZone ? ` (${hours.timeZone})` : '';
  return `${days} ${time(hours.start)}–${time(hours.end)}${zone}`.trim();
}

function dayRuns(days: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && last[1] === d - 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
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
export function replyVars(settings: ReplySettings, author: string | undefined, language: string): Vars {
  const initials = settings.initials.trim();
  return {
    first_name: firstNameOf(author),
    initials,
    signature: settings.signature.trim() || (initials ? `^${initials}` : ''),
    brand: settings.brand.trim(),
    kb_link: kbLinkFor(settings, language) ?? '{{help article link}}',
    hours: describeHours(settings.hours, language),
  };
}
