import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readExpected } from '../accuracy';
import { hasShared, sharedPages } from '../shared';
import { launchBrowser, readFixture, type Browser } from './browser';
import { OPEN_TIKTOK_REPLY, withTikTokDraft } from './reply-boxes';
import { editorState, insertReply, openHarnessPage, openSavedPage, reportWith } from './sites';

// TikTok in Chromium with the built extension: the real 2022 video page and the built 2024 comment
// panel at their real URLs, and a reply inserted into TikTok's Draft.js comment box.

const BUILT = 'tests/fixtures/tiktok/video-comments-built-2026';

describe('TikTok in Chromium', () => {
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test.runIf(hasShared).each(sharedPages('tiktok').map((p) => [p.name, p] as const))('finds every comment of the real page %s', async (_name, page) => {
    await openSavedPage(browser, page.htmlPath, page.truth.url);
    const report = await reportWith(browser, page.truth.url, page.truth.count);
    expect(report.site).toBe('tiktok');
    expect(report.items.map((i) => [i.author, i.text.slice(0, 10)])).toEqual(page.truth.items.map((t) => [t.author, t.textStart.slice(0, 10)]));
  });

  test("a reply goes into TikTok's Draft.js comment box, and Draft's own state holds it", async () => {
    const expected = readExpected(BUILT);
    const html = withTikTokDraft(readFixture(`${BUILT}/page.html`));
    expect(html).toContain('data-harness="draft"');
    const page = await openHarnessPage(browser, html, expected.url, OPEN_TIKTOK_REPLY);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const report = await reportWith(browser, expected.url, expected.items.length);
    const dev = report.items.find((i) => i.handle === 'devpatel')!;
    expect(await insertReply(browser, expected.url, `tiktok:${dev.id}`, 'Thank you Dev! 💛')).toEqual({ status: 'inserted' });
    expect(await editorState(page)).toBe('Thank you Dev! 💛');
    expect(await page.locator('[data-e2e="comment-input"]').getAttribute('data-replying')).toBe('yes');
    expect(pageErrors).toEqual([]);
  });
});
