import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readExpected } from '../accuracy';
import { hasShared, sharedPages } from '../shared';
import { launchBrowser, readFixture, type Browser } from './browser';
import { OPEN_OLD_REDDIT_REPLY, OPEN_SHREDDIT_REPLY } from './reply-boxes';
import { editorState, insertReply, openHarnessPage, openSavedPage, reportWith } from './sites';

// Reddit in Chromium with the built extension: the real 2019 redesign pages and the built shreddit
// and old.reddit pages at their real URLs; replies inserted into old Reddit's React-controlled
// textarea and into shreddit's Lexical editor inside reddit-rte's shadow root.

const SHREDDIT = 'tests/fixtures/reddit/shreddit-thread-built-2026';
const OLD = 'tests/fixtures/reddit/old-reddit-thread-built-2026';

describe('Reddit in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test.runIf(hasShared).each(sharedPages('reddit-new').map((p) => [p.name, p] as const))('finds every comment of the real page %s', async (_name, page) => {
    await openSavedPage(browser, page.htmlPath, page.truth.url);
    const report = await reportWith(browser, page.truth.url, page.truth.count);
    expect(report.site).toBe('reddit');
    expect(report.items.map((i) => i.id)).toEqual(page.truth.items.map((i) => i.id));
  });

  test.each([SHREDDIT, OLD])('finds every comment of the built page %s', async (dir) => {
    const expected = readExpected(dir);
    await openSavedPage(browser, `${dir}/page.html`, expected.url);
    const report = await reportWith(browser, expected.url, expected.items.length);
    expect(report.items.map((i) => i.id)).toEqual(expected.items.map((e) => e.id));
    expect(report.items.filter((i) => i.own).map((i) => i.author)).toEqual(['acme_support']);
  });

  test("old Reddit: a reply goes into the comment's own reply textarea, and React's state holds it", async () => {
    const url = `${readExpected(OLD).url}?sort=new`;
    const page = await openHarnessPage(browser, readFixture(`${OLD}/page.html`), url, OPEN_OLD_REDDIT_REPLY);
    await reportWith(browser, url, 5);
    expect(await insertReply(browser, url, 'reddit:t1_o0maria', 'Refund sent this morning!')).toEqual({ status: 'inserted' });
    expect(await editorState(page)).toBe('Refund sent this morning!');
    expect(await page.locator('#thing_t1_o0maria > .child > form textarea').inputValue()).toBe('Refund sent this morning!');
  });

  test("shreddit: a reply goes into the Lexical editor inside reddit-rte's shadow root", async () => {
    const url = `${readExpected(SHREDDIT).url}?sort=new`;
    const page = await openHarnessPage(browser, readFixture(`${SHREDDIT}/page.html`), url, OPEN_SHREDDIT_REPLY);
    await reportWith(browser, url, 8);
    const result = await insertReply(browser, url, 'reddit:t1_m0after', 'It does ship to Canada!');
    expect(result).toEqual({ status: 'inserted' });
    expect(await editorState(page)).toBe('It does ship to Canada!');
  });
});
