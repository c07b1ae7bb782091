import { describe, expect, test } from 'vitest';
import { describeSharedPages, expectFixture, readExpected } from '@/tests/accuracy';
import { hasShared, sharedPages } from '@/tests/shared';
import { loadPage, loadPageAt, parsePage } from '@/tests/page';
import { editorKind, strategiesFor, pasteEvent } from './editors';
import { adapterFor, safeScan } from './registry';
import { tiktok } from './tiktok';
import { testMangledPages } from '@/tests/mangle';

const BUILT = 'tests/fixtures/tiktok/video-comments-built-2026';

describeSharedPages(tiktok, 'tiktok');

describe.runIf(hasShared)('tiktok adapter, details on the real 2022 page', () => {
  test('display names, /@ handles, times as shown, the video as thread and permalink', () => {
    const [page] = sharedPages('tiktok');
    const { items } = safeScan(tiktok, loadPage(page!.htmlPath), new URL(page!.truth.url));
    page!.truth.items.forEach((truth, i) => {
      const t = truth as typeof truth & { authorUrl: string };
      expect(items[i]).toMatchObject({ handle: t.authorUrl.slice(2), timeText: t.time, permalink: t.permalink, threadId: '7135383664971582725' });
    });
  });
});

describe('tiktok adapter on a built 2024 comment panel', () => {
  test('replies with parents, the creator’s own reply, emoji-only, image-only, hostile text', () => {
    expectFixture(tiktok, BUILT);
  });

  test('the same comment gets the same id on every read; a changed text is a new comment', () => {
    const url = new URL(readExpected(BUILT).url);
    const first = safeScan(tiktok, loadPage(`${BUILT}/page.html`), url).items;
    const again = safeScan(tiktok, loadPage(`${BUILT}/page.html`), url).items;
    expect(again.map((i) => i.id)).toEqual(first.map((i) => i.id));
    const doc = loadPage(`${BUILT}/page.html`);
    doc.querySelector('[data-e2e="comment-level-1"] p')!.textContent = 'edited';
    expect(safeScan(tiktok, doc, url).items[0]!.id).not.toBe(first[0]!.id);
  });

  test('Reply targets the Draft.js comment box; only the paste strategy is tried on it', async () => {
    const doc = loadPageAt(`${BUILT}/page.html`, readExpected(BUILT).url);
    const [, reply] = safeScan(tiktok, doc, new URL(doc.URL)).items;
    const node = tiktok.findItemNode(doc, reply!)!;
    expect(node.textContent).toContain('Envío gratis');
    let clicked = false;
    node.parentElement!.parentElement!.querySelector('[data-e2e="comment-reply-2"]')!.addEventListener('click', () => (clicked = true));
    const box = await tiktok.openReplyBox(node, doc);
    expect(clicked).toBe(true);
    expect(box?.classList.contains('public-DraftEditor-content')).toBe(true);
    expect(editorKind(box!)).toBe('draft');
    expect(strategiesFor(box!)).toEqual([pasteEvent]);
  });
});

describe('tiktok adapter on odd pages', () => {
  const url = new URL('https://www.tiktok.com/@acme.shop/video/7440000000000000001');

  test.each([
    ['the For You feed', 'https://www.tiktok.com/foryou', '<div id="app"></div>', /no comment section on this page$/],
    ['a video with the comments closed by its author', url.href, '<div class="css-1-DivCommentDisabled">Comments are turned off</div>', /comments are turned off/],
    ['a video before its comments open', url.href, '<div id="app"><video></video></div>', /open the comments/],
    ['a video with no comments yet', url.href, '<div data-e2e="comment-input"></div>', /no comments on this video yet/],
    ['comment text without any name', url.href, '<div><p data-e2e="comment-level-1">who?</p></div><div><p data-e2e="comment-level-1">me?</p></div>', /could not be read/],
  ])('%s says why it has no items', (_name, at, html, reason) => {
    const result = safeScan(tiktok, parsePage(html), new URL(at));
    expect(result.items).toEqual([]);
    expect(result.reason).toMatch(reason);
  });

  test('10,000 comments: every one read, each with its own author', () => {
    const html = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<div class="DivCommentItemContainer"><div><a href="/@user${i}"><span data-e2e="comment-username-1">User ${i}</span></a><p data-e2e="comment-level-1"><span>comment ${i}</span></p><p><span data-e2e="comment-time-1">1d ago</span></p></div></div>`,
    ).join('');
    const { items, reason } = safeScan(tiktok, parsePage(`<div>${html}</div>`), url);
    expect(reason).toBeUndefined();
    expect(items).toHaveLength(10_000);
    expect(items.every((item, i) => item.author === `User ${i}` && item.handle === `user${i}` && item.text === `comment ${i}`)).toBe(true);
    expect(new Set(items.map((i) => i.id)).size).toBe(10_000);
  }, 60_000); // a guard against a hang on 2 shared cores, not a speed goal (bench/sites.bench.ts)

  test('matches www.tiktok.com only', () => {
    expect(adapterFor(url)?.id).toBe('tiktok');
    expect(adapterFor(new URL('https://tiktok.com.evil.example/@a/video/1'))).toBeNull();
  });
});

describe('tiktok adapter on damaged pages', () => {
  testMangledPages(tiktok, [
  'tests/fixtures/tiktok/video-comments-built-2026',
  ]);
});
