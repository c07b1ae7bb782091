import { firstOfUnansweredRun, previousRow } from '../detect/dm';
import { hashId } from '../detect/identity';
import { readLine, readText } from '../detect/text';
import { SITE_HOSTS } from './hosts';
import type { PageContext, RawItem, SiteAdapter } from './types';

// WhatsApp Web: the open chat only (#main). Classes are generated except message-in/message-out,
// which WhatsApp's own code and every scraper since 2019 rely on; since April 2026 data-id is a
// bare message id and no longer says who sent it, so direction comes from those classes alone.
const css = {
  main: '#main',
  row: '#main [role="row"]',
  message: '.message-in, .message-out',
  id: '[data-id]',
  pre: '[data-pre-plain-text]',
  text: '[data-testid="selectable-text"], .selectable-text',
  // A quoted message (reply-to) is a button inside the bubble holding WhatsApp's quoted-mention.
  quoteButton: '[role="button"]',
  quoteText: '.quoted-mention',
  author: '[data-testid="author"], [testid="author"]',
  media: 'img:not([alt]), img[alt=""], video, audio, [data-icon="audio-play"], [data-icon="document"]',
  recalled: '[data-icon="recalled"]',
  title: '#main header span[title], #main header [dir="auto"]',
  composer: '#main footer [contenteditable="true"]',
} as const;

/** The bubble's "[time, date] Sender: " prefix (the copy-paste header WhatsApp writes). */
const PRE = /^\s*\[([^\]]+)\]\s*(.*?):\s*$/s;

type DateOrder = 'dmy' | 'mdy';

interface ChatPage extends PageContext {
  chat?: string;
  /** Our name as our own headers write it (ownHandle is its lower case). */
  ownName?: string;
  /** Day-first or month-first, learnt from every header on the page; absent when none decides. */
  dateOrder?: DateOrder;
  /** Every incoming message on the page is the chat partner's: their headers all name the chat. */
  isOneToOne: boolean;
}

interface Pre {
  when: string;
  sender: string;
}

function readPre(el: Element | null): Pre | null {
  const m = PRE.exec(el?.getAttribute('data-pre-plain-text') ?? '');
  return m ? { when: m[1]!.trim(), sender: m[2]!.trim() } : null;
}

interface Stamp {
  y: number;
  a: number;
  b: number;
  h: number;
  min: number;
  isTwelveHour: boolean;
  isYearFirst: boolean;
}

const CLOCK = /(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*([ap])?\.?\s*m?\.?/i;

/**
 * WhatsApp writes the time and date in the phone's locale: "12:19, 10/05/2026" (en-GB),
 * "8:05 pm, 14/12/2025", "9:41 AM, 5/10/2026" (en-US), "21:05, 10.5.2026" (de),
 * "21:05, 2026/5/10" (ja). Supported: a 24- or 12-hour clock (am/pm, a.m./p.m.) and a
 * three-number date, year first or last, in either order around the comma.
 */
function readStamp(when: string): Stamp | null {
  const parts = when.split(',').map((p) => p.trim());
  const clockPart = parts.find((p) => CLOCK.test(p) && !/\d{4}/.test(p)) ?? '';
  const datePart = parts.find((p) => p !== clockPart) ?? '';
  const clock = CLOCK.exec(clockPart);
  const nums = datePart.match(/\d+/g);
  if (!clock || !nums || nums.length !== 3) return null;
  let h = Number(clock[1]);
  const min = Number(clock[2]);
  const meridiem = clock[3]?.toLowerCase();
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem === 'p' ? 12 : 0);
  }
  const [first, second, third] = nums as [string, string, string];
  const isYearFirst = first.length === 4;
  const y = Number(isYearFirst ? first : third.length === 2 ? `20${third}` : third);
  return {
    y,
    a: Number(isYearFirst ? second : first),
    b: Number(isYearFirst ? third : second),
    h,
    min,
    isTwelveHour: Boolean(meridiem),
    isYearFirst,
  };
}

/** What a page's headers say about day/month order: a field above 12 settles it. */
function learnOrder(stamps: Iterable<Stamp>): DateOrder | undefined {
  for (const s of stamps) {
    if (s.isYearFirst) continue;
    if (s.a > 12) return 'dmy';
    if (s.b > 12) return 'mdy';
  }
  return undefined;
}

/**
 * Local time of a header. Year-first dates are Y/M/D. Otherwise the page's own evidence decides;
 * with none (every day ≤ 12), a 12-hour clock means the US order M/D and a 24-hour one D/M.
 */
function toMs(s: Stamp, order: DateOrder | undefined): number | undefined {
  const dayFirst = s.isYearFirst ? false : (order ?? (s.isTwelveHour ? 'mdy' : 'dmy')) === 'dmy';
  const [month, day] = s.isYearFirst ? [s.a, s.b] : dayFirst ? [s.b, s.a] : [s.a, s.b];
  if (month < 1 || month > 12 || day < 1 || day > 31 || s.h > 23 || s.min > 59) return undefined;
  const date = new Date(s.y, month - 1, day, s.h, s.min);
  return date.getMonth() === month - 1 ? date.getTime() : undefined; // 31/02 rolls over: refuse it
}

function isIncoming(message: Element): boolean {
  return message.classList.contains('message-in');
}

function isQuoted(el: Element, within: Element): boolean {
  const button = el.closest(css.quoteButton);
  return button !== null && within.contains(button) && button.querySelector(css.quoteText) !== null;
}

/** The bubble's own pieces, not those of a quoted message inside it. */
function ownOf(message: Element, selector: string): Element[] {
  return [...message.querySelectorAll(selector)].filter((el) => !isQuoted(el, message));
}

/** A message the agent may answer: not a system note, date chip, deleted message or contact row. */
function messageOf(row: Element): { message: Element; pre: Pre | null; text: string } | null {
  const message = row.querySelector(css.message);
  if (!message || message.querySelector(css.recalled)) return null;
  const pre = readPre(ownOf(message, css.pre)[0] ?? null);
  const text = readText(ownOf(message, css.text)[0]);
  // Contact-like rows carry a name and a number but no header, text or media (notes 2026-05).
  if (!pre && !text && ownOf(message, css.media).length === 0) return null;
  return { message, pre, text };
}

const previousChatRow = previousRow('[role="row"]');

interface Sender {
  name: string;
  handle?: string;
}

/**
 * Media and stickers carry no header. In a 1:1 chat every incoming message is the other
 * person's. In a group only the bubble's own name block says who sent it: the row above may be
 * missing from a partial render, so a run is never assumed.
 */
function senderWithoutHeader(message: Element, page: ChatPage): Sender | null {
  // The name block shows the display name and, for a number not in the contacts, the number the
  // headers use: the number keeps one sender one author.
  const names = ownOf(message, css.author).map((el) => readLine(el)).filter(Boolean);
  const number = names.find((n) => asSender(n).handle);
  if (number) return asSender(number);
  // "~name" is the sender's own profile name, shown for numbers not in the contacts: without the
  // number beside it there is no name the headers would use for them.
  if (names[0] && !names[0].startsWith('~')) return { name: names[0] };
  if (page.isOneToOne && page.chat) return { name: page.chat };
  return null;
}

type Found = NonNullable<ReturnType<typeof messageOf>>;

function senderOf({ message, pre }: Found, page: ChatPage): Sender | null {
  if (!isIncoming(message)) return { name: pre?.sender || page.ownName || 'me' };
  return pre ? asSender(pre.sender) : senderWithoutHeader(message, page);
}

function asSender(raw: string): Sender {
  const digits = raw.replace(/[\s()-]/g, '');
  return /^\+?\d{6,15}$/.test(digits) ? { name: raw, handle: digits } : { name: raw };
}

function readRow(row: Element, page: ChatPage): RawItem | null {
  const found = messageOf(row);
  if (!found) return null;
  const { message, pre, text } = found;
  const incoming = isIncoming(message);
  const sender = senderOf(found, page);
  if (!sender) return null; // never pin a message on a guessed sender
  const dataId = row.querySelector(css.id)?.getAttribute('data-id') ?? message.closest(css.id)?.getAttribute('data-id');
  const item: RawItem = {
    site: 'whatsapp',
    id: dataId || hashId(page.chat, pre?.when, sender.name, text),
    kind: 'dm',
    author: sender.name,
    text,
    own: !incoming,
  };
  if (sender.handle) item.handle = sender.handle;
  // WhatsApp Web's URL names no chat; the open chat's title is what identifies it on screen.
  if (page.chat) item.threadId = page.chat.slice(0, 200);
  const stamp = pre ? readStamp(pre.when) : null;
  const ms = stamp ? toMs(stamp, page.dateOrder) : undefined;
  if (ms !== undefined) item.postedAtMs = ms;
  else {
    const shown = pre?.when ?? [...message.querySelectorAll('span')].map((s) => readLine(s)).find((t) => /^\d{1,2}[:.]\d{2}/.test(t));
    if (shown) item.timeText = shown;
  }
  if (!incoming) {
    // Only rows that are items themselves: a parent must be something the queue holds.
    const parentId = firstOfUnansweredRun(row, previousChatRow, (el) => {
      const earlier = messageOf(el);
      const id = el.querySelector(css.id)?.getAttribute('data-id');
      return earlier && id && senderOf(earlier, page) ? { id, isIncoming: isIncoming(earlier.message) } : null;
    });
    if (parentId) item.parentId = parentId;
  }
  return item;
}

const chats = new WeakMap<Element, { chat?: string; size: string; page: Omit<ChatPage, 'url'> }>();

/**
 * The open chat's facts, learnt from all its headers. The watcher asks on every slice of work, so
 * the answer is kept until the chat, or its number of rows or headers, changes.
 */
function readChat(doc: Document, url: URL): ChatPage {
  const main = doc.querySelector(css.main);
  if (!main) return { url, isOneToOne: false };
  const titleEl = doc.querySelector(css.title);
  const chat = (titleEl?.getAttribute('title') || readLine(titleEl)) || undefined;
  const headers = main.querySelectorAll(css.pre);
  const size = `${main.querySelectorAll('[role="row"]').length}/${headers.length}`;
  const known = chats.get(main);
  if (known && known.chat === chat && known.size === size) return { url, ...known.page };
  const page = learnChat(main, headers, chat);
  chats.set(main, { chat, size, page });
  return { url, ...page };
}

function learnChat(main: Element, headers: Iterable<Element>, chat: string | undefined): Omit<ChatPage, 'url'> {
  const stamps: Stamp[] = [];
  let own: string | undefined;
  let incoming = 0;
  let fromOthers = false;
  for (const el of headers) {
    const pre = readPre(el);
    const stamp = pre && readStamp(pre.when);
    if (stamp) stamps.push(stamp);
    if (!pre) continue;
    if (el.closest('.message-out')) own ??= pre.sender;
    else if (!isQuoted(el, main)) {
      incoming++;
      if (pre.sender !== chat) fromOthers = true;
    }
  }
  // A 1:1 chat's incoming headers all name the chat; a group's name their senders, and its
  // bubbles carry name blocks (a quoted message names its author in either).
  const named = [...main.querySelectorAll(css.author)].some((el) => !isQuoted(el, main));
  const isOneToOne = incoming > 0 && !fromOthers && !named;
  return { chat, dateOrder: learnOrder(stamps), isOneToOne, ownName: own, ownHandle: own?.toLowerCase() };
}

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  label: 'WhatsApp',
  hostPatterns: SITE_HOSTS.whatsapp,
  matches: (url) => url.hostname === 'web.whatsapp.com',
  itemSelector: css.row,
  readPage: readChat,
  readItem: (row, page) => readRow(row, 'isOneToOne' in page ? (page as ChatPage) : { ...page, isOneToOne: false }),
  explainEmpty(doc) {
    const main = doc.querySelector(css.main);
    if (!main) return 'open a chat to see its messages';
    if (main.querySelector(css.message)) return 'messages in this chat could not be read (markup not recognised)';
    if (main.querySelector('[role="row"]') || main.querySelector(css.composer)) return 'no messages in this chat yet';
    return 'markup not recognised: no conversation in the open chat';
  },
  findItemNode(root, item) {
    for (const el of root.querySelectorAll(css.id)) {
      if (el.getAttribute('data-id') === item.id) return el.closest('[role="row"]') ?? el;
    }
    // Rows without data-id have a hashed id: read them to find it.
    if (!item.id.startsWith('h')) return null;
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const page = readChat(doc, new URL(doc.URL));
    for (const row of root.querySelectorAll(css.row)) if (readRow(row, page)?.id === item.id) return row;
    return null;
  },
  // WhatsApp has one composer per chat; quoting a message needs its hover menu, so the reply goes
  // to the chat (the agent can still quote by hand).
  openReplyBox: async (_row, doc) => doc.querySelector<HTMLElement>(css.composer),
};

// Fixtures: tests/fixtures/whatsapp/chat-built-2026 and group-chat-built-2026 (built from the
// 2026 markup in SITES.md and the WhatsApp notes of sanand0/tools: see build-fixtures.mjs).
