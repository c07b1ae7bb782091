import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, launchBrowser, reportOf, type Browser } from './browser';
import { xThreadPage, X_THREAD_URL } from './pages';

// The walking skeleton, end to end: the built extension in Chromium on the built X thread served at
// its real URL with the real draft-js editor; the side panel opened as a tab.

const DEV = 'x:1990000000000000004';
const MARIA = 'x:1990000000000000002';
const row = (panel: Page, key: string) => panel.locator(`li[data-key="${key}"]`);

describe('X end to end', () => {
  let browser: Browser;
  let site: Page;
  let panel: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await xThreadPage();
    await browser.serve(page.url, page.html, page.extra);
    site = await browser.openPage(X_THREAD_URL);
    site.on('pageerror', (error) => pageErrors.push(String(error)));
    panel = await browser.openExtensionPage('sidepanel.html');
  });
  afterAll(async () => browser?.close());

  test('the content script finds every reply on the thread', async () => {
    const report = await eventually(async () => {
      const r = await reportOf(browser, X_THREAD_URL);
      return r.items.length >= 7 ? r : null;
    }, 15_000, 'seven items');
    expect(report.site).toBe('x');
    expect(report.items.map((i) => i.id)).toEqual([
      '1990000000000000001', '1990000000000000002', '1990000000000000003', '1990000000000000004',
      '1990000000000000005', '1990000000000000006', '1990000000000000007',
    ]);
    expect(report.items.filter((i) => i.own).map((i) => i.id)).toEqual(['1990000000000000001', '1990000000000000003']);
  });

  test('the panel lists customer items newest first, with ages and clocks', async () => {
    await eventually(async () => (await panel.locator('li[data-key]').count()) === 5, 15_000, 'five queue rows');
    const keys = await panel.locator('li[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    // Unhandled newest first; María was answered by the account's own reply, so she is last.
    expect(keys).toEqual(['x:1990000000000000007', 'x:1990000000000000006', 'x:1990000000000000005', DEV, MARIA]);
    await expect.poll(() => row(panel, 'x:1990000000000000007').locator('.clock').getAttribute('data-clock')).toBe('ok');
    expect(await row(panel, DEV).locator('.clock').getAttribute('data-clock')).toBe('amber');
    expect(await row(panel, DEV).locator('.clock').textContent()).toBe('2 h ago');
  });

  test("the account's own reply marks the customer's item handled with the reply's time", async () => {
    await expect.poll(() => row(panel, MARIA).locator('.clock-done').textContent()).toBe('answered in 30 min');
    await expect.poll(() => panel.getByTestId('handled-today').textContent()).toMatch(/^\d+$/);
  });

  test('hostile text is shown as text, never run', async () => {
    const text = await row(panel, 'x:1990000000000000006').locator('.text').textContent();
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await panel.locator('li img').count()).toBe(0);
  });

  test("a template goes into X's Draft.js reply box with the customer's first name, and Draft's own state holds it", async () => {
    await row(panel, DEV).locator('.row-main').click();
    await panel.keyboard.press('/');
    await panel.getByRole('combobox', { name: 'Search templates' }).fill('kind words');
    await panel.keyboard.press('Enter');
    const text = await row(panel, DEV).getByRole('textbox', { name: 'Reply text' }).inputValue();
    expect(text).toMatch(/^Thank you.*Dev/u);
    await row(panel, DEV).getByRole('button', { name: /^Insert (reply|anyway)$/ }).click();
    await expect.poll(() => row(panel, DEV).locator('.notice').textContent(), { timeout: 10_000 }).not.toBe('Inserting…');
    expect(await row(panel, DEV).locator('.notice').textContent()).toMatch(/^Inserted/);
    // Index 1: the dialog composer that X opens for a reply (0 is the inline one under the post).
    const state = await site.evaluate(() => (window as unknown as { __harness: { text(i: number): string } }).__harness.text(1));
    expect(state).toBe(text);
    // The editor is still alive and shows the text once: React did not lose track of its DOM.
    expect(await site.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').textContent()).toBe(state);
    expect(pageErrors).toEqual([]);
  });

  test("the agent's reply appearing on the page marks the item handled, live", async () => {
    const sam = 'x:1990000000000000007';
    expect(await row(panel, sam).getByRole('button', { name: 'Mark handled' }).count()).toBe(1);
    // What X does after the agent sends: the own reply is rendered in the cell below the tweet.
    await site.evaluate(() => {
      const cells = [...document.querySelectorAll('[data-testid="cellInnerDiv"]')];
      const samCell = cells.find((c) => c.querySelector('a[href="/samq/status/1990000000000000007"]'))!;
      const ownCell = cells.find((c) => c.querySelector('a[href="/acmehelp/status/1990000000000000003"]'))!;
      const reply = ownCell.cloneNode(true) as Element;
      reply.innerHTML = reply.innerHTML.replaceAll('1990000000000000003', '1990000000000000008').replace(/datetime="[^"]+"/, `datetime="${new Date().toISOString()}"`);
      samCell.after(reply);
    });
    await expect.poll(() => row(panel, sam).locator('.clock-done').textContent(), { timeout: 10_000 }).toBe('answered in 5 min');
  });

  test('mark handled is stored and counted today; nothing is lost over a browser restart', async () => {
    const before = Number(await panel.getByTestId('handled-today').textContent());
    await row(panel, DEV).getByRole('button', { name: 'Mark handled' }).click();
    await expect.poll(() => panel.getByTestId('handled-today').textContent()).toBe(String(before + 1));
    await expect.poll(() => row(panel, DEV).getByRole('button', { name: 'Reopen' }).count()).toBe(1);

    await site.reload();
    await expect.poll(() => row(panel, DEV).getByRole('button', { name: 'Reopen' }).count()).toBe(1);

    const profileDir = browser.profileDir;
    await browser.context.close();
    browser = await launchBrowser({ profileDir });
    const page = await xThreadPage();
    await browser.serve(page.url, page.html, page.extra);
    site = await browser.openPage(X_THREAD_URL);
    panel = await browser.openExtensionPage('sidepanel.html');
    await expect.poll(() => row(panel, DEV).getByRole('button', { name: 'Reopen' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await panel.getByTestId('handled-today').textContent()).toBe(String(before + 1));
  });

  test('a write survives the service worker being stopped', async () => {
    const ben = 'x:1990000000000000005';
    const cdp = await browser.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    await row(panel, ben).getByRole('button', { name: 'Mark handled' }).click();
    await expect.poll(() => row(panel, ben).getByRole('button', { name: 'Reopen' }).count(), { timeout: 10_000 }).toBe(1);
  });

  test('a malformed message is rejected with a reason, and the background keeps working', async () => {
    const send = (m: unknown) =>
      panel.evaluate((message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message), m);
    expect(await send({ type: 'items/seen', items: 'not a list' })).toMatchObject({ ok: false, error: expect.stringMatching(/url|items|site/) });
    expect(await send({ hello: 'world' })).toMatchObject({ ok: false });
    expect(await send({ type: 'item/mark', action: 'flag', key: 'x:1990000000000000005', eventId: 'e2e-flag', atMs: Date.now() })).toEqual({ ok: true });
  });
});
