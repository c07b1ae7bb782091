import { afterEach, describe, expect, test, vi } from 'vitest';
import { waitFor } from './wait';
import { PageWatcher } from './watcher';
import { x } from '../sites/x';
import { youtube } from '../sites/youtube';
import type { RawItem, SiteAdapter } from '../sites/types';

// A minimal X page: cells hold tweets in X's real test ids (see tests/fixtures/x for full pages).
const tweet = (id: string, text: string) =>
  `<article data-testid="tweet"><div data-testid="User-Name"><a href="/ana"><span>Ana</span></a></div><a href="/ana/status/${id}"><time datetime="2026-11-20T10:00:00.000Z">1h</time></a><div data-testid="tweetText">${text}</div></article>`;

function setup(html: string, adapter: SiteAdapter = x) {
  document.body.innerHTML = `<div data-testid="primaryColumn"><div id="list">${html}</div></div>`;
  const emitted: Array<{ ids: string[]; reset: boolean; reason?: string }> = [];
  const watcher = new PageWatcher({
    adapter,
    doc: document,
    emit: (items: RawItem[], reset, reason) => emitted.push({ ids: items.map((i) => i.id), reset, reason }),
  });
  watcher.start();
  const list = document.getElementById('list')!;
  const add = (h: string) => list.insertAdjacentHTML('beforeend', `<div data-testid="cellInnerDiv">${h}</div>`);
  return { watcher, emitted, list, add };
}

describe('PageWatcher', () => {
  test('reads the page once at start', () => {
    const { emitted, watcher } = setup(tweet('1', 'first'));
    expect(emitted).toEqual([{ ids: ['1'], reset: true }]);
    expect(watcher.report().items.map((i) => i.id)).toEqual(['1']);
    watcher.stop();
  });

  test('picks up only what the page adds, and counts an item once when it leaves and comes back', async () => {
    const { emitted, list, add, watcher } = setup('');
    add(tweet('2', 'second'));
    await waitFor(() => (emitted.length > 1 ? true : null), 2000);
    expect(emitted.at(-1)).toEqual({ ids: ['2'], reset: false });

    // Virtualised list: the cell is removed when scrolled away and re-inserted later.
    const cell = list.lastElementChild!;
    cell.remove();
    list.append(cell);
    add(tweet('3', 'third'));
    await waitFor(() => (emitted.some((e) => e.ids.includes('3')) ? true : null), 2000);
    expect(emitted.flatMap((e) => e.ids).filter((id) => id === '2')).toHaveLength(1);
    expect(watcher.report().items.map((i) => i.id)).toEqual(['2', '3']);
    watcher.stop();
  });

  test('emits an item again when its text changes (a tweet filled in after its shell)', async () => {
    const { emitted, list, watcher } = setup(tweet('4', 'draft'));
    list.querySelector('[data-testid="tweetText"]')!.append(document.createElement('span'));
    list.querySelector('[data-testid="tweetText"] span')!.textContent = ' and more';
    watcher.flush();
    expect(watcher.report().items[0]!.text).toBe('draft and more');
    expect(emitted.map((e) => e.ids)).toEqual([['4'], ['4']]);
    watcher.stop();
  });

  test('items are read again when the logged-in account is drawn after them', () => {
    const { emitted, watcher } = setup(tweet('8', 'our own reply'));
    expect(watcher.report().items[0]!.own).toBe(false);
    document.body.insertAdjacentHTML(
      'afterbegin',
      '<button data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-ana"></div></button>',
    );
    watcher.flush();
    expect(watcher.report().items[0]!.own).toBe(true);
    expect(emitted.map((e) => e.ids)).toEqual([['8'], ['8']]);
    watcher.stop();
  });

  test('a navigation without reload starts a new page', () => {
    const { emitted, watcher, list } = setup(tweet('5', 'old page'));
    list.innerHTML = tweet('6', 'new page');
    watcher.navigated();
    expect(emitted.at(-1)).toEqual({ ids: ['6'], reset: true });
    expect(watcher.report().items.map((i) => i.id)).toEqual(['6']);
    watcher.stop();
  });

  test('an empty page says why', () => {
    const { emitted, watcher } = setup('<p>nothing</p>');
    expect(emitted).toEqual([{ ids: [], reset: true, reason: 'no posts or replies on this page' }]);
    expect(watcher.report().reason).toBe('no posts or replies on this page');
    watcher.stop();
  });

  test('an adapter that throws is reported, never thrown into the page', () => {
    const broken: SiteAdapter = { ...x, readItem: vi.fn(() => { throw new Error('markup moved'); }) };
    const { emitted, watcher } = setup(tweet('7', 'x'), broken);
    expect(emitted[0]).toMatchObject({ ids: [], reset: true, reason: expect.stringMatching(/x adapter failed on 1 item\(s\): Error: markup moved/) });
    watcher.stop();
  });
});

// The watcher on the test window's live document: MutationObserver, SPA navigation, shadow roots.

function comment(video: string, lc: string, author: string, text: string): string {
  return `<ytd-comment-thread-renderer><ytd-comment-renderer id="comment"><div id="header-author"><a id="author-text" href="/@${author}"><span>${author}</span></a><yt-formatted-string class="published-time-text"><a href="/watch?v=${video}&amp;lc=${lc}">1 day ago</a></yt-formatted-string></div><yt-formatted-string id="content-text">${text}</yt-formatted-string></ytd-comment-renderer></ytd-comment-thread-renderer>`;
}

function watchLive(adapter: SiteAdapter) {
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

describe('PageWatcher on SPA navigation and shadow roots', () => {
  test('an SPA navigation forgets the old video and reads the new one, including re-bound elements', async () => {
    goTo('https://www.youtube.com/watch?v=AAAAAAAAAAA');
    document.body.innerHTML = `<ytd-comments><div id="contents">${comment('AAAAAAAAAAA', 'UgA1', 'ana', 'first video')}</div></ytd-comments>`;
    const { watcher } = watchLive(youtube);
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
    const { watcher } = watchLive(youtube);
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
    const { watcher } = watchLive(x);
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
