import { isEndAligned } from '../detect/dm';
import { hashId } from '../detect/identity';
import { readLine, readText } from '../detect/text';
import { waitFor } from '../detect/wait';
import { findDeep } from './editors';
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
  // DMs. Legacy /messages: one messageEntry per message; the new /i/chat (2025) gives each row
  // the message's own id (data-dm-message-row, data-testid="message-<uuid>") and may render the
  // whole chat in an open shadow root under xchatEmbedRoute. No real DM page could be shared
  // (they hold private messages): these hooks come from SITES.md and public automation code.
  dmEntry: '[data-testid="messageEntry"]',
  chatRow: '[data-dm-message-row]',
  chatText: '[data-testid^="message-text-"]',
  dmText: '[data-testid="tweetText"], [data-testid="messageText"], [data-testid="dm-message-text"]',
  dmMedia: 'img:not([alt=""]), video, [data-testid="dmComposerAttachment"], [data-testid="tweetPhoto"]',
  conversation: '[data-testid="conversation"]',
  dmHeader: '[data-testid="dm-conversation-header"], [data-testid="DM_Conversation_Header"], [data-testid="DMConversationHeader"]',
  selectedConversation: '[data-testid="conversation"][aria-selected="true"], [aria-selected="true"] [data-testid="conversation"]',
  chatHost: '[data-testid="xchatEmbedRoute"]',
  dmContainer: '[data-testid="dm-container"], [data-testid="dm-conversation-panel"], [data-testid="DmActivityViewport"], [data-testid="DmScrollerContainer"], [data-testid="DMDrawer"]',
  dmComposer: '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"], [data-testid="dm-composer"] [contenteditable="true"]',
} as const;

const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;
const DM_PATH = /^\/(?:messages|i\/chat)\/([\w-]+)/;
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
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
    handle = handleOfHref(a.getAttribute('href'));
    if (handle) break;
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
  // A tweet nested in another article is part of that one (never a separate item), and a tweet
  // shared into a DM is part of that message.
  if (tweet.parentElement?.closest(`${css.tweet}, ${css.dmEntry}, ${css.chatRow}`)) return null;
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

/** "/acme" or "https://x.com/acme" → "acme"; other paths and sites → undefined. */
function handleOfHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  let path: string;
  try {
    const url = new URL(href, 'https://x.com');
    if (!/^(mobile\.)?(x|twitter)\.com$/.test(url.hostname)) return undefined;
    path = url.pathname.replace(/^\/|\/$/g, '');
  } catch {
    return undefined;
  }
  return HANDLE.test(path) && !RESERVED.has(path.toLowerCase()) ? path : undefined;
}

interface Person {
  name: string;
  handle?: string;
}

/** The logged-in account as the side nav shows it: avatar alt / display name, then @handle. */
function readSelf(doc: Document, page: PageContext): Person {
  const lines = readText(doc.querySelector(css.accountSwitcher)).split('\n').map((l) => l.trim());
  const name = lines.find((l) => l && !l.startsWith('@'));
  return { name: name || page.ownHandle || 'you', handle: page.ownHandle };
}

/** The other people of the open conversation, from its header (or the selected list row). */
function conversationPartners(node: Element, page: PageContext): Person[] {
  const root = node.getRootNode() as Document | ShadowRoot;
  const header = root.querySelector(css.dmHeader) ?? node.ownerDocument.querySelector(css.selectedConversation);
  const people = new Map<string, Person>();
  for (const a of header?.querySelectorAll('a[href]') ?? []) {
    const handle = handleOfHref(a.getAttribute('href'));
    if (!handle || handle.toLowerCase() === page.ownHandle) continue;
    const name = readLine(a).replace(/@\w+.*$/, '').trim();
    const known = people.get(handle.toLowerCase());
    // The avatar link comes first and has no text; the name link after it does.
    if (!known || (known.name === handle && name)) people.set(handle.toLowerCase(), { name: name || handle, handle });
  }
  return [...people.values()];
}

function conversationOf(node: Element, url: URL): string | undefined {
  const fromUrl = DM_PATH.exec(url.pathname)?.[1];
  if (fromUrl) return fromUrl;
  const attr = node.closest('[data-conversation-id]')?.getAttribute('data-conversation-id');
  if (attr) return attr;
  for (const a of node.querySelectorAll('a[href]')) {
    const m = DM_PATH.exec(a.getAttribute('href') ?? '');
    if (m) return m[1];
  }
  return undefined;
}

function dmPermalink(url: URL, conversation: string | undefined): string | undefined {
  if (!conversation) return undefined;
  return url.pathname.startsWith('/i/chat') ? `https://x.com/i/chat/${conversation}` : `https://x.com/messages/${conversation}`;
}

function readTime(node: Element, item: RawItem): void {
  const time = node.querySelector('time');
  const postedAtMs = Date.parse(time?.getAttribute('datetime') ?? '');
  if (Number.isFinite(postedAtMs)) item.postedAtMs = postedAtMs;
  else if (readLine(time)) item.timeText = readLine(time);
}

/** One message of an open conversation: who sent it is never guessed. */
function readMessage(node: Element, page: PageContext): RawItem | null {
  if (node.parentElement?.closest(`${css.dmEntry}, ${css.chatRow}`)) return null;
  const rowId = node.getAttribute('data-dm-message-row');
  const textEl = (rowId !== null ? node.querySelector(css.chatText) : null) ?? node.querySelector(css.dmText);
  // Image-only messages are messages too; an empty shell is not one yet.
  if (!textEl && !node.querySelector(css.dmMedia)) return null;
  const text = readText(textEl);
  let sender: Person | undefined;
  for (const a of node.querySelectorAll('a[href]')) {
    if (textEl?.contains(a)) continue; // an @mention in the message is not its sender
    const handle = handleOfHref(a.getAttribute('href'));
    if (handle) {
      sender = { name: readLine(a).replace(/@\w+.*$/, '').trim() || handle, handle };
      break;
    }
  }
  let own: boolean;
  if (sender) own = sender.handle!.toLowerCase() === page.ownHandle;
  else if (isEndAligned(node)) own = true;
  else {
    // Unlabelled incoming message: only a one-to-one conversation tells who wrote it.
    const partners = conversationPartners(node, page);
    if (partners.length !== 1) return null;
    sender = partners[0];
    own = false;
  }
  const author = own ? readSelf(node.ownerDocument, page) : sender!;
  const conversation = conversationOf(node, page.url);
  const item: RawItem = {
    site: 'x',
    id: rowId && /^[\w-]{6,}$/.test(rowId) ? rowId : '',
    kind: 'dm',
    author: author.name,
    text,
    own,
  };
  if (author.handle) {
    item.handle = author.handle;
    item.authorUrl = `https://x.com/${author.handle}`;
  }
  readTime(node, item);
  item.id ||= hashId('x-dm', conversation, own ? 'out' : 'in', text, String(item.postedAtMs ?? item.timeText ?? ''));
  if (conversation) item.threadId = conversation;
  const permalink = dmPermalink(page.url, conversation);
  if (permalink) item.permalink = permalink;
  return item;
}

/**
 * An own message answers the customer's unanswered run of messages just above it; its parentId is
 * the first of them, so the response time runs from the customer's first message.
 */
function readDm(node: Element, page: PageContext): RawItem | null {
  const item = readMessage(node, page);
  if (!item?.own) return item;
  // Walk back row by row (each message sits in its own cell), only as far as the run goes.
  const rowSelector = `${css.dmEntry}, ${css.chatRow}`;
  const cell = node.closest(css.cell) ?? node.parentElement?.closest('[data-dm-item-key]') ?? node;
  let first: RawItem | undefined;
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    const row = prev.matches(rowSelector) ? prev : prev.querySelector(rowSelector);
    const earlier = row ? readMessage(row, page) : null;
    if (!earlier) continue;
    if (earlier.own) break;
    first = earlier;
  }
  if (first) item.parentId = first.id;
  return item;
}

/** A row of the conversation list (the /messages inbox or the DM drawer). */
function readPreview(row: Element, page: PageContext): RawItem | null {
  const textEl = row.querySelector(css.dmText);
  const lines = readText(row).split('\n').map((l) => l.trim()).filter(Boolean);
  const handleAt = lines.findIndex((l) => /^@[A-Za-z0-9_]{1,15}$/.test(l));
  const handle =
    lines[handleAt]?.slice(1) ?? [...row.querySelectorAll('a[href]')].map((a) => handleOfHref(a.getAttribute('href'))).find((h) => h);
  // The row reads: name, @handle, ·, time, then the preview. The name is what comes before the
  // handle or the time, never a line of the preview (a half-drawn row must not name the text).
  const timeAt = lines.indexOf(readLine(row.querySelector('time')));
  const header = Math.min(...[handleAt, timeAt].filter((i) => i >= 0));
  const name = Number.isFinite(header) ? lines.slice(0, header).find((l) => !l.startsWith('@') && l !== '·') : undefined;
  if (!name && !handle) return null;
  const text = readText(textEl);
  const conversation = conversationOf(row, new URL('https://x.com/'));
  const item: RawItem = { site: 'x', id: '', kind: 'dm-preview', author: name ?? handle!, text, own: false };
  if (handle) {
    item.handle = handle;
    item.authorUrl = `https://x.com/${handle}`;
  }
  readTime(row, item);
  item.id = hashId('x-dm-preview', conversation ?? handle ?? name, text, String(item.postedAtMs ?? item.timeText ?? ''));
  if (conversation) {
    item.threadId = conversation;
    item.permalink = dmPermalink(page.url, conversation);
  }
  return item;
}

function readXItem(node: Element, page: PageContext): RawItem | null {
  if (node.matches(css.tweet)) return readTweet(node, page);
  if (node.matches(css.conversation)) return readPreview(node, page);
  return readDm(node, page);
}

export const x: SiteAdapter = {
  id: 'x',
  label: 'X',
  hostPatterns: SITE_HOSTS.x,
  matches: (url) => /^(mobile\.)?(x|twitter)\.com$/.test(url.hostname),
  itemSelector: `${css.tweet}, ${css.dmEntry}, ${css.chatRow}, ${css.conversation}`,
  shadowHosts: css.chatHost,
  readPage: (doc, url) => ({ url, ownHandle: readOwnHandle(doc) }),
  readItem: readXItem,
  explainEmpty(doc, url) {
    if (doc.querySelector(css.tweet)) return 'posts on this page could not be read (markup not recognised)';
    if (/^\/(messages|i\/chat)(\/|$)/.test(url.pathname)) {
      const chat = findDeep(doc, `${css.dmEntry}, ${css.chatRow}, ${css.conversation}`);
      if (chat) return 'messages on this page could not be read (markup not recognised, or the sender is not shown)';
      if (!findDeep(doc, css.dmContainer)) return 'markup not recognised: no X messages view on this page';
      return DM_PATH.test(url.pathname) ? 'no messages in this conversation yet' : 'no conversations on screen';
    }
    if (statusOfUrl(url)) return 'no replies found on this page yet';
    if (!doc.querySelector(css.primaryColumn)) return 'markup not recognised: no X timeline on this page';
    return 'no posts or replies on this page';
  },
  findItemNode(root, item) {
    if (!/^\d+$/.test(item.id)) return findDm(root, item.id);
    for (const time of root.querySelectorAll(css.time)) {
      const href = time.closest('a')?.getAttribute('href') ?? '';
      if (STATUS_PATH.exec(href)?.[2] !== item.id) continue;
      const tweet = time.closest(css.tweet);
      if (tweet && outsideQuote(tweet, time)) return tweet;
    }
    return null;
  },
  async openReplyBox(tweet, doc) {
    if (!tweet.matches(css.tweet)) {
      // A DM is answered in its conversation's composer; a list row opens its conversation first.
      if (tweet.matches(css.conversation)) (tweet.querySelector<HTMLElement>('a[href], [role="link"]') ?? (tweet as HTMLElement)).click();
      return waitFor(() => findDeep<HTMLElement>(tweet.getRootNode() as ParentNode, css.dmComposer) ?? findDeep<HTMLElement>(doc, css.dmComposer));
    }
    // The focal tweet of a thread has an inline composer right below it.
    const inline = findEditor(doc, tweet);
    if (inline) return inline;
    tweet.querySelector<HTMLElement>(css.replyButton)?.click();
    return waitFor(() => doc.querySelector(css.dialog)?.querySelector<HTMLElement>(css.editor) ?? null);
  },
};

/** A DM or conversation row by id: the chat row's own id, else the id its reading gives. */
function findDm(root: ParentNode, id: string): Element | null {
  const row = findDeep(root, `[data-dm-message-row="${CSS.escape(id)}"]`);
  if (row) return row;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const page: PageContext = { url: new URL(doc.URL), ownHandle: readOwnHandle(doc) };
  for (const node of root.querySelectorAll(`${css.dmEntry}, ${css.conversation}`)) if (readXItem(node, page)?.id === id) return node;
  return null;
}

/** The inline composer that belongs to this tweet: the first editor after it in the thread. */
function findEditor(doc: Document, tweet: Element): HTMLElement | null {
  const id = ownTimeLink(tweet)?.id;
  const status = statusOfUrl(new URL(doc.URL));
  if (!id || status?.id !== id) return null;
  return (doc.querySelector(css.primaryColumn) ?? doc).querySelector<HTMLElement>(css.editor);
}

// Fixtures: ../shared/fixtures/x/x-likes-feed-2025.html, x-tweet-with-quote-fragment-2024.html;
// tests/fixtures/x/status-thread-built-2026/page.html (built from the 2025 markup).
