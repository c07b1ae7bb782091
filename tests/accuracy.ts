import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { safeScan } from '../lib/sites/registry';
import type { RawItem, SiteAdapter } from '../lib/sites/types';
import { loadPage } from './page';
import { hasShared, sharedPages, squash, type TruthItem } from './shared';

// Per-page extraction accuracy against a truth file (../shared/fixtures/README.md): an item is
// correct when the adapter found it with the right id, author, kind and text. Truth items with no
// author (removed by a moderator) must come out as Reddit shows them, "[deleted]".

export interface Accuracy {
  correct: number;
  total: number;
  /** Items the adapter found that no truth item accounts for. */
  extra: RawItem[];
  /** One line per truth item that was missed or read wrong. */
  wrong: string[];
}

export const DELETED_AUTHOR = '[deleted]';

export function scoreItems(items: readonly RawItem[], truth: readonly TruthItem[]): Accuracy {
  const used = new Set<RawItem>();
  const wrong: string[] = [];
  let correct = 0;
  for (const t of truth) {
    // Truth files write null for an author the page does not show.
    const author = (t.author as string | null) ?? DELETED_AUTHOR;
    const found = items.find((i) => !used.has(i) && (t.id ? i.id === t.id : i.author === author && squash(i.text).startsWith(squash(t.textStart))));
    if (!found) {
      wrong.push(`missed ${t.id ?? ''} ${author}: ${t.textStart}`);
      continue;
    }
    used.add(found);
    const problems = [
      found.author !== author && `author ${JSON.stringify(found.author)}`,
      found.kind !== t.kind && `kind ${found.kind}`,
      !squash(found.text).startsWith(squash(t.textStart)) && `text ${JSON.stringify(found.text.slice(0, 40))}`,
      t.id !== null && found.id !== t.id && `id ${found.id}`,
    ].filter(Boolean);
    if (problems.length === 0) correct++;
    else wrong.push(`${t.id ?? author}: ${problems.join(', ')} (want ${JSON.stringify(author)} ${t.kind} ${JSON.stringify(t.textStart)})`);
  }
  return { correct, total: truth.length, extra: items.filter((i) => !used.has(i)), wrong };
}

/**
 * The suite every adapter runs over its site's real saved pages in ../shared (skipped without
 * it): ≥ 95% of the truth items read right on each page, no invented items.
 */
export function describeSharedPages(adapter: SiteAdapter, siteDir: string): void {
  describe.runIf(hasShared)(`${adapter.id} adapter on the real saved pages in ../shared/fixtures/${siteDir}`, () => {
    test.each(sharedPages(siteDir).map((p) => [p.name, p] as const))('%s', (_name, page) => {
      const result = safeScan(adapter, loadPage(page.htmlPath), new URL(page.truth.url));
      const score = scoreItems(result.items, page.truth.items);
      expect(score.wrong).toEqual([]);
      expect(score.extra).toEqual([]);
      expect(score.correct / score.total).toBeGreaterThanOrEqual(0.95);
    }, 30_000); // parsing a 4 MB saved page on 2 shared cores: a hang guard, not a speed goal
  });
}

export interface ExpectedItem {
  kind: string;
  author: string;
  handle?: string;
  own: boolean;
  textStart: string;
  /** ISO time (compared with postedAtMs) or the relative text the page shows (timeText). */
  time?: string;
  threadId?: string;
  parentId?: string;
  /** The platform id, or null where the adapter must hash one. parentId "#n": item n's id. */
  id: string | null;
}

export interface Expected {
  url: string;
  items: ExpectedItem[];
}

export function readExpected(dir: string): Expected {
  return JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Expected;
}

/** Our own fixture, item by item in page order: the page's items and nothing else. */
export function expectFixture(adapter: SiteAdapter, dir: string): RawItem[] {
  const expected = readExpected(dir);
  const result = safeScan(adapter, loadPage(`${dir}/page.html`), new URL(expected.url));
  expect(result.reason).toBeUndefined();
  const summary = (author: string, text: string, n: number) => `${author}: ${text.slice(0, expected.items[n]?.textStart.length ?? 30)}`;
  expect(result.items.map((i, n) => summary(i.author, i.text, n))).toEqual(expected.items.map((e, n) => summary(e.author, e.textStart, n)));
  result.items.forEach((item, n) => {
    const e = expected.items[n]!;
    const parentId = e.parentId?.startsWith('#') ? result.items[Number(e.parentId.slice(1))]?.id : e.parentId;
    expect({ kind: item.kind, own: item.own, handle: item.handle, threadId: item.threadId, parentId: item.parentId }, `item ${n}`).toEqual({
      kind: e.kind,
      own: e.own,
      handle: e.handle,
      threadId: e.threadId,
      parentId,
    });
    expect(squash(item.text).startsWith(squash(e.textStart)), `item ${n} text`).toBe(true);
    if (e.id) expect(item.id).toBe(e.id);
    else expect(item.id).toMatch(/^h[0-9a-z]+$/);
    if (e.time && /^\d{4}-\d\d-\d\dT/.test(e.time)) expect(item.postedAtMs, `item ${n} time`).toBe(Date.parse(e.time));
    else if (e.time) expect(item.timeText, `item ${n} time`).toBe(e.time);
  });
  expect(new Set(result.items.map((i) => i.id)).size).toBe(result.items.length);
  return result.items;
}
