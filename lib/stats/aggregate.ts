import type { Intent, Sentiment } from '../analysis/types';
import type { ItemStatus, StoredItem } from '../db/schema';
import type { SiteId } from '../sites/types';
import { localDate, type BusinessHours } from './business';
import type { Targets } from './clock';
import { firstResponseBusinessMs, firstResponseMs, isEstimatedStart, median, responseRate, startedAtMs, summarizeResponses, type ResponseSummary } from './response';

// Reports read rows per local day instead of every item: lib/db keeps them up to date in the same
// transaction as each item write (the rows of the day the customer wrote). Each item counts in
// its site's row and in the day's all-sites row ('*'), so a report over every site reads one row
// per day (a year: 365 rows, not 365 × sites). Response times are kept exactly, so medians and
// p90s are the same as over the items.

/** The site of the rows that count every site. */
export const ALL_SITES = '*';

/**
 * Response times as stored: a typed array reads back from IndexedDB as one block of bytes, where
 * a plain array is decoded number by number (a year's report reads ~260,000 of them).
 */
export type Times = Float64Array;

export interface SiteCounts {
  received: number;
  answered: number;
  ignoredUnanswered: number;
  responseMs: Times;
}

export interface DayRow {
  /** `day|site` */
  key: string;
  /** Local date of the customer's message, in the reports' time zone. */
  day: string;
  site: SiteId | typeof ALL_SITES;
  received: number;
  /** Received items whose page showed no time (their clock starts at first seen). */
  estimated: number;
  answered: number;
  ignoredUnanswered: number;
  byStatus: Partial<Record<ItemStatus, number>>;
  /** First-response times of the answered items, calendar and business time, in no order. */
  responseMs: Times;
  businessMs: Times;
  sentiment: Partial<Record<Sentiment, number>>;
  /** Each item's strongest intent. */
  intents: Partial<Record<Intent, number>>;
  /** Agent initials ('' when none were given, as for own replies) → their response times. */
  agents: Record<string, Times>;
  /** All-sites rows only: each site's share, for the by-site table. */
  bySite?: Partial<Record<SiteId, SiteCounts>>;
}

/** What one item adds to its day's rows. */
export interface Contribution {
  day: string;
  site: SiteId;
  status: ItemStatus;
  isEstimated: boolean;
  responseMs: number | null;
  businessMs: number | null;
  sentiment?: Sentiment;
  intent?: Intent;
  agent?: string;
}

export const rowKeyOf = (day: string, site: SiteId | typeof ALL_SITES) => `${day}|${site}`;

/** The rows an item counts in: its site's and the all-sites row of its day. */
export const rowsOf = (c: Contribution) => [
  { key: rowKeyOf(c.day, c.site), day: c.day, site: c.site },
  { key: rowKeyOf(c.day, ALL_SITES), day: c.day, site: ALL_SITES },
] as const;

/** Null for the account's own posts and replies: they answer, they are not waiting. */
export function contributionOf(item: StoredItem, business: BusinessHours): Contribution | null {
  if (item.own) return null;
  const day = localDate(startedAtMs(item), business.timeZone);
  const responseMs = firstResponseMs(item);
  const contribution: Contribution = {
    day,
    site: item.site,
    status: item.status,
    isEstimated: isEstimatedStart(item),
    responseMs,
    businessMs: responseMs === null ? null : firstResponseBusinessMs(item, business),
  };
  // Read defensively: this runs inside every item write, and a row stored by an older analysis
  // (or restored from a backup) may lack parts; a throw here would refuse the write.
  const sentiment = item.analysis?.sentiment?.label;
  const top = item.analysis?.intents?.[0]?.intent;
  if (sentiment) contribution.sentiment = sentiment;
  if (top) contribution.intent = top;
  if (responseMs !== null) contribution.agent = item.handledBy ?? '';
  return contribution;
}

export function sameContribution(a: Contribution | null, b: Contribution | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.day === b.day &&
    a.site === b.site &&
    a.status === b.status &&
    a.isEstimated === b.isEstimated &&
    a.responseMs === b.responseMs &&
    a.businessMs === b.businessMs &&
    a.sentiment === b.sentiment &&
    a.intent === b.intent &&
    a.agent === b.agent
  );
}

export function emptyRow({ key, day, site }: ReturnType<typeof rowsOf>[number]): DayRow {
  const row: DayRow = { key, day, site, received: 0, estimated: 0, answered: 0, ignoredUnanswered: 0, byStatus: {}, responseMs: new Float64Array(0), businessMs: new Float64Array(0), sentiment: {}, intents: {}, agents: {} };
  if (site === ALL_SITES) row.bySite = {};
  return row;
}

/** Adds (sign 1) or removes (sign -1) an item's contribution, in place. */
export function applyContribution(row: DayRow, c: Contribution, sign: 1 | -1): DayRow {
  const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K) => {
    const next = (counts[key] ?? 0) + sign;
    if (next === 0) delete counts[key];
    else counts[key] = next;
  };
  row.received += sign;
  if (c.isEstimated) row.estimated += sign;
  if (row.bySite) {
    const site = (row.bySite[c.site] ??= { received: 0, answered: 0, ignoredUnanswered: 0, responseMs: new Float64Array(0) });
    site.received += sign;
    if (c.responseMs === null && c.status === 'ignored') site.ignoredUnanswered += sign;
    if (c.responseMs !== null) {
      site.answered += sign;
      site.responseMs = sign === 1 ? appended(site.responseMs, c.responseMs) : removedOne(site.responseMs, c.responseMs);
    }
    if (site.received === 0) delete row.bySite[c.site];
  }
  bump(row.byStatus, c.status);
  if (c.sentiment) bump(row.sentiment, c.sentiment);
  if (c.intent) bump(row.intents, c.intent);
  if (c.responseMs === null) {
    if (c.status === 'ignored') row.ignoredUnanswered += sign;
    return row;
  }
  row.answered += sign;
  const agent = c.agent ?? '';
  if (sign === 1) {
    row.responseMs = appended(row.responseMs, c.responseMs);
    row.businessMs = appended(row.businessMs, c.businessMs ?? 0);
    row.agents[agent] = appended(row.agents[agent] ?? new Float64Array(0), c.responseMs);
  } else {
    row.responseMs = removedOne(row.responseMs, c.responseMs);
    row.businessMs = removedOne(row.businessMs, c.businessMs ?? 0);
    const times = row.agents[agent];
    if (times) {
      const left = removedOne(times, c.responseMs);
      if (left.length === 0) delete row.agents[agent];
      else row.agents[agent] = left;
    }
  }
  return row;
}

function appended(values: Times | number[], value: number): Times {
  const out = new Float64Array(values.length + 1);
  out.set(values);
  out[values.length] = value;
  return out;
}

// Rows written before the typed arrays (v2 as first merged) hold plain arrays: both read the same.
function removedOne(stored: Times | number[], value: number): Times {
  const values = stored instanceof Float64Array ? stored : Float64Array.from(stored);
  const at = values.lastIndexOf(value);
  if (at < 0) return values;
  const out = new Float64Array(values.length - 1);
  out.set(values.subarray(0, at));
  out.set(values.subarray(at + 1), at);
  return out;
}

export const isEmptyRow = (row: DayRow) => row.received === 0;

/** Rows for a set of items from scratch: the reference the incremental rows must equal. */
export function rowsFromItems(items: Iterable<StoredItem>, business: BusinessHours): Map<string, DayRow> {
  const rows = new Map<string, DayRow>();
  for (const item of items) {
    const c = contributionOf(item, business);
    if (!c) continue;
    for (const at of rowsOf(c)) {
      let row = rows.get(at.key);
      if (!row) rows.set(at.key, (row = emptyRow(at)));
      applyContribution(row, c, 1);
    }
  }
  return rows;
}

export interface ReportFilter {
  /** Local dates, both included. */
  from: string;
  to: string;
  /** Empty or missing: every site. */
  sites?: readonly SiteId[];
}

/** Without a site filter the all-sites rows answer; with one, those sites' rows. */
export function matchesFilter(row: DayRow, filter: ReportFilter): boolean {
  if (row.day < filter.from || row.day > filter.to) return false;
  return filter.sites?.length ? row.site !== ALL_SITES && filter.sites.includes(row.site) : row.site === ALL_SITES;
}

export interface Report {
  received: number;
  answered: number;
  /** Share of received items whose clock starts at first seen (0–1), null with none. */
  estimatedShare: number | null;
  responseRate: number | null;
  byStatus: Partial<Record<ItemStatus, number>>;
  calendar: ResponseSummary;
  business: ResponseSummary;
  sentiment: Partial<Record<Sentiment, number>>;
  intents: Partial<Record<Intent, number>>;
  bySite: Array<{ site: SiteId; received: number; answered: number; responseRate: number | null; medianMs: number | null }>;
  byAgent: Array<{ initials: string; answered: number; medianMs: number | null }>;
}

export function summarize(allRows: readonly DayRow[], filter: ReportFilter, targets: Targets): Report {
  const rows = allRows.filter((r) => matchesFilter(r, filter));
  const total = { received: 0, answered: 0, estimated: 0, ignoredUnanswered: 0 };
  const byStatus: Report['byStatus'] = {};
  const sentiment: Report['sentiment'] = {};
  const intents: Report['intents'] = {};
  const sites = new Map<SiteId, { received: number; answered: number; ignoredUnanswered: number; times: Times[] }>();
  const addSite = (id: SiteId, c: Omit<SiteCounts, 'responseMs'>, times: Times) => {
    let site = sites.get(id);
    if (!site) sites.set(id, (site = { received: 0, answered: 0, ignoredUnanswered: 0, times: [] }));
    site.received += c.received;
    site.answered += c.answered;
    site.ignoredUnanswered += c.ignoredUnanswered;
    site.times.push(times);
  };
  const agentRows = new Map<string, Times[]>();
  for (const row of rows) {
    total.received += row.received;
    total.answered += row.answered;
    total.estimated += row.estimated;
    total.ignoredUnanswered += row.ignoredUnanswered;
    addCounts(byStatus, row.byStatus);
    addCounts(sentiment, row.sentiment);
    addCounts(intents, row.intents);
    if (row.site !== ALL_SITES) addSite(row.site, row, row.responseMs);
    for (const [id, c] of Object.entries(row.bySite ?? {}) as Array<[SiteId, SiteCounts]>) addSite(id, c, c.responseMs);
    for (const [initials, times] of Object.entries(row.agents)) {
      let list = agentRows.get(initials);
      if (!list) agentRows.set(initials, (list = []));
      list.push(times);
    }
  }
  return {
    received: total.received,
    answered: total.answered,
    estimatedShare: total.received ? total.estimated / total.received : null,
    responseRate: responseRate(total),
    byStatus,
    calendar: summarizeResponses(concat(rows.map((r) => r.responseMs)), targets),
    business: summarizeResponses(concat(rows.map((r) => r.businessMs)), targets),
    sentiment,
    intents,
    bySite: [...sites]
      .map(([site, s]) => ({ site, received: s.received, answered: s.answered, responseRate: responseRate(s), medianMs: median(concat(s.times)) }))
      .sort((a, b) => b.received - a.received),
    byAgent: [...agentRows]
      .map(([initials, lists]) => {
        const times = concat(lists);
        return { initials, answered: times.length, medianMs: median(times) };
      })
      .sort((a, b) => b.answered - a.answered),
  };
}

export interface DayPoint {
  day: string;
  received: number;
  answered: number;
  medianMs: number | null;
  sentiment: Partial<Record<Sentiment, number>>;
  intents: Partial<Record<Intent, number>>;
}

/** One point per day of the filter's range, days without items included (as zeros). */
export function dailySeries(allRows: readonly DayRow[], filter: ReportFilter, days: readonly string[]): DayPoint[] {
  const byDay = new Map<string, { point: DayPoint; times: Times[] }>(days.map((day) => [day, { point: { day, received: 0, answered: 0, medianMs: null, sentiment: {}, intents: {} }, times: [] }]));
  for (const row of allRows) {
    const entry = byDay.get(row.day);
    if (!entry || !matchesFilter(row, filter)) continue;
    entry.point.received += row.received;
    entry.point.answered += row.answered;
    addCounts(entry.point.sentiment, row.sentiment);
    addCounts(entry.point.intents, row.intents);
    entry.times.push(row.responseMs);
  }
  return [...byDay.values()].map(({ point, times }) => ({ ...point, medianMs: median(concat(times)) }));
}

/** Many rows' numbers in one typed array: native copies instead of a push per value. */
function concat(lists: readonly Times[]): Float64Array {
  let length = 0;
  for (const list of lists) length += list.length;
  const out = new Float64Array(length);
  let at = 0;
  for (const list of lists) {
    out.set(list, at);
    at += list.length;
  }
  return out;
}

function addCounts<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>): void {
  for (const [key, n] of Object.entries(from) as Array<[K, number]>) into[key] = (into[key] ?? 0) + n;
}
