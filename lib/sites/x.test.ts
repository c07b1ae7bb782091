import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hasShared, matchesTruth, sharedPages, squash } from '@/tests/shared';
import { loadPage, parsePage } from '@/tests/page';
import { adapterFor, safeScan } from './registry';
import { x } from './x';

const BUILT = 'tests/fixtures/x/status-thread-built-2026';
interface Expected { id: string; kind: string; author: string; handle: string; own: boolean; textStart: string; time: string; parentId?: string }
const expected = JSON.parse(readFileSync(`${BUILT}/expected.json`, 'utf8')) as { url: string; items: Expected[] };

describe('x adapter on a built /status/ thread', () => {
  const doc = loadPage(`${BUILT}/page.html`);
  const result = safeScan(x, doc, new URL(expected.url));

  test('finds every reply and the focal post, in page order, and nothing else', () => {
    expect(result.reason).toBeUndefined();
    expect(result.items.map((i) => i.id)).toEqual(expected.items.map((i) => i.id));
  });

  test.each(expected.items.map((e) => [e.id, e] as const))('%s reads as expected', (_id, e) => {
    const item = result.items.find((i) => i.id === e.id)!;
    expect(item).toMatchObject({ kind: e.kind, author: e.author, handle: e.handle, own: e.own, postedAtMs: Date.parse(e.time) });
    expect(item.parentId).toBe(e.parentId);
    expect(squash(item.text).startsWith(squash(e.textStart))).toBe(true);
    expect(item.permalink).toBe(`https://x.com/${e.handle}/status/${e.id}`);
    expect(item.threadId).toBe('1990000000000000001');
  });

  test('keeps hostile text as text, with invisible characters dropped', () => {
    const hostile = result.items.find((i) => i.handle === 'mallory_x')!;
    expect(hostile.text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(hostile.text).toContain('zerowidth');
    expect(hostile.author).toBe('Mallory <b>');
  });

  test('the quoted tweet is part of its outer tweet, not an item or its author', () => {
    const quoting = result.items.find((i) => i.handle === 'samq')!;
    expect(quoting.text).toBe('Is this the same deal as last year?');
    expect(quoting.postedAtMs).toBe(Date.parse('2026-11-20T12:00:00.000Z'));
  });

  test('finds the node of an item to reply under', () => {
    expect(x.findItemNode(doc, { id: '1990000000000000004' })?.textContent).toContain('Canada');
    expect(x.findItemNode(doc, { id: '404' })).toBeNull();
  });
});

describe('x adapter on odd pages', () => {
  test('an unrelated page says why nothing was found', () => {
    const result = safeScan(x, parsePage('<html><body><p>hello</p></body></html>'), new URL('https://x.com/acme/status/1'));
    expect(result.items).toEqual([]);
    expect(result.reason).toMatch(/no replies/);
  });

  test('a half-rendered tweet (no time, no name yet) is skipped, not guessed', () => {
    const doc = parsePage('<article data-testid="tweet"><div data-testid="tweetText">loading</div></article>');
    const result = safeScan(x, doc, new URL('https://x.com/home'));
    expect(result.items).toEqual([]);
    expect(result.reason).toMatch(/could not be read/);
  });

  test('a tweet whose datetime is garbage keeps the item without a time', () => {
    const doc = parsePage(
      '<article data-testid="tweet"><div data-testid="User-Name"><a href="/ana"><span>Ana</span></a></div><a href="/ana/status/42"><time datetime="yesterday-ish">?</time></a><div data-testid="tweetText">hi</div></article>',
    );
    const [item] = safeScan(x, doc, new URL('https://x.com/home')).items;
    expect(item).toMatchObject({ id: '42', author: 'Ana', text: 'hi' });
    expect(item!.postedAtMs).toBeUndefined();
  });

  test('matches x.com and twitter.com only', () => {
    expect(adapterFor(new URL('https://x.com/a/status/1'))?.id).toBe('x');
    expect(adapterFor(new URL('https://twitter.com/home'))?.id).toBe('x');
    expect(adapterFor(new URL('https://notx.com/home'))).toBeNull();
  });
});

describe.runIf(hasShared)('x adapter on the real saved pages in ../shared', () => {
  test.each(sharedPages('x').map((p) => [p.name, p]))('%s', (_name, page) => {
    const result = safeScan(x, loadPage(page.htmlPath), new URL(page.truth.url));
    expect(result.items).toHaveLength(page.truth.count);
    page.truth.items.forEach((truth, i) => {
      const item = result.items[i]!;
      expect(matchesTruth(item, truth)).toBe(true);
      expect(item.author).toBe(truth.author);
      expect(item.kind).toBe(truth.kind);
      expect(squash(item.text).startsWith(squash(truth.textStart))).toBe(true);
      if (truth.handle) expect(item.handle).toBe(truth.handle);
      if (typeof truth.own === 'boolean') expect(item.own).toBe(truth.own);
      if (truth.time) expect(item.postedAtMs).toBe(Date.parse(truth.time));
    });
  });
});
