import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readExpected } from '../accuracy';
import { hasShared, sharedPages } from '../shared';
import { launchBrowser, readFixture, type Browser } from './browser';
import { OPEN_YOUTUBE_REPLY } from './reply-boxes';
import { editorState, insertReply, openHarnessPage, openSavedPage, reportWith } from './sites';

// YouTube in Chromium with the built extension: real saved watch pages at their real URLs, and a
// reply inserted into YouTube's plain contenteditable comment box through the content script.

const BUILT = 'tests/fixtures/youtube/watch-view-model-built-2026';

describe('YouTube in Chromium', () => {
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test.runIf(hasShared).each(sharedPages('youtube').map((p) => [p.name, p] as const))('finds every comment of the real page %s', async (_name, page) => {
    await openSavedPage(browser, page.htmlPath, page.truth.url);
    const report = await reportWith(browser, page.truth.url, page.truth.count);
    expect(report.site).toBe('youtube');
    expect(report.items.map((i) => i.id)).toEqual(page.truth.items.map((i) => i.id));
  });

  test('the 2024+ markup: items, own reply, and the stale thread of another video left out', async () => {
    const expected = readExpected(BUILT);
    await openSavedPage(browser, `${BUILT}/page.html`, expected.url);
    const report = await reportWith(browser, expected.url, expected.items.length);
    expect(report.items.map((i) => i.author)).toEqual(expected.items.map((e) => e.author));
    expect(report.items.filter((i) => i.own).map((i) => i.author)).toEqual(['@acmesupport', '@acmesupport']);
  });

  test("a reply goes into YouTube's contenteditable reply box under that comment", async () => {
    const url = `${readExpected(BUILT).url}&t=1`;
    const page = await openHarnessPage(browser, readFixture(`${BUILT}/page.html`), url, OPEN_YOUTUBE_REPLY);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await reportWith(browser, url, 8);
    const result = await insertReply(browser, url, 'youtube:UgxDev00000000000000AaABAg', 'Yes, we ship to Canada!');
    expect(result).toEqual({ status: 'inserted' });
    expect(await editorState(page)).toBe('Yes, we ship to Canada!');
    // The box that opened is the one under Dev's comment.
    expect(await page.locator('ytd-comment-view-model:has(a[href*="UgxDev"]) #contenteditable-root').textContent()).toBe('Yes, we ship to Canada!');
    expect(pageErrors).toEqual([]);
  });
});
