import { describe, expect, test } from 'vitest';
import { describeSharedPages, expectFixture, readExpected } from '@/tests/accuracy';
import { hasShared, sharedPages } from '@/tests/shared';
import { loadPage, parsePage } from '@/tests/page';
import { editorKind, insertWith } from './editors';
import { adapterFor, safeScan } from './registry';
import { reddit } from './reddit';
import { testMangledPages } from '@/tests/mangle';

const BUILT = 'tests/fixtures/reddit';

describeSharedPages(reddit, 'reddit-new');

describe.runIf(hasShared)('reddit adapter, details on the real 2019 redesign pages', () => {
  test.each(sharedPages('reddit-new').map((p) => [p.name, p] as const))('%s: parent is the nearest comment one level up', (_n, page) => {
    const { items } = safeScan(reddit, loadPage(page.htmlPath), new URL(page.truth.url));
    const depths = page.truth.items.map((t) => (t as typeof t & { depth: number }).depth);
    items.forEach((item, i) => {
      const parent = depths.slice(0, i).lastIndexOf(depths[i]! - 1);
      expect(item.parentId).toBe(depths[i] === 0 ? undefined : items[parent]?.id);
      expect(item.permalink).toBe(page.truth.items[i]!.permalink);
      expect(item.threadId).toMatch(/^t3_/);
    });
  });
});

describe('reddit adapter on built pages', () => {
  test('shreddit: attributes, nesting, own reply, deleted, emoji-only and image-only comments', () => {
    const items = expectFixture(reddit, `${BUILT}/shreddit-thread-built-2026`);
    expect(items.find((i) => i.author === 'mallory')!.text).toContain('<script>alert(1)</script>');
  });

  test('old.reddit.com: data attributes, .child nesting, own reply, deleted comment', () => {
    expectFixture(reddit, `${BUILT}/old-reddit-thread-built-2026`);
  });

  test('a locked post says so', () => {
    const dir = `${BUILT}/locked-thread-built-2026`;
    expect(safeScan(reddit, loadPage(`${dir}/page.html`), new URL(readExpected(dir).url))).toEqual({ items: [], reason: 'comments are locked on this post' });
  });

  test('shreddit: Reply opens the composer; the Lexical editor is found inside reddit-rte’s shadow root', async () => {
    const doc = loadPage(`${BUILT}/shreddit-thread-built-2026/page.html`);
    const node = reddit.findItemNode(doc, { id: 't1_m0maria2' })!;
    node.querySelector('faceplate-tracker[noun="reply_comment"] button')!.addEventListener('click', () => {
      const composer = doc.createElement('shreddit-composer');
      const rte = doc.createElement('reddit-rte');
      composer.append(rte);
      rte.attachShadow({ mode: 'open' }).innerHTML =
        '<div class="editor"><div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></div>';
      // Inserted before the nested reply, as a child of this comment.
      node.insertBefore(composer, node.querySelector('shreddit-comment'));
    });
    const box = await reddit.openReplyBox(node, doc);
    expect(box?.getAttribute('data-lexical-editor')).toBe('true');
    expect(box?.getRootNode()).toBeInstanceOf(ShadowRoot);
    expect(editorKind(box!)).toBe('lexical');
    // The nested reply's own composer is never taken for this comment's.
    expect(await reddit.openReplyBox(reddit.findItemNode(doc, { id: 't1_m0hearts' })!, doc)).toBeNull();
  });

  test('old.reddit.com: reply opens the textarea under the comment, and the text goes in', async () => {
    const doc = loadPage(`${BUILT}/old-reddit-thread-built-2026/page.html`);
    const node = reddit.findItemNode(doc, { id: 't1_o0gone' })!;
    node.querySelector('.reply-button a')!.addEventListener('click', () => {
      const form = doc.createElement('form');
      form.className = 'usertext cloneable';
      form.innerHTML = '<div class="usertext-edit"><div class="md"><textarea rows="1" cols="1" name="text"></textarea></div></div>';
      node.querySelector(':scope > .child')!.prepend(form);
    });
    const box = await reddit.openReplyBox(node, doc);
    expect(box).toBeInstanceOf(HTMLTextAreaElement);
    expect(editorKind(box!)).toBe('textarea');
    expect(await insertWith(box!, 'Thanks for waiting!')).toBe('inserted');
    expect((box as HTMLTextAreaElement).value).toBe('Thanks for waiting!');
    // The post's own comment box and the nested reply's are different boxes.
    expect(doc.querySelectorAll('textarea[name="text"]')).toHaveLength(2);
  });
});

describe('reddit adapter on odd pages', () => {
  const url = new URL('https://www.reddit.com/r/acme/comments/1h0acme/x/');

  test.each([
    ['a subreddit listing', 'https://www.reddit.com/r/acme/', '<shreddit-app></shreddit-app>', /no comment section/],
    ['a post with no comments yet', url.href, '<shreddit-post id="t3_1h0acme"></shreddit-post><shreddit-comment-tree></shreddit-comment-tree>', /no comments on this post yet/],
    ['a page from an unknown future', url.href, '<reddit-next-app><p>hi</p></reddit-next-app>', /markup not recognised/],
    ['comments whose attributes are missing', url.href, '<shreddit-comment depth="0"><div slot="comment">orphan text</div></shreddit-comment>', /could not be read/],
  ])('%s says why it has no items', (_name, at, html, reason) => {
    const result = safeScan(reddit, parsePage(html), new URL(at));
    expect(result.items).toEqual([]);
    expect(result.reason).toMatch(reason);
  });

  test('a reply’s text is its own, never its children’s (old Reddit nests them inside)', () => {
    const doc = parsePage(
      `<div class="thing comment" data-fullname="t1_a" data-author="ann"><div class="entry"><p class="tagline"><a class="author">ann</a></p><div class="usertext-body"><div class="md"><p>parent</p></div></div></div><div class="child"><div class="sitetable"><div class="thing comment" data-fullname="t1_b" data-author="bob"><div class="entry"><div class="usertext-body"><div class="md"><p>child</p></div></div></div></div></div></div></div>`,
    );
    expect(safeScan(reddit, doc, url).items.map((i) => [i.id, i.author, i.text, i.kind, i.parentId])).toEqual([
      ['t1_a', 'ann', 'parent', 'comment', undefined],
      ['t1_b', 'bob', 'child', 'reply', 't1_a'],
    ]);
  });

  test('a u/mention inside a redesign comment is not its author', () => {
    const doc = parsePage(
      `<div id="t1_x"><div class="t1_x"><i class="threadline"></i></div><div class="Comment t1_x"><div data-test-id="comment"><p>ask <a href="/user/acme_support">u/acme_support</a></p></div><a id="CommentTopMeta--Created--t1_x" href="/r/a/comments/1/x/x/">1h</a></div></div>`,
    );
    const result = safeScan(reddit, doc, url);
    expect(result.items).toEqual([]);
    expect(result.reason).toMatch(/could not be read/);
  });

  test('10,000 shreddit comments: every one read, each with its own author', () => {
    const html = Array.from(
      { length: 10_000 },
      (_, i) => `<shreddit-comment thingid="t1_c${i}" author="user${i}" depth="${i % 3 === 0 ? 0 : 1}"><div slot="comment"><p>comment ${i}</p></div></shreddit-comment>`,
    ).join('');
    const { items, reason } = safeScan(reddit, parsePage(`<shreddit-comment-tree>${html}</shreddit-comment-tree>`), url);
    expect(reason).toBeUndefined();
    expect(items).toHaveLength(10_000);
    expect(items.every((item, i) => item.author === `user${i}` && item.text === `comment ${i}` && item.id === `t1_c${i}`)).toBe(true);
  }, 60_000); // a guard against a hang on 2 shared cores, not a speed goal (bench/sites.bench.ts)

  test('matches the Reddit hosts only', () => {
    expect(adapterFor(new URL('https://old.reddit.com/r/a/comments/1/x/'))?.id).toBe('reddit');
    expect(adapterFor(new URL('https://sh.reddit.com/r/a/'))?.id).toBe('reddit');
    expect(adapterFor(new URL('https://reddit.com.evil.example/'))).toBeNull();
  });
});

describe('reddit adapter on damaged pages', () => {
  testMangledPages(reddit, [
  'tests/fixtures/reddit/shreddit-thread-built-2026',
  'tests/fixtures/reddit/old-reddit-thread-built-2026',
  ]);
});
