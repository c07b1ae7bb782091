import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasShared, sharedPages } from '../shared';
import { launchBrowser, readFixture, withoutScripts, type Browser } from './browser';
import { builtPage, openWithItems } from './built-pages';
import { editorState, insertReply } from './sites';

// LinkedIn in Chromium with the built extension: the real 2021 saved page at its real URL, and the
// built 2025 thread and messaging pages with the real Quill package in the comment box and a
// plain contenteditable as the messaging composer (LinkedIn's own is one).

const POST_URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/';
const MSG_URL = 'https://www.linkedin.com/messaging/thread/2-MTc0acme==/';

describe('LinkedIn end to end', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test.runIf(hasShared)('the real 2021 comment section, served at its real URL: 14 items', async () => {
    const [page] = sharedPages('linkedin').filter((p) => p.name === 'linkedin-post-comments-2021');
    const served = { url: page!.truth.url, html: withoutScripts(readFixture(page!.htmlPath)), extra: {} };
    const { report } = await openWithItems(browser, served, 14);
    expect(report.site).toBe('linkedin');
    expect(report.items.map((i) => i.id)).toEqual(page!.truth.items.map((t) => t.id));
    expect(report.items.map((i) => i.author)).toEqual(page!.truth.items.map((t) => t.author));
  });

  test('a reply goes into the real Quill comment box through the adapter, and Quill holds it', async () => {
    const served = await builtPage(
      'tests/fixtures/linkedin/post-comments-built-2026',
      POST_URL,
      /<div class="editor-content ql-container">[\s\S]*?<div class="ql-clipboard"[^>]*><\/div><\/div>/,
      '<div class="editor-content" data-harness="quill"></div>',
    );
    const { site, report } = await openWithItems(browser, served, 6);
    expect(report.items.filter((i) => i.own).map((i) => i.author)).toEqual(['Acme Support']);
    const result = await insertReply(browser, POST_URL, `linkedin:${report.items[0]!.id}`, 'Hi Priya, yes: teams of 3 get Pro.');
    expect(result).toEqual({ status: 'inserted' });
    expect(await editorState(site)).toBe('Hi Priya, yes: teams of 3 get Pro.');
  });

  test('messaging: direction, and a reply in the contenteditable composer', async () => {
    const served = await builtPage(
      'tests/fixtures/linkedin/messaging-thread-built-2026',
      MSG_URL,
      /<div class="msg-form__contenteditable[^"]*"[^>]*><p><br><\/p><\/div>/,
      '<div class="msg-form__contenteditable" role="textbox" data-harness="contenteditable"></div>',
    );
    const { site, report } = await openWithItems(browser, served, 5);
    expect(report.items.map((i) => [i.author, i.own])).toEqual([
      ['Priya Raman', false], ['Priya Raman', false], ['Acme Support', true], ['Acme Support', true], ['Priya Raman', false],
    ]);
    expect(await insertReply(browser, MSG_URL, `linkedin:${report.items[4]!.id}`, 'Glad it arrived!')).toEqual({ status: 'inserted' });
    expect(await editorState(site)).toBe('Glad it arrived!');
  });
});
