import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { builtPage, openWithItems } from './built-pages';
import { editorState, insertReply } from './sites';

// Facebook in Chromium with the built extension: the built English and French post pages at real
// post URLs, the comment box replaced by the real Lexical package (as on Facebook). The
// placeholder keeps contenteditable="true": Facebook renders it, a bare Lexical root does not.

const LEXICAL = /<div aria-label="([^"]*)" class="notranslate" contenteditable="true" role="textbox"[^>]*><p[^>]*><br><\/p><\/div>/;
const withLexical = (dir: string, url: string) =>
  builtPage(dir, url, LEXICAL, '<div aria-label="$1" contenteditable="true" role="textbox" data-harness="lexical"></div>');

describe('Facebook end to end', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test('a page post: comments, replies and our own reply; a reply goes into the real Lexical box', async () => {
    const url = 'https://www.facebook.com/acmeshoes/posts/pfbid02Xk7s';
    const { site, report } = await openWithItems(browser, await withLexical('tests/fixtures/facebook/post-comments-built-2026', url), 7);
    expect(report.site).toBe('facebook');
    expect(report.items.map((i) => [i.id, i.kind, i.author, i.own])).toEqual([
      ['7001', 'comment', 'Priya Raman', false],
      ['7002', 'reply', 'Acme Shoes', true],
      ['7003', 'reply', 'Priya Raman', false],
      ['7004', 'comment', 'Sam Okafor', false],
      ['7005', 'comment', 'Lee Chan', false],
      ['7007', 'comment', 'Dev Patel', false],
      ['7006', 'comment', 'Mallory <b>', false],
    ]);
    expect(await insertReply(browser, url, 'facebook:7004', 'Thank you Sam! 💛')).toEqual({ status: 'inserted' });
    expect(await editorState(site)).toBe('Thank you Sam! 💛');
  });

  test('Messenger at messenger.com: direction from the page, a reply into the real Lexical composer', async () => {
    const url = 'https://www.messenger.com/t/100023456789/';
    const served = await withLexical('tests/fixtures/facebook/messenger-thread-built-2026', url);
    const { site, report } = await openWithItems(browser, served, 5);
    expect(report.items.map((i) => [i.author, i.own, i.parentId === report.items[0]!.id])).toEqual([
      ['Priya Raman', false, false],
      ['Priya Raman', false, false],
      ['Acme Shoes', true, true],
      ['Acme Shoes', true, false],
      ['Priya Raman', false, false],
    ]);
    expect(await insertReply(browser, url, `facebook:${report.items[4]!.id}`, 'Anytime!')).toEqual({ status: 'inserted' });
    expect(await editorState(site)).toBe('Anytime!');
  });

  test('the French group post reads the same way (no English label is used)', async () => {
    const url = 'https://www.facebook.com/groups/123456789/posts/987654321/';
    const { site, report } = await openWithItems(browser, await withLexical('tests/fixtures/facebook/post-comments-fr-built-2026', url), 3);
    expect(report.items.map((i) => [i.id, i.kind, i.author, i.own, i.timeText])).toEqual([
      ['555', 'comment', 'Marie Dupont', false, '2 j'],
      ['556', 'reply', 'Boutique Acme', true, '1 j'],
      ['557', 'comment', 'Élodie Martin', false, '5 h'],
    ]);
    expect(await insertReply(browser, url, 'facebook:557', 'Oui, gratuite dès 50 € !')).toEqual({ status: 'inserted' });
    expect(await editorState(site)).toBe('Oui, gratuite dès 50 € !');
  });
});
