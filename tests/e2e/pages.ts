import { readFileSync } from 'node:fs';
import { shiftTimes } from '../fixtures/timeshift';
import { harnessFiles, withHarness } from './harness/bundle';

// Pages for the real-browser suite and the demo: our saved/built pages, served under their real
// URLs, with the real editor packages mounted where the site has its reply editor.

export interface ServedPage {
  url: string;
  html: string;
  extra: Record<string, { body: string; contentType: string }>;
}

const X_THREAD = 'tests/fixtures/x/status-thread-built-2026';
export const X_THREAD_URL = 'https://x.com/acmehelp/status/1990000000000000001';

// X opens a reply dialog holding a fresh Draft.js composer when a tweet's Reply is clicked.
const REPLY_DIALOG_SCRIPT = `<script>
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-testid="reply"]');
  if (!button || document.querySelector('[role="dialog"]')) return;
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  const box = document.createElement('div');
  box.dataset.harness = 'draft';
  box.dataset.testidForEditor = 'tweetTextarea_0';
  dialog.append(box);
  document.body.append(dialog);
  window.__harness.mount(box);
});
</script>`;

/**
 * The built X thread with the real draft-js editor in place of its static composer, times shifted
 * so the newest reply is `newestAgoMs` old.
 */
export async function xThreadPage(nowMs = Date.now(), newestAgoMs = 5 * 60_000): Promise<ServedPage> {
  let html = readFileSync(`${X_THREAD}/page.html`, 'utf8');
  // The static editor closes six divs after its line break: block, data-block, data-contents,
  // content, editorContainer, DraftEditor-root.
  html = html.replace(/<div class="DraftEditor-root">[\s\S]*?<br data-text="true"><\/span>(<\/div>){6}/, '<div data-harness="draft" data-testid-for-editor="tweetTextarea_0"></div>');
  if (!html.includes('data-harness="draft"')) throw new Error('the X fixture changed: no composer to replace');
  html = withHarness(shiftTimes(html, nowMs - newestAgoMs)).replace('</body>', `${REPLY_DIALOG_SCRIPT}</body>`);
  return { url: X_THREAD_URL, html, extra: await harnessFiles(X_THREAD_URL) };
}

/**
 * A long X thread: the built thread's customer reply repeated `count` times with fresh ids, as
 * X renders a big conversation (for the bench, and for "10,000 comments" tests).
 */
export function xLargeThreadHtml(count: number): string {
  const html = readFileSync(`${X_THREAD}/page.html`, 'utf8');
  const cells = html.split('<div data-testid="cellInnerDiv"');
  const reply = cells.find((c) => c.includes('/devpatel/status/1990000000000000004'));
  if (!reply) throw new Error('the X fixture changed: no reply cell to repeat');
  const copies: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = String(1991000000000000000n + BigInt(i));
    copies.push(`<div data-testid="cellInnerDiv"${reply.replaceAll('1990000000000000004', id).replace(/<\/div><\/div><\/div><\/div><\/main>[\s\S]*$/, '')}`);
  }
  const at = html.indexOf('<div data-testid="cellInnerDiv"');
  return `${html.slice(0, at)}${copies.join('')}</div></div></section></div></div></div></main></div></div></div></body></html>`;
}
