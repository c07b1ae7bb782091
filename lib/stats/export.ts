import type { StoredEvent, StoredItem } from '../db/schema';
import { localDateTime, type BusinessHours } from './business';
import { firstResponseBusinessMs, firstResponseMs, isEstimatedStart, startedAtMs } from './response';

// Row-level exports: one row per item, the same columns in CSV and JSON. CSV must open right in
// a spreadsheet: UTF-8 with a BOM (Excel guesses the encoding otherwise), RFC 4180 quoting, CRLF,
// and no cell a spreadsheet would run as a formula (page text is hostile).

export interface ExportRow {
  key: string;
  site: string;
  kind: string;
  author: string;
  handle: string;
  text: string;
  permalink: string;
  customer_time: string;
  /** 'posted' when the page showed the time, 'first seen' when the clock starts at first sight. */
  time_source: 'posted' | 'first seen';
  first_seen: string;
  status: string;
  handled_at: string;
  handled_via: string;
  handled_by: string;
  first_response_min: number | null;
  first_response_business_min: number | null;
  sentiment: string;
  intents: string;
  private_follow_up: string;
}

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 600) / 100);

export function exportRow(item: StoredItem, business: BusinessHours): ExportRow {
  const at = (ms: number | undefined) => (ms === undefined ? '' : localDateTime(ms, business.timeZone));
  return {
    key: item.key,
    site: item.site,
    kind: item.kind,
    author: item.author,
    handle: item.handle ?? '',
    text: item.text,
    permalink: item.permalink ?? '',
    customer_time: at(startedAtMs(item)),
    time_source: isEstimatedStart(item) ? 'first seen' : 'posted',
    first_seen: at(item.firstSeenMs),
    status: item.status,
    handled_at: at(item.handledAtMs),
    handled_via: item.handledVia ?? '',
    handled_by: item.handledBy ?? '',
    first_response_min: minutes(firstResponseMs(item)),
    first_response_business_min: minutes(firstResponseBusinessMs(item, business)),
    sentiment: item.analysis?.sentiment?.label ?? '',
    intents: item.analysis?.intents?.map((i) => i.intent).join(' ') ?? '',
    private_follow_up: item.analysis?.privateFollowUp?.reasons?.map((r) => r.reason).join(' ') ?? '',
  };
}

// A leading = + - @ (after any spaces), tab or CR makes Excel, LibreOffice and Sheets read a formula.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/u;

/** One CSV field: formula starts neutralised with a leading apostrophe, then RFC 4180 quoting. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV column order; export.test.ts checks it names every field of ExportRow. */
export const CSV_COLUMNS = [
  'key', 'site', 'kind', 'author', 'handle', 'text', 'permalink', 'customer_time', 'time_source', 'first_seen', 'status',
  'handled_at', 'handled_via', 'handled_by', 'first_response_min', 'first_response_business_min', 'sentiment', 'intents', 'private_follow_up',
] as const satisfies ReadonlyArray<keyof ExportRow>;

const LOCAL_TIME_COLUMNS: ReadonlySet<string> = new Set(['customer_time', 'first_seen', 'handled_at']);

export function toCsv(rows: readonly ExportRow[], timeZone: string): string {
  const header = CSV_COLUMNS.map((c) => (LOCAL_TIME_COLUMNS.has(c) ? `${c} (${timeZone})` : c));
  const lines = [header.map(csvField).join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The JSON export: the same rows, each with its event history. */
export function toJson(items: readonly StoredItem[], events: readonly StoredEvent[], business: BusinessHours, exportedAtMs: number): string {
  const byItem = new Map<string, StoredEvent[]>();
  for (const e of events) (byItem.get(e.itemKey) ?? byItem.set(e.itemKey, []).get(e.itemKey)!).push(e);
  return JSON.stringify(
    {
      exportedAt: new Date(exportedAtMs).toISOString(),
      timeZone: business.timeZone,
      items: items.map((i) => ({ ...exportRow(i, business), events: (byItem.get(i.key) ?? []).sort((a, b) => a.atMs - b.atMs).map((e) => ({ type: e.type, at: new Date(e.atMs).toISOString(), ...(e.initials ? { initials: e.initials } : {}), ...(e.via ? { via: e.via } : {}) })) })),
    },
    null,
    2,
  );
}
