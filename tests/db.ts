import type { Analysis } from '../lib/analysis/types';
import type { RawItem } from '../lib/sites/types';
import type { DayRow } from '../lib/stats/aggregate';
import { createDb, type ReplyDeskDb } from '../lib/db/schema';

// Shared by the lib/db tests and the bench: fresh databases and plausible items.

let counter = 0;
export function freshDb(upTo?: number): ReplyDeskDb {
  return createDb(`test-${Date.now()}-${counter++}`, upTo);
}

export function rawItem(id: string, overrides: Partial<RawItem> = {}): RawItem {
  return { site: 'x', id, kind: 'reply', author: `Author ${id}`, text: `text of ${id}`, own: false, ...overrides };
}

export function analysisOf(label: Analysis['sentiment']['label'], intent?: Analysis['intents'][number]['intent']): Analysis {
  return {
    language: 'en',
    script: 'Latn',
    direction: 'ltr',
    sentiment: { label, score: 0, because: [] },
    anger: { score: 0, because: [] },
    register: { emoji: 0, exclamations: 0, shouting: false, slang: false, formality: 'neutral', warm: false, because: [] },
    intents: intent ? [{ intent, score: 1, because: [] }] : [],
    privateFollowUp: { needed: false, reasons: [] },
    priority: { score: 0, because: [] },
  };
}

/** Rows in a comparable form: response times sorted, keys ordered. */
export function normalizeRows(rows: Iterable<DayRow>): DayRow[] {
  const sortNums = (xs: number[]) => [...xs].sort((a, b) => a - b);
  return [...rows]
    .map((r) => ({
      ...r,
      responseMs: sortNums(r.responseMs),
      businessMs: sortNums(r.businessMs),
      agents: Object.fromEntries(Object.entries(r.agents).map(([k, v]) => [k, sortNums(v)]).sort()),
      ...(r.bySite ? { bySite: Object.fromEntries(Object.entries(r.bySite).map(([k, v]) => [k, { ...v, responseMs: sortNums(v.responseMs) }]).sort()) } : {}),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
