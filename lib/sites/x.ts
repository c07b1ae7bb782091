import { readLine, readText } from '../detect/text';
import { waitFor } from '../detect/wait';
import { SITE_HOSTS } from './hosts';
import type { PageContext, RawItem, SiteAdapter } from './types';

// X (x.com / twitter.com). Test ids are X's own end-to-end hooks and have outlived every
// class-name reshuffle since 2019; classes are generated and never used here.
const css = {
  tweet: 'article[data-testid="tweet"]',
  cell: '[data-testid="cellInnerDiv"]',
  userName: '[data-testid="User-Name"]',
  text: '[data-testid="tweetText"]',
  // X Articles (long-form) have no tweetText.
  longform: '[data-testid="longformRichTextComponent"]',
  // A quoted tweet is a role=link card inside the outer tweet, with its own name, text and time.
  quoteCard: 'div[role="link"]',
  time: 'time[datetime]',
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',
  avatarContainer: '[data-testid^="UserAvatar-Container-"]',
  profileTab: 'a[data-testid="AppTabBar_Profile_Link"]',
  replyButton: '[data-testid="reply"]',
  // Draft.js composer: the inline one under a focal tweet, or the reply dialog.
  editor: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] [contenteditable="true"]',
  dialog: '[role="dialog"]',
  primaryColumn: '[data-testid="primaryColumn"]',
} as const;

const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;
const RESERVED = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose']);

function statusOfUrl(url: URL): { handle: string; id: string } | null {
  const m = STATUS_PATH.exec(url.pathname);
  return m ? { handle: m[1]!, id: m[2]! } : null;
}

function outsideQuote(tweet: Element, el: Element): boolean {
  const card = el.closest(css.quoteCard);
  return !card || !tweet.contains(card);
}

function firstOwn<T extends Element>(tweet: Element, selector: string): T | null {
  for (const el of tweet.querySelectorAll<T>(selector)) if (outsideQuote(tweet, el)) return el;
  return null;
}

/** The tweet's own time: the one whose link is /<handle>/status/<id>, not the quoted tweet's. */
function ownTimeLink(tweet: Element): { time: HTMLTimeElement; handle: string; id: string; href: string } | null {
  for (const time of tweet.querySelectorAll<HTMLTimeElement>(css.time)) {
    if (!outsideQuote(tweet, time)) continue;
    const href = time.closest('a')?.getAttribute('href') ?? '';
    const m = STATUS_PATH.exec(href);
    if (m) return { time, handle: m[1]!, id: m[2]!, href: `/${m[1]}/status/${m[2]}` };
  }
  return null;
}

function readAuthor(tweet: Element): { name: string; handle?: string } | null {
  const box = firstOwn(tweet, css.userName);
  if (!box) return null;
  let handle: string | undefined;
  for (const a of box.querySelectorAll('a[href^="/"]')) {
    const path = a.getAttribute('href')!.slice(1);
    if (/^[A-Za-z0-9_]{1,15}$/.test(path) && !RESERVED.has(path.toLowerCase())) {
      handle = path;
      break;
    }
  }
  // The first line of User-Name is the display name; "@handle · 3h" follows.
  const name = readLine(box.querySelector('a') ?? box).replace(/@\w+.*$/, '').trim();
  if (!name && !handle) return null;
  return { name: name || handle!, handle };
}

/** On a thread, the tweet in the cell just above is the one a reply is drawn under. */
function previousTweetId(tweet: Element): string | undefined {
  const cell = tweet.closest(css.cell);
  for (let prev = cell?.previousElementSibling; prev; prev = prev.previousElementSibling) {
    const article = prev.querySelector(css.tweet);
    if (article) return ownTimeLink(article)?.id;
    // An empty cell is a separator between conversations: the reply starts a new branch.
    if (!prev.textContent?.trim()) return undefined;
  }
  return undefined;
}

function readTweet(tweet: Element, page: PageContext): RawItem | null {
  // A tweet nested in another article is part of that one (never a separate item).
  if (tweet.parentElement?.closest(css.tweet)) return null;
  const link = ownTimeLink(tweet);
  const author = readAuthor(tweet);
  if (!link || !author) return null; // promoted tweets have no time; half-rendered ones no name
  const textEl = firstOwn(tweet, css.text) ?? firstOwn(tweet, css.longform);
  const text = readText(textEl, { inlineDivs: true });
  const status = statusOfUrl(page.url);
  const isFocal = status?.id === link.id;
  const handle = author.handle ?? link.handle;
  const postedAtMs = Date.parse(link.time.getAttribute('datetime')!);
  const item: RawItem = {
    site: 'x',
    id: link.id,
    kind: status && !isFocal ? 'reply' : 'post',
    author: author.name,
    handle,
    authorUrl: `https://x.com/${handle}`,
    text,
    permalink: `https://x.com${link.href}`,
    own: page.ownHandle !== undefined && handle.toLowerCase() === page.ownHandle,
  };
  if (Number.isFinite(postedAtMs)) item.postedAtMs = postedAtMs;
  if (status) {
    item.threadId = status.id;
    if (!isFocal) item.parentId = previousTweetId(tweet) ?? status.id;
  }
  return item;
}

function readOwnHandle(doc: Document): string | undefined {
  const avatar = doc.querySelector(css.accountSwitcher)?.querySelector(css.avatarContainer);
  const fromAvatar = avatar?.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length);
  if (fromAvatar && fromAvatar !== 'unknown') return fromAvatar.toLowerCase();
  const profile = doc.querySelector(css.profileTab)?.getAttribute('href')?.slice(1);
  return profile ? profile.toLowerCase() : undefined;
}

export const x: SiteAdapter = {
  id: 'x',
  label: 'X',
  hostPatterns: SITE_HOSTS.x,
  matches: (url) => /^(mobile\.)?(x|twitter)\.com$/.test(url.hostname),
  itemSelector: css.tweet,
  readPage: (doc, url) => ({ url, ownHandle: readOwnHandle(doc) }),
  readItem: readTweet,
  explainEmpty(doc, url) {
    if (doc.querySelector(css.tweet)) return 'posts on this page could not be read (markup not recognised)';
    if (statusOfUrl(url)) return 'no replies found on this page yet';
    if (!doc.querySelector(css.primaryColumn)) return 'markup not recognised: no X timeline on this page';
    return 'no posts or replies on this page';
  },
  findItemNode(root, item) {
    for (const time of root.querySelectorAll(css.time)) {
      const href = time.closest('a')?.getAttribute('href') ?? '';
      if (STATUS_PATH.exec(href)?.[2] !== item.id) continue;
      const tweet = time.closest(css.tweet);
      if (tweet && outsideQuote(tweet, time)) return tweet;
    }
    return null;
  },
  async openReplyBox(tweet, doc) {
    // The focal tweet of a thread has an inline composer right below it.
    const inline = findEditor(doc, tweet);
    if (inline) return inline;
    tweet.querySelector<HTMLElement>(css.replyButton)?.click();
    return waitFor(() => doc.querySelector(css.dialog)?.querySelector<HTMLElement>(css.editor) ?? null);
  },
};

/** The inline composer that belongs to this tweet: the first editor after it in the thread. */
function findEditor(doc: Document, tweet: Element): HTMLElement | null {
  const id = ownTimeLink(tweet)?.id;
  const status = statusOfUrl(new URL(doc.URL));
  if (!id || status?.id !== id) return null;
  return (doc.querySelector(css.primaryColumn) ?? doc).querySelector<HTMLElement>(css.editor);
}

// Fixtures: ../shared/fixtures/x/x-likes-feed-2025.html, x-tweet-with-quote-fragment-2024.html;
// tests/fixtures/x/status-thread-built-2026/page.html (built from the 2025 markup).
