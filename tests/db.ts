import type { Analysis } from '../lib/analysis/types';
import type { RawItem } from '../lib/sites/types';
import type { DayRow } from '../lib/stats/aggregate';
import { readReportSettings } from '../lib/db/queries';
import { createDb, type ReplyDeskDb } from '../lib/db/schema';
import { rowsFromItems } from '../lib/stats/aggregate';
import { analysisOf as sketchAnalysis } from './analysis';

// Shared by the lib/db tests and the bench: fresh databases and plausible items.

let counter = 0;
export function freshDb(upTo?: number): ReplyDeskDb {
  return createDb(`test-${Date.now()}-${counter++}`, upTo);
}

export function rawItem(id: string, overrides: Partial<RawItem> = {}): RawItem {
  return { site: 'x', id, kind: 'reply', author: `Author ${id}`, text: `text of ${id}`, own: false, ...overrides };
}

export function analysisOf(label: Analysis['sentiment']['label'], intent?: Analysis['intents'][number]['intent']): Analysis {
  return sketchAnalysis({ sentiment: label, intents: intent ? [[intent, 1, []]] : [] });
}

/** Rows in a comparable form: response times as sorted plain arrays, keys ordered. */
export function normalizeRows(rows: Iterable<DayRow>): unknown[] {
  const sorted = (xs: ArrayLike<number>) => Array.from(xs).sort((a, b) => a - b);
  return [...rows]
    .map((r) => ({
      ...r,
      responseMs: sorted(r.responseMs),
      businessMs: sorted(r.businessMs),
      agents: Object.fromEntries(Object.entries(r.agents).map(([k, v]) => [k, sorted(v)]).sort()),
      ...(r.bySite ? { bySite: Object.fromEntries(Object.entries(r.bySite).map(([k, v]) => [k, { ...v, responseMs: sorted(v.responseMs) }]).sort()) } : {}),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The stored report rows and a rebuild from the items, both normalised: equal when the rows kept up. */
export async function rowsAndRebuild(db: ReplyDeskDb): Promise<{ rows: unknown[]; rebuilt: unknown[] }> {
  const { business } = await readReportSettings(db);
  return { rows: normalizeRows(await db.daily.toArray()), rebuilt: normalizeRows(rowsFromItems(await db.items.toArray(), business).values()) };
}
