import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageReport } from '../../lib/messages';
import { readExpected } from '../accuracy';
import { eventually, readFixture } from './browser';
import { builtPage } from './built-pages';
import { launchFirefox, hasFirefox, type Firefox } from './firefox-browser';
import { harnessFiles } from './harness/bundle';
import { xThreadPage, X_THREAD_URL, type ServedPage } from './pages';
import { OPEN_OLD_REDDIT_REPLY, OPEN_SHREDDIT_REPLY, OPEN_TIKTOK_REPLY, OPEN_YOUTUBE_REPLY, withTikTokDraft } from './reply-boxes';
import { harnessPageHtml } from './sites';

// The Firefox build in Firefox ESR (tests/e2e/firefox-browser.ts: web-ext + Marionette). The same
// built pages as the Chromium suites, with the real editor packages mounted, at their real URLs.
// A reply is inserted the side panel's way (the panel page, opened as a tab, sends reply/insert to
// the content script; on X the agent's own clicks and keys in the panel; on Facebook the real
// sidebar beside the page) and read back from the editor's own state: draft-js, lexical, quill,
// React's textarea state, a plain contenteditable.

const HOSTS = [
  'x.com', 'www.tiktok.com', 'www.facebook.com', 'www.messenger.com', 'web.whatsapp.com', 'www.instagram.com',
  'www.reddit.com', 'old.reddit.com', 'www.linkedin.com', 'www.youtube.com',
];

const DEV = 'x:1990000000000000004';
const LEXICAL_FB = /<div aria-label="([^"]*)" class="notranslate" contenteditable="true" role="textbox"[^>]*><p[^>]*><br><\/p><\/div>/;
const lexical = (label: string) => `<div aria-label="${label}" contenteditable="true" role="textbox" data-harness="lexical"></div>`;

async function harnessPage(dir: string, url: string, siteScript: string, edit: (html: string) => string = (h) => h): Promise<ServedPage> {
  return { url, html: harnessPageHtml(edit(readFixture(`${dir}/page.html`)), siteScript), extra: await harnessFiles(url) };
}

interface Case {
  name: string;
  page(): Promise<ServedPage>;
  /** How many items the content script reads there (it has read the page when it reports them). */
  count: number;
  key(report: PageReport): string;
  text: string;
}

const CASES: Case[] = [
  {
    name: 'X DMs (Draft.js composer)',
    page: () => {
      const dir = 'tests/fixtures/x/dm-legacy-built-2026';
      return harnessPage(dir, readExpected(dir).url, '', (html) =>
        html.replace(/<div class="DraftEditor-root">[\s\S]*?<br data-text="true"><\/span>(<\/div>){6}/, '<div data-harness="draft" data-testid-for-editor="dmComposerTextInput"></div>'),
      );
    },
    count: 6,
    key: (r) => `x:${r.items.at(-1)!.id}`,
    text: 'Checking right now, María.',
  },
  {
    name: 'TikTok (Draft.js)',
    page: () => {
      const dir = 'tests/fixtures/tiktok/video-comments-built-2026';
      return harnessPage(dir, readExpected(dir).url, OPEN_TIKTOK_REPLY, withTikTokDraft);
    },
    count: 5,
    key: (r) => `tiktok:${r.items.find((i) => i.handle === 'devpatel')!.id}`,
    text: 'Thank you Dev! 💛',
  },
  {
    name: 'Facebook post (Lexical)',
    page: () => builtPage('tests/fixtures/facebook/post-comments-built-2026', 'https://www.facebook.com/acmeshoes/posts/pfbid02Xk7s', LEXICAL_FB, lexical('$1')),
    count: 7,
    key: () => 'facebook:7004',
    text: 'Thank you Sam! 💛',
  },
  {
    name: 'Messenger (Lexical)',
    page: () => builtPage('tests/fixtures/facebook/messenger-thread-built-2026', 'https://www.messenger.com/t/100023456789/', LEXICAL_FB, lexical('$1')),
    count: 5,
    key: (r) => `facebook:${r.items[4]!.id}`,
    text: 'Anytime!',
  },
  {
    name: 'WhatsApp Web (Lexical)',
    page: () =>
      builtPage('tests/fixtures/whatsapp/chat-built-2026', 'https://web.whatsapp.com/', /<div aria-label="Type a message"[^>]*data-lexical-editor="true"[^>]*><p[^>]*><br><\/p><\/div>/, lexical('Type a message')),
    count: 7,
    key: () => 'whatsapp:3EB0A1B2C3D4E5F60006',
    text: 'Happy to help, Priya!',
  },
  {
    name: 'Instagram DM (Lexical)',
    page: () =>
      builtPage('tests/fixtures/instagram/dm-thread-built-2026', 'https://www.instagram.com/direct/t/340282366841710300949128190000000001/', /<div aria-label="Message" contenteditable="true" role="textbox"[^>]*><p><br><\/p><\/div>/, lexical('Message')),
    count: 4,
    key: (r) => `instagram:${r.items[3]!.id}`,
    text: 'You are welcome!',
  },
  {
    name: "shreddit (Lexical in reddit-rte's shadow root)",
    page: () => {
      const dir = 'tests/fixtures/reddit/shreddit-thread-built-2026';
      return harnessPage(dir, `${readExpected(dir).url}?sort=new`, OPEN_SHREDDIT_REPLY);
    },
    count: 8,
    key: () => 'reddit:t1_m0after',
    text: 'It does ship to Canada!',
  },
  {
    name: 'LinkedIn post (Quill 2)',
    page: () =>
      builtPage(
        'tests/fixtures/linkedin/post-comments-built-2026',
        'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/',
        /<div class="editor-content ql-container">[\s\S]*?<div class="ql-clipboard"[^>]*><\/div><\/div>/,
        '<div class="editor-content" data-harness="quill"></div>',
      ),
    count: 6,
    key: (r) => `linkedin:${r.items[0]!.id}`,
    text: 'Hi Priya, yes: teams of 3 get Pro.',
  },
  {
    name: 'Instagram comment (React-controlled textarea)',
    page: () =>
      builtPage(
        'tests/fixtures/instagram/post-comments-built-2026',
        'https://www.instagram.com/p/DJ3kq9yS1aB/',
        /<textarea aria-label="Add a comment…"[^>]*><\/textarea>/,
        `<div data-harness="textarea" data-attrs='{"aria-label":"Add a comment…","placeholder":"Add a comment…"}'></div>`,
      ),
    count: 7,
    key: () => 'instagram:18040000000000004',
    text: 'Thank you! 💛',
  },
  {
    name: 'old Reddit (React-controlled textarea)',
    page: () => {
      const dir = 'tests/fixtures/reddit/old-reddit-thread-built-2026';
      return harnessPage(dir, `${readExpected(dir).url}?sort=new`, OPEN_OLD_REDDIT_REPLY);
    },
    count: 5,
    key: () => 'reddit:t1_o0maria',
    text: 'Refund sent this morning!',
  },
  {
    name: 'YouTube (plain contenteditable)',
    page: () => {
      const dir = 'tests/fixtures/youtube/watch-view-model-built-2026';
      return harnessPage(dir, `${readExpected(dir).url}&t=1`, OPEN_YOUTUBE_REPLY);
    },
    count: 8,
    key: () => 'youtube:UgxDev00000000000000AaABAg',
    text: 'Yes, we ship to Canada!',
  },
  {
    name: 'LinkedIn messaging (plain contenteditable)',
    page: () =>
      builtPage(
        'tests/fixtures/linkedin/messaging-thread-built-2026',
        'https://www.linkedin.com/messaging/thread/2-MTc0acme==/',
        /<div class="msg-form__contenteditable[^"]*"[^>]*><p><br><\/p><\/div>/,
        '<div class="msg-form__contenteditable" role="textbox" data-harness="contenteditable"></div>',
      ),
    count: 5,
    key: (r) => `linkedin:${r.items[4]!.id}`,
    text: 'Glad it arrived!',
  },
];

const harnessText = (ff: Firefox, tab: string, index = 0) => ff.inTab<string | null>(tab, 'return window.__harness.text(arguments[0]);', [index]);

describe.runIf(hasFirefox)('the Firefox build in Firefox ESR', () => {
  let ff: Firefox;
  let xTab: string;

  beforeAll(async () => {
    const start = Date.now();
    ff = await launchFirefox(HOSTS, await xThreadPage());
    console.info(`Firefox ready in ${Date.now() - start} ms`);
    // The start page's tab: the first and, so far, only one.
    xTab = (await ff.marionette.command<string[]>('WebDriver:GetWindowHandles'))[0]!;
  }, 120_000);

  afterAll(async () => ff?.close());

  test('the content script reads the X thread served at its real URL', async () => {
    await eventually(async () => ff.output().includes('[ReplyDesk] X:'), 60_000, 'the content script line');
    expect(ff.requests).toContain(X_THREAD_URL);
    expect(ff.output()).toContain('[ReplyDesk] X: 7 items');
  }, 90_000);

  test("why the paste carries Gecko's own init members: Firefox drops a ClipboardEvent's clipboardData", async () => {
    // Run by the page itself (a script element), not from any extension world.
    const seen = await ff.inTab<string>(
      xTab,
      `const script = document.createElement('script');
       script.textContent = \`{
         const data = new DataTransfer();
         data.setData('text/plain', 'a');
         const standard = new ClipboardEvent('paste', { clipboardData: data });
         const gecko = new ClipboardEvent('paste', { dataType: 'text/plain', data: 'b' });
         document.documentElement.dataset.probe = JSON.stringify([standard.clipboardData.getData('text/plain'), gecko.clipboardData.getData('text/plain')]);
       }\`;
       document.head.append(script);
       script.remove();
       const seen = document.documentElement.dataset.probe;
       delete document.documentElement.dataset.probe;
       return seen;`,
    );
    expect(JSON.parse(seen)).toEqual(['', 'b']);
  });

  test("X (Draft.js), the agent's way: select the item in the side panel page, / to search, insert", async () => {
    const panel = await ff.panelTab();
    const row = `li[data-key="${DEV}"]`;
    const m = ff.marionette;
    await eventually(() => ff.inTab(panel, 'return document.querySelector(arguments[0]) !== null;', [row]), 20_000, "Dev's row in the panel");
    await m.click(`${row} .row-main`);
    await eventually(() => ff.inTab(panel, 'return document.querySelector(arguments[0]) !== null;', [`${row} [aria-label="Suggested replies"]`]), 10_000, 'suggestions');
    await m.press('/');
    await m.type('input[aria-label="Search templates"]', 'kind words');
    await m.type('input[aria-label="Search templates"]', '\uE007');
    const draft = await ff.inTab<string>(panel, 'return document.querySelector(arguments[0]).value;', [`${row} textarea`]);
    expect(draft).toMatch(/^Thank you.*Dev/u);
    await m.click(`${row} .actions button`);
    const notice = await eventually(async () => {
      const text = await ff.inTab<string | null>(panel, 'return document.querySelector(arguments[0])?.textContent ?? null;', [`${row} .notice`]);
      return text && text !== 'Inserting…' ? text : null;
    }, 10_000, 'the insert notice');
    expect(notice).toMatch(/^Inserted/);
    // Index 1: the reply dialog's composer that X opens (0 is the inline one under the post).
    expect(await harnessText(ff, xTab, 1)).toBe(draft);
    // Once, and the editor is still alive: React kept track of its DOM.
    expect(await ff.inTab(xTab, `return document.querySelector('[role="dialog"] [data-testid="tweetTextarea_0"]').textContent;`)).toBe(draft);
  });

  test.each(CASES.map((c) => [c.name, c] as const))("%s: the reply goes in once, and the editor's own state holds it", async (_name, c) => {
    const served = await c.page();
    ff.serve(served.url, served.html, served.extra);
    const tab = await ff.openTab(served.url);
    const report = await eventually(async () => {
      const r = await ff.reportOf(served.url);
      return r.items.length >= c.count ? r : null;
    }, 20_000, `${c.count} items on ${served.url}`);
    expect(await ff.insertReply(served.url, c.key(report), c.text)).toEqual({ status: 'inserted' });
    expect(await harnessText(ff, tab)).toBe(c.text);
    await ff.marionette.switchTo(tab);
    await ff.marionette.closeTab();
  });

  test("the real sidebar beside Facebook (Lexical): select the comment, use the top suggestion, insert", async () => {
    const served = await builtPage('tests/fixtures/facebook/post-comments-built-2026', 'https://www.facebook.com/acmeshoes/posts/pfbid02Xk7s', LEXICAL_FB, lexical('$1'));
    ff.serve(served.url, served.html, served.extra);
    // The site in front, the sidebar beside it: the panel works on the active tab.
    const tab = await ff.openTab(served.url);
    await eventually(async () => (await ff.reportOf(served.url)).items.length >= 7, 20_000, 'the comments read');
    await ff.marionette.switchTo(tab);
    const { draft, notice } = await ff.inSidebar<{ draft: string; notice: string }>(`
      const doc = content.document;
      const row = () => doc.querySelector('li[data-key="facebook:7004"]');
      const wait = async (probe, label) => {
        for (let i = 0; i < 150; i++) {
          const value = probe();
          if (value) return value;
          await new Promise((r) => content.setTimeout(r, 100));
        }
        throw new Error('sidebar: no ' + label);
      };
      (await wait(() => row()?.querySelector('.row-main'), "Sam's row")).click();
      (await wait(() => row()?.querySelector('[aria-label="Suggested replies"] button'), 'suggestion')).click();
      const draft = await wait(() => row()?.querySelector('textarea')?.value, 'draft');
      row().querySelector('.actions button').click();
      const notice = await wait(() => { const t = row()?.querySelector('.notice')?.textContent; return t && t !== 'Inserting…' ? t : null; }, 'notice');
      return { draft, notice };`);
    expect(notice).toMatch(/^Inserted/);
    expect(draft.length).toBeGreaterThan(10);
    expect(await harnessText(ff, tab)).toBe(draft);
  });

  test('no uncaught errors in the pages (Firefox prints them as "JavaScript error: <url>")', () => {
    // The saved old Reddit page keeps its inline onclick handlers, whose functions live in
    // Reddit's own scripts, which the built page does not ship: clicking Reply reports them.
    const fixtureOwn = /old\.reddit\.com.*ReferenceError: (reply|click_thing) is not defined/;
    expect(ff.output().split('\n').filter((line) => /JavaScript error: https:/.test(line) && !fixtureOwn.test(line))).toEqual([]);
  });
});
