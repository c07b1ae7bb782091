import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readExpected } from '../accuracy';
import { eventually, launchBrowser, readFixture, type Browser } from './browser';
import { builtPage, openWithItems } from './built-pages';
import { xThreadPage, X_THREAD_URL } from './pages';
import { OPEN_OLD_REDDIT_REPLY, OPEN_SHREDDIT_REPLY, OPEN_TIKTOK_REPLY, OPEN_YOUTUBE_REPLY, withTikTokDraft } from './reply-boxes';
import { editorState, openHarnessPage, reportWith } from './sites';

// From the side panel, the agent's way: select the item, pick a template, insert. One real
// insertion per editor kind, each read back from the editor's own state (draft-js, lexical,
// React-controlled textarea, plain contenteditable). The panel is opened after its site page, so
// that page is the one it works on; each site page is closed before the next.

const row = (panel: Page, key: string) => panel.locator(`li[data-key="${key}"]`);

/** Picks a template through the panel's "/" search, inserts it, and returns the text the panel sent. */
async function insertFromPanel(panel: Page, key: string, query: string, expected: RegExp): Promise<string> {
  const item = row(panel, key);
  await item.waitFor({ timeout: 20_000 });
  if ((await item.getAttribute('aria-current')) !== 'true') await item.locator('.row-main').click();
  await item.getByRole('list', { name: 'Suggested replies' }).waitFor();
  await panel.keyboard.press('/');
  await panel.getByRole('combobox', { name: 'Search templates' }).fill(query);
  await panel.keyboard.press('Enter');
  const draft = await item.getByRole('textbox', { name: 'Reply text' }).inputValue();
  expect(draft).toMatch(expected);
  // No analysis or no warnings: "Insert reply"; any send-guard warning: the explicit override.
  await item.getByRole('button', { name: /^Insert (reply|anyway)$/ }).click();
  await expect.poll(() => item.locator('.notice').textContent(), { timeout: 10_000 }).toMatch(/^Inserted/);
  return draft;
}

describe('side panel → real editors', () => {
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  const openPanel = async () => {
    const panel = await browser.openExtensionPage('sidepanel.html');
    panel.on('pageerror', (error) => pageErrors.push(`panel: ${String(error)}`));
    return panel;
  };

  test('X (Draft.js): j to the item (focus follows), / to search, insert', async () => {
    const served = await xThreadPage();
    await browser.serve(served.url, served.html, served.extra);
    const site = await browser.openPage(X_THREAD_URL);
    site.on('pageerror', (error) => pageErrors.push(`x: ${String(error)}`));
    await reportWith(browser, X_THREAD_URL, 7);
    const panel = await openPanel();
    const dev = 'x:1990000000000000004';
    await row(panel, dev).waitFor({ timeout: 20_000 });
    // j until Dev's row is the selected one; focus follows the selection.
    await eventually(async () => {
      await panel.keyboard.press('j');
      return (await row(panel, dev).getAttribute('aria-current')) === 'true';
    }, 10_000, "Dev's row selected");
    expect(await panel.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-key'))).toBe(dev);
    const text = await insertFromPanel(panel, dev, 'kind words', /^Thank you.*Dev/u);
    // Index 1: the reply dialog's composer that X opens (0 is the inline one under the post).
    expect(await editorState(site, 1)).toBe(text);
    expect(await site.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').textContent()).toBe(text);
    await site.close();
    await panel.close();
  });

  test('TikTok (Draft.js)', async () => {
    const expected = readExpected('tests/fixtures/tiktok/video-comments-built-2026');
    const site = await openHarnessPage(browser, withTikTokDraft(readFixture('tests/fixtures/tiktok/video-comments-built-2026/page.html')), expected.url, OPEN_TIKTOK_REPLY);
    const report = await reportWith(browser, expected.url, expected.items.length);
    const dev = report.items.find((i) => i.handle === 'devpatel')!;
    const panel = await openPanel();
    const text = await insertFromPanel(panel, `tiktok:${dev.id}`, 'kind words', /^Thank you/u);
    expect(await editorState(site)).toBe(text);
    await site.close();
    await panel.close();
  });

  test("old Reddit (React-controlled textarea): React's state holds the reply", async () => {
    const url = `${readExpected('tests/fixtures/reddit/old-reddit-thread-built-2026').url}?sort=new`;
    const site = await openHarnessPage(browser, readFixture('tests/fixtures/reddit/old-reddit-thread-built-2026/page.html'), url, OPEN_OLD_REDDIT_REPLY);
    await reportWith(browser, url, 5);
    const panel = await openPanel();
    const text = await insertFromPanel(panel, 'reddit:t1_o0maria', 'refund status', /refund/u);
    expect(await editorState(site)).toBe(text);
    expect(await site.locator('#thing_t1_o0maria > .child > form textarea').inputValue()).toBe(text);
    await site.close();
    await panel.close();
  });

  test("shreddit (Lexical in a shadow root): Lexical's state holds the reply", async () => {
    const url = `${readExpected('tests/fixtures/reddit/shreddit-thread-built-2026').url}?sort=new`;
    const site = await openHarnessPage(browser, readFixture('tests/fixtures/reddit/shreddit-thread-built-2026/page.html'), url, OPEN_SHREDDIT_REPLY);
    await reportWith(browser, url, 8);
    const panel = await openPanel();
    const text = await insertFromPanel(panel, 'reddit:t1_m0after', 'help-centre link', /You('ll| will) find/u);
    expect(await editorState(site)).toBe(text);
    await site.close();
    await panel.close();
  });

  test('YouTube (plain contenteditable)', async () => {
    const url = `${readExpected('tests/fixtures/youtube/watch-view-model-built-2026').url}&t=2`;
    const site = await openHarnessPage(browser, readFixture('tests/fixtures/youtube/watch-view-model-built-2026/page.html'), url, OPEN_YOUTUBE_REPLY);
    await reportWith(browser, url, 8);
    const panel = await openPanel();
    const text = await insertFromPanel(panel, 'youtube:UgxDev00000000000000AaABAg', 'still looking', /patience|bearing with us/u);
    expect(await editorState(site)).toBe(text);
    expect(await site.locator('ytd-comment-view-model:has(a[href*="UgxDev"]) #contenteditable-root').textContent()).toBe(text);
    await site.close();
    await panel.close();
  });

  test("LinkedIn (Quill): Quill's own model holds the reply", async () => {
    const served = await builtPage(
      'tests/fixtures/linkedin/post-comments-built-2026',
      'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/',
      /<div class="editor-content ql-container">[\s\S]*?<div class="ql-clipboard"[^>]*><\/div><\/div>/,
      '<div class="editor-content" data-harness="quill"></div>',
    );
    const { site, report } = await openWithItems(browser, served, 6);
    const panel = await openPanel();
    const text = await insertFromPanel(panel, `linkedin:${report.items[0]!.id}`, 'kind words', /^Thank you/u);
    expect(await editorState(site)).toBe(text);
    await site.close();
    await panel.close();
  });

  test('no page errors in the panel or the sites', () => expect(pageErrors).toEqual([]));
});
