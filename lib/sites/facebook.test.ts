import { describe, expect, test } from 'vitest';
import { expectFixture } from '@/tests/accuracy';
import { loadBuilt } from '@/tests/built';
import { testMangledPages } from '@/tests/mangle';
import { parsePage } from '@/tests/page';
import { adapterFor, safeScan } from './registry';
import { facebook } from './facebook';

const fb = (path: string) => new URL(`https://www.facebook.com${path}`);

describe.each(['post-comments-built-2026', 'post-comments-fr-built-2026'])('facebook adapter on %s', (name) => {
  const DIR = `tests/fixtures/facebook/${name}`;
  const built = loadBuilt(facebook, DIR);

  test('finds every comment and reply in page order; the post and loading shells are not items', () => {
    expect(built.result.reason).toBeUndefined();
    expect(built.result.items.map((i) => i.id)).toEqual(built.items.map((e) => e.id));
  });

  test('every item reads as expected.json says', () => {
    expectFixture(facebook, DIR);
  });

  test('a truncated comment does not end in its "See more" button', () => {
    for (const item of built.result.items) expect(item.text).not.toMatch(/See more$/);
  });

  test('permalinks keep the comment ids and drop the tracking parameters', () => {
    for (const item of built.result.items) {
      expect(item.permalink).toMatch(/^https:\/\/www\.facebook\.com\/.+comment_id=/);
      expect(item.permalink).not.toContain('__cft__');
    }
  });

  test('the reply box is the post\'s Lexical comment box, and nothing is clicked on the way', async () => {
    const node = facebook.findItemNode(built.doc, { id: built.items[0]!.id! })!;
    expect(node.getAttribute('role')).toBe('article');
    let clicks = 0;
    built.doc.addEventListener('click', () => clicks++, true);
    const box = await facebook.openReplyBox(node, built.doc);
    expect(box?.getAttribute('data-lexical-editor')).toBe('true');
    expect(clicks).toBe(0);
  });
});

describe('facebook adapter on a built Messenger thread', () => {
  const DIR = 'tests/fixtures/facebook/messenger-thread-built-2026';
  const built = loadBuilt(facebook, DIR);

  test('reads every message; ours answer the latest customer message before them', () => {
    expectFixture(facebook, DIR);
  });

  test('our rows read the same from their end-of-line alignment when the hooks are gone', () => {
    const html = built.doc.documentElement.outerHTML
      .replace(/ data-testid="messenger_delivery_status"/g, '')
      .replace(/<div data-testid="outgoing_message">/g, '<div style="display: flex; justify-content: flex-end;">');
    const items = safeScan(facebook, parsePage(html), new URL(built.url)).items;
    expect(items.map((i) => [i.author, i.own, i.parentId === items[0]!.id])).toEqual([
      ['Priya Raman', false, false],
      ['Priya Raman', false, false],
      ['Acme Shoes', true, true],
      ['Acme Shoes', true, false],
      ['Priya Raman', false, false],
    ]);
  });

  test('without Messenger\'s outgoing hooks or styles, a row with no avatar is skipped, not called ours', () => {
    const doc = parsePage(built.doc.documentElement.outerHTML.replace(/ data-testid="(outgoing_message|messenger_delivery_status)"/g, ''));
    const items = safeScan(facebook, doc, new URL(built.url)).items;
    expect(items.map((i) => [i.text, i.own])).toEqual([
      ['Do the boots run small?', false],
      ['Great, thanks 🙏', false],
    ]);
  });
});

describe('facebook adapter on odd pages', () => {
  test('a feed with posts but no comments open says so', () => {
    const doc = parsePage('<div role="main"><div role="article"><a href="/acme/posts/1">1d</a><div dir="auto">post</div></div></div>');
    expect(safeScan(facebook, doc, fb('/acme')).reason).toMatch(/no comments shown/);
  });

  test('a post with its comment box and no comments says so', () => {
    const doc = parsePage('<div role="main"><div role="article"><div dir="auto">post</div><div role="textbox" contenteditable="true"></div></div></div>');
    expect(safeScan(facebook, doc, fb('/acme/posts/1')).reason).toBe('no comments on this post yet');
  });

  test('a page that is not Facebook content says "not recognised"', () => {
    expect(safeScan(facebook, parsePage('<p>hello</p>'), fb('/')).reason).toMatch(/markup not recognised/);
  });

  test('a comment whose name has not loaded is skipped and reported, not guessed', () => {
    const doc = parsePage('<div role="article"><div dir="auto">text</div><a href="/p/posts/1?comment_id=9">2d</a></div>');
    const result = safeScan(facebook, doc, fb('/p/posts/1'));
    expect(result.items).toEqual([]);
    expect(result.reason).toMatch(/markup not recognised/);
  });

  test('older markup (2020-2022: ul/li nesting, numeric ids, no reply_comment_id) still threads replies', () => {
    const c = (id: string, who: string, text: string, inner = '') =>
      `<li><div role="article" aria-label="x"><a href="/${who}">${who}</a><div dir="auto">${text}</div><a href="/p/posts/1?comment_id=${id}">1 w</a></div>${inner ? `<ul>${inner}</ul>` : ''}</li>`;
    const doc = parsePage(`<ul>${c('1', 'ana', 'question', c('2', 'acme', 'answer'))}</ul>`);
    const items = safeScan(facebook, doc, fb('/p/posts/1')).items;
    expect(items.map((i) => [i.id, i.kind, i.author, i.parentId])).toEqual([
      ['1', 'comment', 'ana', undefined],
      ['2', 'reply', 'acme', '1'],
    ]);
  });

  test('10,000 generated comments: every one read, each with its own author', () => {
    const rows = Array.from({ length: 10_000 }, (_, n) =>
      `<div role="article"><a href="/u${n}?comment_id=${n}">User ${n}</a><div dir="auto">comment ${n}</div><a href="/p/posts/1?comment_id=${n}">1d</a></div>`,
    ).join('');
    const items = safeScan(facebook, parsePage(`<div role="main">${rows}</div>`), fb('/p/posts/1')).items;
    expect(items).toHaveLength(10_000);
    expect(items.every((i, n) => i.author === `User ${n}` && i.text === `comment ${n}` && i.id === String(n))).toBe(true);
  }, 60_000); // a hang guard for a loaded machine, not a speed goal (bench/ measures speed)

  test('matches Facebook and Messenger hosts only', () => {
    expect(adapterFor(fb('/groups/1/posts/2'))?.id).toBe('facebook');
    expect(adapterFor(new URL('https://www.messenger.com/t/1'))?.id).toBe('facebook');
    expect(adapterFor(new URL('https://facebook.example.com/'))).toBeNull();
  });
});

describe('facebook adapter on damaged pages', () => {
  testMangledPages(facebook, [
    'tests/fixtures/facebook/messenger-thread-built-2026',
    'tests/fixtures/facebook/post-comments-built-2026',
    'tests/fixtures/facebook/post-comments-fr-built-2026',
  ]);
});
