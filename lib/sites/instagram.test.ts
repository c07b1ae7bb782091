import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeSharedPages, expectFixture } from '@/tests/accuracy';
import { loadBuilt } from '@/tests/built';
import { testMangledPages } from '@/tests/mangle';
import { loadPage, loadPageAt, parsePage } from '@/tests/page';
import { hasShared, sharedPages } from '@/tests/shared';
import { adapterFor, safeReadPage, safeScan } from './registry';
import { instagram } from './instagram';

const url = (path: string) => new URL(`https://www.instagram.com${path}`);

describe('instagram adapter on a built post page with comments', () => {
  const DIR = 'tests/fixtures/instagram/post-comments-built-2026';
  const built = loadBuilt(instagram, DIR);

  test('finds the post, every comment and reply in page order, and not the fading deleted one', () => {
    expect(built.result.reason).toBeUndefined();
    expect(built.result.items.map((i) => i.id)).toEqual(built.items.map((e) => e.id));
  });

  test('every item reads as expected.json says', () => {
    expectFixture(instagram, DIR);
  });

  test('comment permalinks are Instagram\'s own /c/ and /r/ links', () => {
    const reply = built.result.items.find((i) => i.kind === 'reply')!;
    expect(reply.permalink).toBe('https://www.instagram.com/p/DJ3kq9yS1aB/c/18040000000000001/r/18040000000000002/');
    expect(reply.threadId).toBe('DJ3kq9yS1aB');
  });

  test('the reply box of a comment is the post\'s comment textarea', async () => {
    const node = instagram.findItemNode(built.doc, { id: '18040000000000004' })!;
    expect(node.textContent).toContain('li.wei');
    expect(node.textContent).not.toContain('marta_k');
    const box = await instagram.openReplyBox(node, built.doc);
    expect(box?.tagName).toBe('TEXTAREA');
  });
});

describe('instagram adapter on a built DM thread', () => {
  const DIR = 'tests/fixtures/instagram/dm-thread-built-2026';

  test('reads every message: theirs by avatar link or as the one other person, ours by alignment', () => {
    expectFixture(instagram, DIR);
  });

  test('finds a message by its hashed id, and the composer is its reply box', async () => {
    // Served at its address, as the content script sees it: the thread id comes from the URL.
    const doc = loadPageAt(`${DIR}/page.html`, 'https://www.instagram.com/direct/t/340282366841710300949128190000000001/');
    const last = safeScan(instagram, doc, new URL(doc.URL)).items.at(-1)!;
    const row = instagram.findItemNode(doc, last)!;
    expect(row.textContent).toContain('Thanks');
    expect((await instagram.openReplyBox(row, doc))?.getAttribute('data-lexical-editor')).toBe('true');
  });

  test('without the site\'s styles an unmarked row is skipped, never called ours or theirs', () => {
    const html = readFileSync(`${DIR}/page.html`, 'utf8').replaceAll(' style="display: flex; justify-content: flex-end;"', '');
    const items = safeScan(instagram, parsePage(html), url('/direct/t/340282366841710300949128190000000001/')).items;
    expect(items.map((i) => [i.text, i.own])).toEqual([
      ['Also can I change the size?', false],
      ['Thanks 🙏', false],
    ]);
  });

  test('the same words sent twice are two messages', () => {
    const row = '<div role="row"><a href="/ana/"><img alt="ana"></a><div dir="auto">ok</div></div>';
    const doc = parsePage(`<div role="grid">${row}${row}</div>`);
    const ids = safeScan(instagram, doc, url('/direct/t/1/')).items.map((i) => i.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('instagram adapter on odd pages', () => {
  test('a post whose comments are turned off (no comment box) says so', () => {
    expect(safeScan(instagram, parsePage('<main></main>'), url('/p/abc/')).reason).toBe('comments are turned off for this post');
  });

  test('a post with a comment box and no comments says so', () => {
    expect(safeScan(instagram, parsePage('<main><textarea></textarea></main>'), url('/p/abc/')).reason).toBe('no comments on this post yet');
  });

  test('a profile grid has no comment section', () => {
    expect(safeScan(instagram, parsePage('<main><a href="/p/abc/">x</a></main>'), url('/acme/')).reason).toBe('no comment section on this page');
  });

  test('a comment time with no author beside it is not an item', () => {
    const doc = parsePage('<main><div><a href="/p/abc/c/123/"><time datetime="2026-01-01T00:00:00Z">1d</time></a><span dir="auto">who?</span></div></main>');
    const result = safeScan(instagram, doc, url('/p/abc/'));
    expect(result.items).toEqual([]);
    expect(result.reason).toMatch(/markup not recognised/);
  });

  test('10,000 generated comments: every one read, each with its own author', () => {
    const rows = Array.from({ length: 10_000 }, (_, n) =>
      `<div><div><div><a href="/user${n}/"><span dir="auto">user${n}</span></a></div><a href="/p/abc/c/${1000 + n}/"><time datetime="2026-01-01T00:00:00Z">1d</time></a></div><span dir="auto">comment ${n}</span></div>`,
    ).join('');
    const result = safeScan(instagram, parsePage(`<main><div>${rows}</div></main>`), url('/p/abc/'));
    expect(result.items).toHaveLength(10_000);
    expect(result.items.every((i, n) => i.author === `user${n}` && i.text === `comment ${n}` && i.id === String(1000 + n))).toBe(true);
  }, 60_000); // a hang guard for a loaded machine, not a speed goal (bench/ measures speed)

  test('matches www.instagram.com only', () => {
    expect(adapterFor(url('/p/abc/'))?.id).toBe('instagram');
    expect(adapterFor(new URL('https://instagram.example.com/'))).toBeNull();
  });
});

describe('instagram adapter on damaged pages', () => {
  testMangledPages(instagram, [
    'tests/fixtures/instagram/dm-thread-built-2026',
    'tests/fixtures/instagram/post-comments-built-2026',
  ]);
});

describeSharedPages(instagram, 'instagram');

describe.runIf(hasShared)('instagram adapter: the home feed', () => {
  const [page] = sharedPages('instagram').filter((p) => p.name === 'instagram-home-feed-2025');
  test('shows posts with their times and zero comments, and knows who is logged in', () => {
    const doc = loadPage(page!.htmlPath);
    const result = safeScan(instagram, doc, new URL(page!.truth.url));
    expect(result.items.filter((i) => i.kind !== 'post')).toEqual([]);
    expect(result.items.map((i) => i.postedAtMs)).toEqual(page!.truth.items.map((t) => Date.parse(t.time!)));
    expect(safeReadPage(instagram, doc, new URL(page!.truth.url)).ownHandle).toBe('vprtwn');
  });
});
