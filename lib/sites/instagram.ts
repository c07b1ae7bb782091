import { answeredBy, isEndAligned, pageAlignsRows, previousRow, readRowText, rowIndex } from '../detect/dm';
import { hashId } from '../detect/identity';
import { readLine, readText } from '../detect/text';
import { waitFor } from '../detect/wait';
import { SITE_HOSTS } from './hosts';
import type { PageContext, RawItem, SiteAdapter } from './types';

// Instagram (React, atomic generated classes: none are used). What holds still is the URL shape of
// its links: a post is /p/<code>/ or /reel/<code>/, a comment's time links to /p/<code>/c/<id>/ and a
// reply's to /p/<code>/c/<parent>/r/<id>/, a profile is /<username>/. Labels ("Add a comment…",
// "Reply", "more") are localised and never matched.
const css = {
  post: 'article',
  time: 'time[datetime]',
  link: 'a[href]',
  captionText: 'span[dir="auto"]',
  commentBox: 'textarea',
  main: 'main, [role="main"]',
  dialog: '[role="dialog"]',
  // DMs (/direct/t/<thread>/): one row per message in the conversation grid, text in dir=auto, a
  // Lexical-style textbox as composer.
  dmRow: '[role="grid"] [role="row"]',
  dmText: 'div[dir="auto"]',
  dmComposer: '[role="textbox"][contenteditable="true"]',
  button: 'button, [role="button"]',
} as const;

// Node.DOCUMENT_POSITION_FOLLOWING: there is no global Node where adapters run on a parsed page (bench, extract).
const FOLLOWING = 4;

const POST_PATH = /^\/(?:[\w.]+\/)?(?:p|reel|tv)\/([\w-]+)\/?/;
const COMMENT_PATH = /^\/(?:[\w.]+\/)?(?:p|reel)\/([\w-]+)\/c\/(\d+)\/(?:r\/(\d+)\/?)?/;
const PROFILE_PATH = /^\/([\w.]{1,30})\/?$/;
const RESERVED = new Set(['explore', 'reels', 'direct', 'accounts', 'stories', 'p', 'reel', 'tv', 'about', 'legal', 'developer', 'web']);

function pathOf(a: Element): string {
  const href = a.getAttribute('href') ?? '';
  try {
    return new URL(href, 'https://www.instagram.com/').pathname;
  } catch {
    return '';
  }
}

function profileOf(a: Element): string | undefined {
  const m = PROFILE_PATH.exec(pathOf(a));
  return m && !RESERVED.has(m[1]!.toLowerCase()) ? m[1] : undefined;
}

interface Author {
  el: Element;
  handle: string;
  name: string;
}

function asAuthor(a: Element): Author | null {
  const handle = profileOf(a);
  // Text only: the avatar's alt ("user's profile picture") is not a name; "@user" is a mention.
  const name = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
  return handle && name && !name.startsWith('@') ? { el: a, handle, name } : null;
}

/**
 * A post's or comment's author sits in its header row beside its time link: the nearest named
 * profile link before the time, looked for a few levels up only, so a partial render that drops
 * the name never lends a neighbour's (or a mention's) instead.
 */
function authorNear(timeLink: Element): Author | null {
  let scope: Element | null = timeLink.parentElement;
  for (let up = 0; scope && up < 4; up++, scope = scope.parentElement) {
    const before = [...scope.querySelectorAll(css.link)].filter((a) => a.compareDocumentPosition(timeLink) & FOLLOWING);
    for (let i = before.length - 1; i >= 0; i--) {
      const author = asAuthor(before[i]!);
      if (author) return author;
    }
    if (scope.querySelectorAll(css.time).length > 1) return null;
  }
  return null;
}

function isOwn(handle: string, page: PageContext): boolean {
  return page.ownHandle !== undefined && handle.toLowerCase() === page.ownHandle;
}

/** Feed and post-page posts: context for the agent, never counted as comments. */
function readPost(article: Element, page: PageContext): RawItem | null {
  let code: string | undefined;
  let time: HTMLTimeElement | null = null;
  for (const t of article.querySelectorAll<HTMLTimeElement>(css.time)) {
    const link = t.closest('a');
    const m = link ? POST_PATH.exec(pathOf(link)) : null;
    if (m && !COMMENT_PATH.test(pathOf(link!))) {
      code = m[1];
      time = t;
      break;
    }
  }
  const link = time?.closest('a');
  const author = link ? authorNear(link) : null;
  if (!code || !time || !author) return null;
  const item: RawItem = {
    site: 'instagram',
    id: code,
    kind: 'post',
    author: author.name,
    handle: author.handle,
    authorUrl: `https://www.instagram.com/${author.handle}/`,
    text: readCaption(article, author.handle),
    permalink: `https://www.instagram.com/p/${code}/`,
    threadId: code,
    own: isOwn(author.handle, page),
  };
  const ms = Date.parse(time.getAttribute('datetime')!);
  if (Number.isFinite(ms)) item.postedAtMs = ms;
  return item;
}

/**
 * A caption or comment is the dir=auto text right after its author's name block (fixture
 * instagram-home-feed-2025: <a href="/user/">user</a> then <span dir="auto">caption</span>), not
 * the likes count or the Reply button under it.
 */
function readCaption(article: Element, handle: string): string {
  for (const a of article.querySelectorAll(css.link)) {
    if (profileOf(a) !== handle || !a.textContent?.trim()) continue;
    let el: Element | null = a;
    for (let up = 0; el && up < 6; up++, el = el.parentElement) {
      const next = el.nextElementSibling;
      if (next?.matches(css.captionText)) return readText(next.querySelector(css.captionText) ?? next);
    }
  }
  return '';
}

/**
 * A comment's box: the largest ancestor of its time that holds no other time (each comment, reply
 * and caption has exactly one), bounded so a lone comment never swallows the post.
 */
function commentBox(time: Element): Element {
  let box = time.closest('a') ?? time;
  for (let up = 0; up < 10; up++) {
    const parent = box.parentElement;
    if (!parent || parent.matches(css.post) || holdsAnotherTime(parent, box)) break;
    if (parent.querySelector(css.commentBox)) break;
    box = parent;
  }
  return box;
}

/** Whether `parent` holds a time outside `from` (stops at the first: lists hold thousands). */
function holdsAnotherTime(parent: Element, from: Element): boolean {
  for (const child of parent.children) {
    if (child !== from && (child.matches(css.time) || child.querySelector(css.time))) return true;
  }
  return false;
}

function readComment(time: Element, page: PageContext): RawItem | null {
  const link = time.closest('a');
  const m = link ? COMMENT_PATH.exec(pathOf(link)) : null;
  if (!link || !m) return null;
  const [, code, commentId, replyId] = m;
  const box = commentBox(time);
  const author = authorNear(link);
  if (!author) return null; // no name yet: never guess
  const item: RawItem = {
    site: 'instagram',
    id: replyId ?? commentId!,
    kind: replyId ? 'reply' : 'comment',
    author: author.name,
    handle: author.handle,
    authorUrl: `https://www.instagram.com/${author.handle}/`,
    text: readCaption(box, author.handle),
    permalink: `https://www.instagram.com/p/${code}/c/${commentId}/${replyId ? `r/${replyId}/` : ''}`,
    threadId: code,
    own: isOwn(author.handle, page),
  };
  if (replyId) item.parentId = commentId;
  const ms = Date.parse(time.getAttribute('datetime') ?? '');
  if (Number.isFinite(ms)) item.postedAtMs = ms;
  return item;
}

/**
 * DM rows. No real Instagram DM page could be found (../shared/fixtures/README.md). Direction is
 * never guessed (the rule X's DMs follow): the other party's rows carry a link to their profile
 * (the avatar beside their run); ours sit at the end of the line (computed style); an unmarked row
 * of a page that aligns rows is the other party's when the conversation has one other person.
 * Without the site's styles, an unmarked row is skipped: calling it ours or theirs is a guess.
 */
function readDm(row: Element, page: PageContext, linkParent = true): RawItem | null {
  const thread = /^\/direct\/t\/([\w-]+)/.exec(page.url.pathname)?.[1];
  if (!thread) return null;
  const text = readRowText(row, css.dmText);
  const hasMedia = !!row.querySelector('video, audio, img:not(a img)');
  if (!text && !hasMedia) return null; // date separators, "Seen", typing indicators
  const linked = [...row.querySelectorAll(css.link)].map(profileOf).find(Boolean);
  let sender: string | undefined;
  let own = false;
  if (linked) {
    sender = linked;
    own = linked.toLowerCase() === page.ownHandle;
  } else if (isEndAligned(row)) {
    sender = page.ownHandle;
    own = true;
  } else {
    sender = onlyPartner(row, page);
  }
  if (!sender) return null;
  const item: RawItem = {
    site: 'instagram',
    id: hashId(thread, sender, text, String(rowIndex(row))),
    kind: 'dm',
    author: sender,
    handle: sender,
    authorUrl: `https://www.instagram.com/${sender}/`,
    text,
    threadId: thread,
    own,
  };
  if (own && linkParent) {
    const parentId = answeredBy(row, previousDmRow, (el) => readDm(el, page, false));
    if (parentId) item.parentId = parentId;
  }
  return item;
}

const previousDmRow = previousRow('[role="row"]');

/** The one other person of a one-to-one conversation, when the page draws direction by alignment. */
function onlyPartner(row: Element, page: PageContext): string | undefined {
  const rows = [...(row.closest('[role="grid"]') ?? row.ownerDocument).querySelectorAll('[role="row"]')];
  if (!pageAlignsRows(row.ownerDocument, rows)) return undefined;
  const others = new Set<string>();
  for (const r of rows) for (const a of r.querySelectorAll(css.link)) {
    const handle = profileOf(a);
    if (handle && handle.toLowerCase() !== page.ownHandle) others.add(handle);
  }
  return others.size === 1 ? [...others][0] : undefined;
}

const ownHandles = new WeakMap<Document, string>();

/**
 * The logged-in account: the profile link in the navigation (outside main) that shows an avatar.
 * Read once per page (switching accounts reloads it); the watcher asks on every slice of work.
 */
function readOwnHandle(doc: Document): string | undefined {
  const known = ownHandles.get(doc);
  if (known) return known;
  for (const a of doc.querySelectorAll(css.link)) {
    if (a.closest(css.main) || a.closest(css.post) || !a.querySelector('img')) continue;
    const handle = profileOf(a)?.toLowerCase();
    if (handle) {
      ownHandles.set(doc, handle);
      return handle;
    }
  }
  return undefined;
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  label: 'Instagram',
  hostPatterns: SITE_HOSTS.instagram,
  matches: (url) => url.hostname === 'www.instagram.com',
  itemSelector: `${css.post}, ${css.time}, ${css.dmRow}`,
  readPage: (doc, url) => ({ url, ownHandle: readOwnHandle(doc) }),
  readItem(node, page) {
    if (node.matches(css.post)) return readPost(node, page);
    if (node.matches(css.time)) return readComment(node, page);
    return readDm(node, page);
  },
  explainEmpty(doc, url) {
    if (url.pathname.startsWith('/direct/')) {
      return doc.querySelector(css.dmRow) ? 'messages in this conversation could not be read (markup not recognised)' : 'open a conversation to see its messages';
    }
    if (doc.querySelector(css.post) || doc.querySelector(css.time)) return 'posts on this page could not be read (markup not recognised)';
    if (POST_PATH.test(url.pathname)) {
      return doc.querySelector(css.commentBox) ? 'no comments on this post yet' : 'comments are turned off for this post';
    }
    return 'no comment section on this page';
  },
  findItemNode(root, item) {
    for (const time of root.querySelectorAll(css.time)) {
      const m = COMMENT_PATH.exec(pathOf(time.closest('a') ?? time));
      if (m && (m[3] ?? m[2]) === item.id) return commentBox(time);
    }
    for (const article of root.querySelectorAll(css.post)) {
      for (const a of article.querySelectorAll(css.link)) if (POST_PATH.exec(pathOf(a))?.[1] === item.id) return article;
    }
    // DM rows have hashed ids: read them to find it.
    if (!item.id.startsWith('h')) return null;
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const page = { url: new URL(doc.URL), ownHandle: readOwnHandle(doc) };
    for (const row of root.querySelectorAll(css.dmRow)) if (readDm(row, page, false)?.id === item.id) return row;
    return null;
  },
  async openReplyBox(node, doc) {
    const scope = node.closest(`${css.post}, ${css.dialog}`) ?? doc.querySelector(css.main) ?? doc;
    const dm = doc.querySelector<HTMLElement>(css.dmComposer);
    if (node.matches('[role="row"]') && dm) return dm;
    // A comment's Reply button (localised) is the one button in its box that is not its like.
    if (!node.matches(css.post)) {
      [...node.querySelectorAll<HTMLElement>(css.button)].find((b) => !b.querySelector('svg') && readLine(b))?.click();
    }
    return waitFor(() => scope.querySelector<HTMLElement>(css.commentBox) ?? doc.querySelector<HTMLElement>(css.commentBox));
  },
};

// Fixtures: ../shared/fixtures/instagram/instagram-home-feed-2025.html (feed: 3 posts, 0 comments);
// tests/fixtures/instagram/post-comments-built-2026 and dm-thread-built-2026 (built from the
// feed page's real markup: see build-fixtures.mjs).
