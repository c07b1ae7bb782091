import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasShared, sharedPages } from '../shared';
import { launchBrowser, readFixture, withoutScripts, type Browser } from './browser';
import { builtPage, openWithItems } from './built-pages';
import { editorState, insertReply } from './sites';

// Instagram in Chromium with the built extension: the real saved home feed at instagram.com (3
// posts, no comments), and the built post page with a React-controlled textarea as the comment
// box (as on Instagram).

const POST_URL = 'https://www.instagram.com/p/DJ3kq9yS1aB/';

describe('Instagram end to end', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test.runIf(hasShared)('the real home feed at its real URL: three posts, zero comments', async () => {
    const [page] = sharedPages('instagram');
    const served = { url: page!.truth.url, html: withoutScripts(readFixture(page!.htmlPath)), extra: {} };
    const { report } = await openWithItems(browser, served, 3);
    expect(report.site).toBe('instagram');
    expect(report.items.map((i) => [i.kind, i.id])).toEqual(page!.truth.items.map((t) => ['post', t.id]));
  });

  test('a DM thread: direction from avatar links and alignment, a reply into the Lexical composer', async () => {
    const url = 'https://www.instagram.com/direct/t/340282366841710300949128190000000001/';
    const served = await builtPage(
      'tests/fixtures/instagram/dm-thread-built-2026',
      url,
      /<div aria-label="Message" contenteditable="true" role="textbox"[^>]*><p><br><\/p><\/div>/,
      '<div aria-label="Message" contenteditable="true" role="textbox" data-harness="lexical"></div>',
    );
    const { site, report } = await openWithItems(browser, served, 4);
    expect(report.items.map((i) => [i.author, i.own, i.parentId === report.items[0]!.id])).toEqual([
      ['marta_k', false, false],
      ['marta_k', false, false],
      ['acme.shoes', true, true],
      ['marta_k', false, false],
    ]);
    expect(await insertReply(browser, url, `instagram:${report.items[3]!.id}`, 'You are welcome!')).toEqual({ status: 'inserted' });
    expect(await editorState(site)).toBe('You are welcome!');
  });

  test('comments and replies of a post; a reply goes into the React textarea and React keeps it', async () => {
    const served = await builtPage(
      'tests/fixtures/instagram/post-comments-built-2026',
      POST_URL,
      /<textarea aria-label="Add a comment…"[^>]*><\/textarea>/,
      `<div data-harness="textarea" data-attrs='{"aria-label":"Add a comment…","placeholder":"Add a comment…"}'></div>`,
    );
    const { site, report } = await openWithItems(browser, served, 7);
    expect(report.items.map((i) => [i.kind, i.author, i.own])).toEqual([
      ['post', 'acme.shoes', true],
      ['comment', 'marta_k', false],
      ['reply', 'acme.shoes', true],
      ['reply', 'marta_k', false],
      ['comment', 'li.wei', false],
      ['comment', 'gif.fan', false],
      ['comment', 'mallory', false],
    ]);
    expect(await insertReply(browser, POST_URL, 'instagram:18040000000000004', 'Thank you! 💛')).toEqual({ status: 'inserted' });
    expect(await editorState(site)).toBe('Thank you! 💛');
  });
});
