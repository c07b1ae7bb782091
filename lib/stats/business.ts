// Business hours in the user's time zone: which minutes count when a response time is measured
// in business time. Time zones go through Intl (no tz database of our own); a local date is
// 'YYYY-MM-DD', a period is [start, end) in minutes from local midnight.

export type Period = readonly [startMinute: number, endMinute: number];

export interface BusinessHours {
  /** IANA zone ('Europe/Paris'); also the zone the reports' days are cut in. */
  timeZone: string;
  /** Open periods per weekday, Sunday first (length 7); an empty list is a closed day. */
  week: ReadonlyArray<readonly Period[]>;
  /** Local dates closed all day. */
  holidays: readonly string[];
}

const NINE_TO_FIVE: readonly Period[] = [[9 * 60, 17 * 60]];

export function defaultBusinessHours(timeZone = systemTimeZone()): BusinessHours {
  return { timeZone, week: [[], NINE_TO_FIVE, NINE_TO_FIVE, NINE_TO_FIVE, NINE_TO_FIVE, NINE_TO_FIVE, []], holidays: [] };
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Why a week of periods is unusable, or null: periods inside the day, each start before its end, no overlaps. */
export function weekProblem(week: ReadonlyArray<readonly Period[]>): string | null {
  if (week.length !== 7) return 'a week needs 7 days';
  for (const [day, periods] of week.entries()) {
    const sorted = [...periods].sort((a, b) => a[0] - b[0]);
    for (const [i, [start, end]] of sorted.entries()) {
      if (!(start >= 0 && end <= 1440 && start < end)) return `${WEEKDAYS[day]}: ${minuteLabel(start)}–${minuteLabel(end)} is not a period of one day`;
      const next = sorted[i + 1];
      if (next && next[0] < end) return `${WEEKDAYS[day]}: periods overlap`;
    }
  }
  return null;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "09:00-12:30, 13:30-18:00" (or "closed", or nothing) → periods; the error says which part is wrong. */
export function parsePeriods(text: string): { periods: Period[] } | { error: string } {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 1 && /^closed$/i.test(parts[0]!)) return { periods: [] };
  const periods: Period[] = [];
  for (const part of parts) {
    const m = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/.exec(part);
    if (!m) return { error: `"${part}" is not like 09:00-17:30` };
    const [start, end] = [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])];
    if (Number(m[2]) > 59 || Number(m[4]) > 59 || start >= end || end > 1440) return { error: `"${part}" is not a period of one day` };
    periods.push([start, end]);
  }
  return { periods: periods.sort((a, b) => a[0] - b[0]) };
}

export function periodsLabel(periods: readonly Period[]): string {
  return periods.length === 0 ? 'closed' : periods.map(([a, b]) => `${minuteLabel(a)}-${minuteLabel(b)}`).join(', ');
}

export function minuteLabel(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

// Building a DateTimeFormat costs far more than using one; reports call these per item.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(timeZone, format);
  }
  return format;
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** Minutes since local midnight, with seconds as a fraction. */
  minute: number;
}

function localTime(ms: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatFor(timeZone).formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, minute: parts.hour! * 60 + parts.minute! + parts.second! / 60 };
}

/** The local date of an instant: the key reports group by. */
export function localDate(ms: number, timeZone: string): string {
  const t = localTime(ms, timeZone);
  return dateKey(t.year, t.month, t.day);
}

/** "2026-07-13 09:05:00" in the zone: a form spreadsheets read as a date and time. */
export function localDateTime(ms: number, timeZone: string): string {
  const t = localTime(ms, timeZone);
  const seconds = Math.round(t.minute * 60);
  const hms = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
  return `${dateKey(t.year, t.month, t.day)} ${hms}`;
}

function dateKey(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Wall-clock minus UTC at an instant, in ms (+3 600 000 for Paris in winter). */
function offsetMs(ms: number, timeZone: string): number {
  const t = localTime(ms, timeZone);
  const wall = Date.UTC(t.year, t.month - 1, t.day) + Math.round(t.minute * 60) * 1000;
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a local wall-clock time names. In a spring-forward gap it lands an hour on; in the
 * autumn overlap, on the first of the two instants.
 */
export function zonedTimeMs(date: string, minute: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + minute * 60_000;
  const first = wall - offsetMs(wall, timeZone);
  return wall - offsetMs(first, timeZone);
}



/** Midnight of `ms`'s day in `timeZone`: where "today" starts for the panel and the dashboard. */
export function startOfLocalDayMs(ms: number, timeZone: string): number {
  return zonedTimeMs(localDate(ms, timeZone), 0, timeZone);
}

export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Local dates from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to && dates.length < 40_000; d = addDays(d, 1)) dates.push(d);
  return dates;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return dateKey(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/**
 * How much of [startMs, endMs) falls in open hours. The first and last dates are cut at the
 * exact instants; the whole days between count their periods' lengths (a period that spans a DST
 * change counts its wall-clock length), by whole weeks, so that a span of years (a bad date on
 * a page) costs no more than a week.
 */
export function businessMsBetween(startMs: number, endMs: number, hours: BusinessHours): number {
  if (!(endMs > startMs)) return 0;
  const holidays = new Set(hours.holidays);
  const first = localDate(startMs, hours.timeZone);
  const last = localDate(endMs, hours.timeZone);
  const openMs = (date: string) => (holidays.has(date) ? 0 : dayOpenMs(hours, weekdayOf(date)));
  const cut = (date: string) => {
    if (holidays.has(date)) return 0;
    let ms = 0;
    for (const [open, close] of hours.week[weekdayOf(date)] ?? []) {
      const from = Math.max(startMs, zonedTimeMs(date, open, hours.timeZone));
      const to = Math.min(endMs, zonedTimeMs(date, close, hours.timeZone));
      if (to > from) ms += to - from;
    }
    return ms;
  };
  if (first === last) return cut(first);
  let total = cut(first) + cut(last);
  const middleDays = daysBetween(first, last) - 1;
  const weeks = Math.floor(middleDays / 7);
  const afterWeeks = addDays(first, 1 + 7 * weeks);
  total += weeks * [0, 1, 2, 3, 4, 5, 6].reduce((sum, day) => sum + dayOpenMs(hours, day), 0);
  for (const holiday of holidays) if (holiday > first && holiday < afterWeeks) total -= dayOpenMs(hours, weekdayOf(holiday));
  for (let date = afterWeeks; date < last; date = addDays(date, 1)) total += openMs(date);
  return total;
}

function dayOpenMs(hours: BusinessHours, weekday: number): number {
  return (hours.week[weekday] ?? []).reduce((sum, [open, close]) => sum + (close - open) * 60_000, 0);
}

function daysBetween(from: string, to: string): number {
  const utc = (d: string) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export function isOpenAt(ms: number, hours: BusinessHours): boolean {
  const date = localDate(ms, hours.timeZone);
  if (hours.holidays.includes(date)) return false;
  const minute = localTime(ms, hours.timeZone).minute;
  return (hours.week[weekdayOf(date)] ?? []).some(([open, close]) => minute >= open && minute < close);
}
