import { describe, expect, test } from 'vitest';
import { describeSharedPages, expectFixture } from '@/tests/accuracy';
import { loadBuilt } from '@/tests/built';
import { testMangledPages } from '@/tests/mangle';
import { loadPage, parsePage } from '@/tests/page';
import { hasShared, sharedPages } from '@/tests/shared';
import { adapterFor, safeScan } from './registry';
import { linkedin } from './linkedin';

const url = (path: string) => new URL(`https://www.linkedin.com${path}`);

describe('linkedin adapter on a built post thread (2025 markup)', () => {
  const DIR = 'tests/fixtures/linkedin/post-comments-built-2026';
  const built = loadBuilt(linkedin, DIR);

  test('finds every comment and reply in page order, and no shell', () => {
    expect(built.result.reason).toBeUndefined();
    expect(built.result.items.map((i) => i.id)).toEqual(built.items.map((e) => e.id));
  });

  test('every item reads as expected.json says', () => {
    expectFixture(linkedin, DIR);
  });

  test('own replies come from the logged-in name; mentions of others stay text', () => {
    const own = built.result.items.filter((i) => i.own);
    expect(own.map((i) => i.author)).toEqual(['Acme Support']);
    expect(own[0]!.authorUrl).toBe('https://www.linkedin.com/in/acme-support');
  });

  test('the permalink points at the comment on its post', () => {
    const first = built.result.items[0]!;
    expect(first.threadId).toBe('7390000000000000001');
    expect(first.permalink).toBe(`https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/?commentUrn=${encodeURIComponent(first.id)}`);
  });

  test('finds the node of an item, and opens the post comment box for it', async () => {
    const node = linkedin.findItemNode(built.doc, { id: built.items[3]!.id! });
    expect(node?.textContent).toContain('Tomás');
    expect(linkedin.findItemNode(built.doc, { id: 'urn:li:comment:(activity:1,2)' })).toBeNull();
    const box = await linkedin.openReplyBox(node!, built.doc);
    expect(box?.classList.contains('ql-editor')).toBe(true);
  });
});

describe('linkedin adapter on a built messaging thread', () => {
  const DIR = 'tests/fixtures/linkedin/messaging-thread-built-2026';
  const built = loadBuilt(linkedin, DIR);

  test('finds every message but the sponsored one', () => {
    expect(built.result.items.map((i) => i.id)).toEqual(built.items.map((e) => e.id));
  });

  test('every item reads as expected.json says', () => {
    expectFixture(linkedin, DIR);
  });

  test('the composer is the reply box of a message', async () => {
    const node = linkedin.findItemNode(built.doc, { id: built.items[0]!.id! })!;
    const box = await linkedin.openReplyBox(node, built.doc);
    expect(box?.classList.contains('msg-form__contenteditable')).toBe(true);
  });

  test('a nameless incoming message after an outgoing one is skipped, not pinned on someone', () => {
    const doc = parsePage(
      '<ul><li class="msg-s-message-list__event"><div class="msg-s-event-listitem" data-event-urn="a"><span class="msg-s-message-group__name">Me</span><p class="msg-s-event-listitem__body">hi</p></div></li>' +
        '<li class="msg-s-message-list__event"><div class="msg-s-event-listitem msg-s-event-listitem--other" data-event-urn="b"><p class="msg-s-event-listitem__body">who am I</p></div></li></ul>',
    );
    const result = safeScan(linkedin, doc, url('/messaging/thread/1/'));
    expect(result.items.map((i) => [i.id, i.author])).toEqual([['a', 'Me']]);
  });
});

describe('linkedin adapter on odd pages', () => {
  test('a post with its comment box but no comments says so', () => {
    const doc = parsePage('<div class="feed-shared-update-v2"><div class="comments-comment-box"><div class="ql-editor" contenteditable="true"></div></div></div>');
    expect(safeScan(linkedin, doc, url('/feed/update/urn:li:activity:1/')).reason).toBe('no comments on this post yet');
  });

  test('a page with no comments section says so', () => {
    expect(safeScan(linkedin, parsePage('<main><h1>Jobs</h1></main>'), url('/jobs/')).reason).toBe('no comment section on this page');
  });

  test('comment markup we cannot read says "not recognised" instead of guessing', () => {
    const doc = parsePage('<article class="comments-comment-entity" data-id="urn:li:comment:(activity:1,2)"><p>text without a name</p></article>');
    const result = safeScan(linkedin, doc, url('/feed/'));
    expect(result.items).toEqual([]);
    expect(result.reason).toMatch(/markup not recognised/);
  });

  test('a deleted comment (tombstone without an urn) is not an item', () => {
    const doc = parsePage('<article class="comments-comment-entity" data-id=""><span class="comments-comment-meta__description-title">Ghost</span><p>This comment has been deleted</p></article>');
    expect(safeScan(linkedin, doc, url('/feed/')).items).toEqual([]);
  });

  test('10,000 generated comments: every one read, each with its own author', () => {
    const rows = Array.from({ length: 10_000 }, (_, n) =>
      `<article class="comments-comment-entity" data-id="urn:li:comment:(activity:1,${n})"><span class="comments-comment-meta__description-title">User ${n}</span><span class="comments-comment-item__main-content">comment ${n}</span></article>`,
    ).join('');
    const result = safeScan(linkedin, parsePage(`<div class="comments-comment-list__container">${rows}</div>`), url('/feed/update/urn:li:activity:1/'));
    expect(result.items).toHaveLength(10_000);
    expect(result.items.every((i, n) => i.author === `User ${n}` && i.text === `comment ${n}` && i.id.endsWith(`,${n})`))).toBe(true);
  }, 60_000); // a hang guard for a loaded machine, not a speed goal (bench/ measures speed)

  test('matches www.linkedin.com only', () => {
    expect(adapterFor(url('/feed/'))?.id).toBe('linkedin');
    expect(adapterFor(new URL('https://linkedin.example.com/feed/'))).toBeNull();
  });
});

describe('linkedin adapter on damaged pages', () => {
  testMangledPages(linkedin, [
    'tests/fixtures/linkedin/messaging-thread-built-2026',
    'tests/fixtures/linkedin/post-comments-built-2026',
  ]);
});

describeSharedPages(linkedin, 'linkedin');

describe.runIf(hasShared)('linkedin adapter: times and threading on the real saved pages', () => {
  test.each(sharedPages('linkedin').map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const result = safeScan(linkedin, loadPage(page.htmlPath), new URL(page.truth.url));
    expect(result.items.map((i) => [i.timeText, i.parentId ?? null])).toEqual(
      page.truth.items.map((t) => [t.time, (t as { parentId?: string | null }).parentId ?? null]),
    );
    // Every comment links to itself on its post, whatever page it was read on (a company feed too).
    for (const item of result.items) {
      const post = /\(activity:(\d+),/.exec(item.id)![1];
      expect(item.permalink).toBe(`https://www.linkedin.com/feed/update/urn:li:activity:${post}/?commentUrn=${encodeURIComponent(item.id)}`);
    }
  });
});
