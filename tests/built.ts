import { safeScan } from '@/lib/sites/registry';
import type { ScanResult, SiteAdapter } from '@/lib/sites/types';
import { readExpected, type ExpectedItem } from './accuracy';
import { loadPage } from './page';

// Our own fixtures (tests/fixtures/<site>/<case>/{page.html, expected.json}) as a document and its
// scan, for tests beyond expectFixture's item-by-item check (reply boxes, permalinks, nodes).
export interface BuiltFixture {
  url: string;
  items: ExpectedItem[];
  doc: Document;
  result: ScanResult;
}

export function loadBuilt(adapter: SiteAdapter, dir: string): BuiltFixture {
  const expected = readExpected(dir);
  const doc = loadPage(`${dir}/page.html`);
  return { url: expected.url, items: expected.items, doc, result: safeScan(adapter, doc, new URL(expected.url)) };
}
