import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readExpected } from '../accuracy';
import { launchBrowser, readFixture, type Browser } from './browser';
import { editorState, insertReply, openHarnessPage, reportWith } from './sites';

// X DMs in Chromium with the built extension: the built /messages and /i/chat pages at their real
// URLs (no DM page can be shared), direction read from the live layout, and a reply inserted into
// the legacy Draft.js composer and into the chat's textarea inside its shadow root.

const LEGACY = 'tests/fixtures/x/dm-legacy-built-2026';
const CHAT = 'tests/fixtures/x/dm-chat-built-2026';

describe('X DMs in Chromium', () => {
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test('/messages: previews and messages, with direction, replied to in the Draft.js composer', async () => {
    const expected = readExpected(LEGACY);
    const html = readFixture(`${LEGACY}/page.html`).replace(
      /<div class="DraftEditor-root">[\s\S]*?<br data-text="true"><\/span>(<\/div>){6}/,
      '<div data-harness="draft" data-testid-for-editor="dmComposerTextInput"></div>',
    );
    expect(html).toContain('data-harness="draft"');
    const page = await openHarnessPage(browser, html, expected.url, '');
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const report = await reportWith(browser, expected.url, expected.items.length);
    expect(report.items.map((i) => [i.kind, i.author, i.own])).toEqual(expected.items.map((e) => [e.kind, e.author, e.own]));
    const last = report.items.at(-1)!;
    expect(await insertReply(browser, expected.url, `x:${last.id}`, 'Checking right now, María.')).toEqual({ status: 'inserted' });
    expect(await editorState(page)).toBe('Checking right now, María.');
    expect(pageErrors).toEqual([]);
  });

  test('/i/chat: messages read inside the embed shadow root, replied to in its textarea', async () => {
    const expected = readExpected(CHAT);
    const html = readFixture(`${CHAT}/page.html`).replace(
      '<textarea data-testid="dm-composer-textarea" aria-label="Message"></textarea>',
      `<div data-harness="textarea" data-attrs='{"data-testid":"dm-composer-textarea","aria-label":"Message"}'></div>`,
    );
    expect(html).toContain('data-harness="textarea"');
    const mountInShadow = `window.__harness.mount(document.querySelector('[data-testid="xchatEmbedRoute"]').shadowRoot.querySelector('[data-harness]'));`;
    const page = await openHarnessPage(browser, html, expected.url, mountInShadow);
    const report = await reportWith(browser, expected.url, expected.items.length);
    expect(report.items.map((i) => [i.id, i.author, i.own])).toEqual(expected.items.map((e) => [e.id, e.author, e.own]));
    expect(await insertReply(browser, expected.url, `x:${expected.items[2]!.id}`, 'Avec plaisir !')).toEqual({ status: 'inserted' });
    expect(await editorState(page)).toBe('Avec plaisir !');
  });
});
