import { describe, expect, test } from 'vitest';
import { describeSharedPages, expectFixture, readExpected } from '@/tests/accuracy';
import { hasShared, sharedPages } from '@/tests/shared';
import { loadPage, parsePage } from '@/tests/page';
import { editorKind } from './editors';
import { adapterFor, safeScan } from './registry';
import { youtube } from './youtube';
import { testMangledPages } from '@/tests/mangle';

const BUILT = 'tests/fixtures/youtube';

describeSharedPages(youtube, 'youtube');

describe.runIf(hasShared)('youtube adapter, details on the real pages', { timeout: 30_000 }, () => {
  test.each(sharedPages('youtube').map((p) => [p.name, p] as const))('%s: replies point at their comment, times as shown', (_n, page) => {
    const { items } = safeScan(youtube, loadPage(page.htmlPath), new URL(page.truth.url));
    page.truth.items.forEach((truth, i) => {
      const t = truth as typeof truth & { parentId?: string };
      expect(items[i]!.parentId).toBe(t.parentId);
      expect(items[i]!.timeText).toBe(t.time);
      expect(items[i]!.permalink).toBe(new URL(t.permalink!, 'https://www.youtube.com').href);
    });
  });

  test('the 2018 page is logged in as "ur spam": read from the comment box, no comment of theirs', () => {
    const page = sharedPages('youtube').find((p) => p.name.endsWith('2018'))!;
    expect(youtube.readPage(loadPage(page.htmlPath), new URL(page.truth.url)).ownHandle).toBe('ur spam');
  });

  test('the French 2022 page is logged out: its default avatar names nobody', () => {
    const page = sharedPages('youtube').find((p) => p.name === 'youtube-watch-comments-2022')!;
    expect(youtube.readPage(loadPage(page.htmlPath), new URL(page.truth.url)).ownHandle).toBeUndefined();
  });
});

describe('youtube adapter on built pages', () => {
  test('2024+ view-model markup: comments, replies, own replies, emoji-only, hostile text', () => {
    const items = expectFixture(youtube, `${BUILT}/watch-view-model-built-2026`);
    expect(items.find((i) => i.author === '@mallory')!.text).toBe('<img src=x onerror="window.__pwned=1"> first!');
  });

  test('Studio rows without lc= links get stable hash ids', () => {
    expectFixture(youtube, `${BUILT}/studio-comments-built-2026`);
  });

  test('comments turned off (French UI) says so', () => {
    const dir = `${BUILT}/watch-comments-off-built-2026`;
    const result = safeScan(youtube, loadPage(`${dir}/page.html`), new URL(readExpected(dir).url));
    expect(result).toEqual({ items: [], reason: 'comments are turned off' });
  });

  test('opens the reply box under the comment and finds its plain contenteditable', async () => {
    const doc = loadPage(`${BUILT}/watch-view-model-built-2026/page.html`);
    const node = youtube.findItemNode(doc, { id: 'UgxDev00000000000000AaABAg' })!;
    expect(node.textContent).toContain('Canada');
    node.querySelector('#reply-button-end button')!.addEventListener('click', () => {
      node.querySelector('#reply-dialog')!.innerHTML =
        '<ytd-comment-reply-dialog-renderer><ytd-commentbox id="commentbox"><div id="contenteditable-textarea"><div id="contenteditable-root" contenteditable="true" aria-label="Add a reply…"></div></div></ytd-commentbox></ytd-comment-reply-dialog-renderer>';
    });
    const box = await youtube.openReplyBox(node, doc);
    expect(box?.id).toBe('contenteditable-root');
    expect(editorKind(box!)).toBe('contenteditable');
    expect(youtube.findItemNode(doc, { id: 'UgwNotOnThisPage000000AaABAg' })).toBeNull();
  });
});

describe('youtube adapter on odd pages', () => {
  const url = new URL('https://www.youtube.com/watch?v=dQw4w9WgXcQ');

  test.each([
    ['a channel page', 'https://www.youtube.com/@acme', '<ytd-app></ytd-app>', /no comment section/],
    ['a watch page before comments load', url.href, '<ytd-watch-flexy video-id="dQw4w9WgXcQ"></ytd-watch-flexy>', /loads comments when you scroll/],
    ['an empty comment section', url.href, '<ytd-watch-flexy video-id="dQw4w9WgXcQ"><ytd-comments><div id="contents"></div></ytd-comments></ytd-watch-flexy>', /no comments on this page yet/],
    ['a page from an unknown future', url.href, '<yt-next-gen-app><div>comments…</div></yt-next-gen-app>', /markup not recognised/],
    ['comment shells not rendered yet', url.href, '<ytd-comment-view-model><div id="body"></div></ytd-comment-view-model>', /could not be read/],
  ])('%s says why it has no items', (_name, at, html, reason) => {
    const result = safeScan(youtube, parsePage(html), new URL(at));
    expect(result.items).toEqual([]);
    expect(result.reason).toMatch(reason);
  });

  test('a comment whose author link is missing is skipped, never attributed to someone else', () => {
    const doc = parsePage(
      '<ytd-comment-renderer><a href="/watch?v=dQw4w9WgXcQ&lc=Ug1">1 day ago</a><div id="content-text">who?</div></ytd-comment-renderer>' +
        '<ytd-comment-renderer><a id="author-text" href="/@b"><span>@b</span></a><a href="/watch?v=dQw4w9WgXcQ&lc=Ug2">1 day ago</a><div id="content-text">me</div></ytd-comment-renderer>',
    );
    expect(safeScan(youtube, doc, url).items.map((i) => [i.id, i.author])).toEqual([['Ug2', '@b']]);
  });

  test('a watch-page comment without its lc= link yet is a shell (maybe of another video): skipped', () => {
    const doc = parsePage('<ytd-comment-view-model><a id="author-text" href="/@a"><span>@a</span></a><div id="content-text">old video’s comment</div></ytd-comment-view-model>');
    expect(safeScan(youtube, doc, url).items).toEqual([]);
    const studio = safeScan(youtube, doc, new URL('https://studio.youtube.com/channel/UC1/comments/inbox'));
    expect(studio.items.map((i) => i.author)).toEqual(['@a']);
  });

  test('10,000 comments: every one read, each with its own author', () => {
    const html = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<ytd-comment-thread-renderer><ytd-comment-view-model id="comment"><a id="author-text" href="/@user${i}"><span>@user${i}</span></a><span id="published-time-text"><a href="/watch?v=dQw4w9WgXcQ&amp;lc=Ugz${i}">1 day ago</a></span><yt-attributed-string id="content-text">comment number ${i}</yt-attributed-string></ytd-comment-view-model></ytd-comment-thread-renderer>`,
    ).join('');
    const { items, reason } = safeScan(youtube, parsePage(`<ytd-comments>${html}</ytd-comments>`), url);
    expect(reason).toBeUndefined();
    expect(items).toHaveLength(10_000);
    expect(items.every((item, i) => item.author === `@user${i}` && item.text === `comment number ${i}` && item.id === `Ugz${i}`)).toBe(true);
  }, 60_000); // a guard against a hang on 2 shared cores, not a speed goal (see bench/sites.bench.ts)

  test('matches youtube.com, m.youtube.com and Studio only', () => {
    expect(adapterFor(new URL('https://studio.youtube.com/channel/UC1/comments'))?.id).toBe('youtube');
    expect(adapterFor(new URL('https://m.youtube.com/watch?v=dQw4w9WgXcQ'))?.id).toBe('youtube');
    expect(adapterFor(new URL('https://youtube.com.evil.example/watch'))).toBeNull();
  });
});

describe('youtube adapter on damaged pages', () => {
  testMangledPages(youtube, [
  'tests/fixtures/youtube/watch-view-model-built-2026',
  'tests/fixtures/youtube/studio-comments-built-2026',
  ]);
});
