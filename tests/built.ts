import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { loadPage } from './page';
import { squash } from './shared';
import { safeScan } from '@/lib/sites/registry';
import type { RawItem, ScanResult, SiteAdapter } from '@/lib/sites/types';

// Our own fixtures (tests/fixtures/<site>/<case>/{page.html, expected.json}): pages built from real
// markup where no shareable real page exists. expected.json lists every item, in page order.

export interface ExpectedItem {
  /** Absent where the page shows no id and the adapter hashes one. */
  id?: string;
  kind: string;
  author: string;
  own: boolean;
  textStart: string;
  handle?: string;
  timeText?: string;
  /** ISO time for items the page dates absolutely. */
  time?: string;
  parentId?: string;
}

export interface BuiltFixture {
  dir: string;
  url: string;
  items: ExpectedItem[];
  doc: Document;
  result: ScanResult;
}

export function loadBuilt(adapter: SiteAdapter, dir: string): BuiltFixture {
  const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as { url: string; items: ExpectedItem[] };
  const doc = loadPage(`${dir}/page.html`);
  return { dir, url: expected.url, items: expected.items, doc, result: safeScan(adapter, doc, new URL(expected.url)) };
}

/** Every expected field of one item; absent optional fields must be absent on the item too. */
export function expectItem(item: RawItem | undefined, e: ExpectedItem): void {
  expect(item, e.id ?? e.textStart).toBeDefined();
  expect(item).toMatchObject({ kind: e.kind, author: e.author, own: e.own });
  if (e.id !== undefined) expect(item!.id).toBe(e.id);
  expect(squash(item!.text).startsWith(squash(e.textStart)), `${e.id}: "${item!.text}" starts with "${e.textStart}"`).toBe(true);
  if (e.textStart === '') expect(item!.text).toBe('');
  expect(item!.parentId).toBe(e.parentId);
  if (e.handle !== undefined) expect(item!.handle).toBe(e.handle);
  if (e.timeText !== undefined) expect(item!.timeText).toBe(e.timeText);
  if (e.time !== undefined) expect(item!.postedAtMs).toBe(Date.parse(e.time));
}
