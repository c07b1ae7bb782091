import { afterEach, describe, expect, test, vi } from 'vitest';
import { x } from '../sites/x';
import { youtube } from '../sites/youtube';
import type { RawItem, SiteAdapter } from '../sites/types';
import { PageWatcher } from './watcher';

// The watcher on the test window's live document: MutationObserver, SPA navigation, shadow roots.

function comment(video: string, lc: string, author: string, text: string): string {
  return `<ytd-comment-thread-renderer><ytd-comment-renderer id="comment"><div id="header-author"><a id="author-text" href="/@${author}"><span>${author}</span></a><yt-formatted-string class="published-time-text"><a href="/watch?v=${video}&amp;lc=${lc}">1 day ago</a></yt-formatted-string></div><yt-formatted-string id="content-text">${text}</yt-formatted-string></ytd-comment-renderer></ytd-comment-thread-renderer>`;
}

function watch(adapter: SiteAdapter) {
  const seen: RawItem[][] = [];
  const watcher = new PageWatcher({ adapter, doc: document, emit: (items) => seen.push(items), settleMs: 20 });
  return { watcher, seen };
}

/** Puts the test window at a site's address (happy-dom's own hook; pushState is same-origin only). */
function goTo(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

let active: PageWatcher | null = null;
afterEach(() => {
  active?.stop();
  active = null;
  document.body.innerHTML = '';
});

describe('PageWatcher', () => {
  test('an SPA navigation forgets the old video and reads the new one, including re-bound elements', async () => {
    goTo('https://www.youtube.com/watch?v=AAAAAAAAAAA');
    document.body.innerHTML = `<ytd-comments><div id="contents">${comment('AAAAAAAAAAA', 'UgA1', 'ana', 'first video')}</div></ytd-comments>`;
    const { watcher } = watch(youtube);
    active = watcher;
    watcher.start();
    expect(watcher.report().items.map((i) => i.id)).toEqual(['UgA1']);

    // YouTube changes the URL first; the old comment is still on screen for a moment.
    history.pushState(null, '', '/watch?v=BBBBBBBBBBB');
    watcher.navigated();
    expect(watcher.report().items).toEqual([]);

    // Polymer then re-binds the same element to a comment of the new video: no node is added.
    const link = document.querySelector('a[href*="lc="]')!;
    document.querySelector('#content-text')!.textContent = 'second video';
    link.setAttribute('href', '/watch?v=BBBBBBBBBBB&lc=UgB1');
    await vi.waitFor(() => expect(watcher.report().items.map((i) => [i.id, i.text])).toEqual([['UgB1', 'second video']]));
  });

  test('the settle scan after navigation catches changes no observed mutation reports', async () => {
    goTo('https://www.youtube.com/watch?v=AAAAAAAAAAA');
    document.body.innerHTML = `<ytd-comments><div id="contents">${comment('AAAAAAAAAAA', 'UgA2', 'ben', 'loading…')}</div></ytd-comments>`;
    const { watcher } = watch(youtube);
    active = watcher;
    watcher.start();
    history.pushState(null, '', '/watch?v=AAAAAAAAAAA&t=5');
    watcher.navigated();
    // Polymer fills the text node in place: a characterData change, which is not observed.
    document.querySelector('#content-text')!.firstChild!.nodeValue = 'the real text';
    await vi.waitFor(() => expect(watcher.report().items.map((i) => i.text)).toEqual(['the real text']));
  });

  test('items inside an adapter shadow host are found when the host and its content arrive later', async () => {
    goTo('https://x.com/i/chat/1-2');
    document.body.innerHTML = '<div data-testid="dm-container"></div>';
    const { watcher } = watch(x);
    active = watcher;
    watcher.start();
    const host = document.createElement('div');
    host.setAttribute('data-testid', 'xchatEmbedRoute');
    document.querySelector('[data-testid="dm-container"]')!.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<header data-testid="dm-conversation-header"><a href="/samq">Sam</a></header><div data-testid="dm-message-list"></div>';
    await vi.waitFor(() => expect(watcher.report().reason).toBeDefined());
    // A message arrives inside the shadow root after the watcher attached to it.
    await new Promise((r) => setTimeout(r, 80));
    shadow.querySelector('[data-testid="dm-message-list"]')!.innerHTML =
      '<div data-dm-message-row="aaaaaaaa-1" data-testid="message-aaaaaaaa-1"><div data-testid="message-text-aaaaaaaa-1">hello?</div></div>';
    await vi.waitFor(() => expect(watcher.report().items.map((i) => [i.id, i.author, i.own])).toEqual([['aaaaaaaa-1', 'Sam', false]]));
  });
});
