import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { builtPage, openWithItems } from './built-pages';
import { editorState, insertReply } from './sites';

// WhatsApp Web in Chromium with the built extension: the built 1:1 chat at web.whatsapp.com, its
// composer replaced by the real Lexical package (WhatsApp's own editor).

const URL_ = 'https://web.whatsapp.com/';

describe('WhatsApp end to end', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test('reads the open chat with direction, and a reply goes into the real Lexical composer', async () => {
    const served = await builtPage(
      'tests/fixtures/whatsapp/chat-built-2026',
      URL_,
      /<div aria-label="Type a message"[^>]*data-lexical-editor="true"[^>]*><p[^>]*><br><\/p><\/div>/,
      '<div aria-label="Type a message" contenteditable="true" role="textbox" data-harness="lexical"></div>',
    );
    const { site, report } = await openWithItems(browser, served, 7);
    expect(report.site).toBe('whatsapp');
    expect(report.items.map((i) => [i.author, i.own, i.parentId ?? null])).toEqual([
      ['Priya Raman', false, null],
      ['Priya Raman', false, null],
      ['Priya Raman', false, null],
      // Our reply answers the first message of Priya's run; our second message, nothing new.
      ['Acme Support', true, '3EB0A1B2C3D4E5F60001'],
      ['Acme Support', true, null],
      ['Priya Raman', false, null],
      ['Acme Support', true, '3EB0A1B2C3D4E5F60006'],
    ]);
    // The browser's own clock reads the headers (local time, en-GB day-first).
    expect(report.items[0]!.postedAtMs).toBe(await site.evaluate(() => new Date(2026, 10, 24, 21, 47).getTime()));
    expect(await insertReply(browser, URL_, 'whatsapp:3EB0A1B2C3D4E5F60006', 'Happy to help, Priya!')).toEqual({ status: 'inserted' });
    expect(await editorState(site)).toBe('Happy to help, Priya!');
  });
});
