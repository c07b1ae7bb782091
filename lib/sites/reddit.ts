import { readLine, readText } from '../detect/text';
import { httpsUrl } from '../detect/url';
import { waitFor } from '../detect/wait';
import { findDeep } from './editors';
import { SITE_HOSTS } from './hosts';
import type { PageContext, RawItem, SiteAdapter } from './types';

// Reddit in its three live markups:
// - shreddit (www.reddit.com since 2023): <shreddit-comment> custom elements whose attributes
//   carry the facts (thingid, author, depth, parentid, permalink); the reply editor is Lexical
//   inside <reddit-rte>'s shadow root.
// - old.reddit.com: .thing.comment with data-* attributes, replies nested in .child > .sitetable,
//   a plain <textarea> reply box.
// - the 2018–2023 React redesign (still served to some accounts and in saved pages): a flat list
//   of div#t1_… wrappers, each with one .Comment; nesting is drawn with one threadline per level.
// Ids are Reddit's own fullnames (t1_…). UI words are localised, so none are matched.
const css = {
  comment: 'shreddit-comment, .thing[data-fullname^="t1_"], div.Comment',
  // shreddit
  shBody: '[slot="comment"]',
  shTime: '[slot="commentMeta"] time[datetime], faceplate-timeago time[datetime]',
  // The action row may render its buttons in its own shadow root: searched with findDeep.
  shReply: 'button[slot="comment-reply"], button[name="comment-reply"], faceplate-tracker[noun="reply_comment"] button',
  shActionRow: 'shreddit-comment-action-row, [slot="actionRow"]',
  shComposer: 'shreddit-composer, comment-composer-host, reddit-rte',
  // old.reddit.com
  oldEntry: '.entry',
  oldAuthor: '.tagline .author',
  oldBody: '.usertext-body .md',
  oldTime: '.tagline time[datetime]',
  oldReply: '.buttons .reply-button a, .buttons a[onclick*="reply"]',
  oldEditor: 'textarea[name="text"]',
  oldOwnUser: '#header-bottom-right .user a[href*="/user/"]',
  // 2018–2023 redesign
  rdBody: '[data-test-id="comment"], [data-testid="comment"]',
  rdAuthor: '[data-testid="comment_author_link"], a[href*="/user/"]',
  rdTime: '[data-testid="comment_timestamp"], a[id^="CommentTopMeta--Created--"]',
  rdThreadline: '.threadline',
  // The redesign's account dropdown and shreddit's user drawer link to the account's profile.
  rdOwnUser: '#USER_DROPDOWN_ID a[href*="/user/"], [id*="user-drawer"] a[href*="/user/"]',
  // Any markup: where comments live, and the signs of a thread that takes none.
  commentArea: 'shreddit-comment-tree, .commentarea, [data-testid="comments-page-section"], .Comment, div[id^="t1_"]',
  locked: 'shreddit-post[locked], shreddit-post[archived], .locked-infobar, .archived-infobar, icon-lock',
} as const;

export const DELETED = '[deleted]';
const FULLNAME = /^t1_[a-z0-9]+$/;
const POST_PATH = /\/comments\/([a-z0-9]+)/i;

function postOfUrl(url: URL): string | undefined {
  const id = POST_PATH.exec(url.pathname)?.[1];
  return id ? `t3_${id.toLowerCase()}` : undefined;
}

/** "/user/Name/" or "https://www.reddit.com/user/Name" → "Name". */
function userOfHref(href: string | null | undefined): string | undefined {
  const m = /\/u(?:ser)?\/([^/?#]+)/.exec(href ?? '');
  return m ? decodeURIComponent(m[1]!) : undefined;
}

interface Parts {
  id: string;
  author: string;
  text: string;
  depth: number;
  parentId?: string;
  permalink?: string;
  datetime?: string | null;
  timeText?: string;
}

function readShreddit(node: Element): Parts | null {
  const id = node.getAttribute('thingid') ?? '';
  if (!FULLNAME.test(id)) return null;
  const depth = Number(node.getAttribute('depth') ?? '0');
  const body = directChild(node, css.shBody);
  // Deleted and removed comments keep their place in the tree, without an author.
  const isDeleted = node.hasAttribute('is-comment-deleted') || node.hasAttribute('deleted');
  const author = node.getAttribute('author')?.trim() || (isDeleted ? DELETED : '');
  if (!author) return null;
  const time = ownOf(node, css.shTime);
  const parent = node.getAttribute('parentid') ?? node.parentElement?.closest('shreddit-comment')?.getAttribute('thingid') ?? undefined;
  return {
    id,
    author,
    // A deleted comment's body is the site's (localised) notice, not anyone's words.
    text: isDeleted ? '' : readText(body),
    depth: Number.isFinite(depth) ? depth : 0,
    parentId: parent && FULLNAME.test(parent) ? parent : undefined,
    permalink: node.getAttribute('permalink') ?? undefined,
    datetime: time?.getAttribute('datetime'),
    timeText: readLine(time) || undefined,
  };
}

function readOld(node: Element): Parts | null {
  const id = node.getAttribute('data-fullname') ?? '';
  if (!FULLNAME.test(id)) return null;
  const entry = directChild(node, css.oldEntry);
  if (!entry) return null;
  const body = entry.querySelector(css.oldBody);
  // data-author is absent on deleted comments; the tagline then shows "[deleted]" in <em>.
  const author = node.getAttribute('data-author') || readLine(entry.querySelector(css.oldAuthor)) || (node.classList.contains('deleted') ? DELETED : '');
  if (!author) return null;
  const time = entry.querySelector(css.oldTime);
  const parent = node.parentElement?.closest('.thing[data-fullname^="t1_"]')?.getAttribute('data-fullname') ?? undefined;
  let depth = 0;
  for (let p = node.parentElement?.closest('.thing.comment'); p; p = p.parentElement?.closest('.thing.comment')) depth++;
  return {
    id,
    author,
    text: readText(body),
    depth,
    parentId: parent,
    permalink: node.getAttribute('data-permalink') ?? undefined,
    datetime: time?.getAttribute('datetime'),
    timeText: readLine(time) || undefined,
  };
}

function readRedesign(node: Element): Parts | null {
  const id = [...node.classList].find((c) => FULLNAME.test(c));
  if (!id) return null;
  // The wrapper (div#t1_…) holds one threadline per ancestor, then this comment's own.
  const wrapper = node.closest(`[id="${id}"]`) ?? node.parentElement;
  const lines = wrapper ? [...wrapper.querySelectorAll(css.rdThreadline)].map((l) => [...(l.parentElement?.classList ?? [])].find((c) => FULLNAME.test(c))) : [];
  const chain = lines.filter((c): c is string => !!c);
  const depth = chain.length > 0 ? chain.length - 1 : 0;
  const parentId = chain.length > 1 && chain[chain.length - 1] === id ? chain[chain.length - 2] : undefined;
  const body = node.querySelector(css.rdBody);
  let author: string | undefined;
  for (const a of node.querySelectorAll(css.rdAuthor)) {
    if (body?.contains(a)) continue; // a u/mention inside the text is not the author
    author = a.getAttribute('data-testid') === 'comment_author_link' ? readLine(a) : userOfHref(a.getAttribute('href')) ?? readLine(a);
    break;
  }
  const time = node.querySelector(css.rdTime);
  // Removed by a moderator: no author link, no body, only a (localised) notice and the time.
  if (!author || author === DELETED) {
    if (body || !time) return null;
    author = DELETED;
  }
  return {
    id,
    author,
    text: readText(body),
    depth,
    parentId,
    permalink: time?.getAttribute('href') ?? undefined,
    timeText: readLine(time) || undefined,
  };
}

function directChild(node: Element, selector: string): Element | null {
  for (const child of node.children) if (child.matches(selector)) return child;
  return null;
}

/** The first match that belongs to this comment, not to a nested reply. */
function ownOf(node: Element, selector: string): Element | null {
  for (const el of node.querySelectorAll(selector)) if (el.closest('shreddit-comment') === node) return el;
  return null;
}

function partsOf(node: Element): Parts | null {
  if (node.localName === 'shreddit-comment') return readShreddit(node);
  if (node.hasAttribute('data-fullname')) return readOld(node);
  // Class selectors are case-insensitive in quirks mode: only the redesign's "Comment" counts.
  if (node.classList.contains('Comment')) return readRedesign(node);
  return null;
}

function readComment(node: Element, page: PageContext): RawItem | null {
  const parts = partsOf(node);
  if (!parts) return null;
  const origin = page.url.hostname.endsWith('reddit.com') ? page.url.origin : 'https://www.reddit.com';
  const item: RawItem = {
    site: 'reddit',
    id: parts.id,
    kind: parts.depth > 0 ? 'reply' : 'comment',
    author: parts.author,
    // Old Reddit writes "[deleted]" / "[removed]" where the words were.
    text: parts.author === DELETED && /^\[(deleted|removed)\]$/.test(parts.text) ? '' : parts.text,
    own: page.ownHandle !== undefined && parts.author !== DELETED && parts.author.toLowerCase() === page.ownHandle,
  };
  if (parts.author !== DELETED) {
    item.handle = parts.author;
    item.authorUrl = `${origin}/user/${encodeURIComponent(parts.author)}/`;
  }
  const permalink = httpsUrl(parts.permalink, origin);
  if (permalink) item.permalink = permalink;
  const postedAtMs = parts.datetime ? Date.parse(parts.datetime) : NaN;
  if (Number.isFinite(postedAtMs)) item.postedAtMs = postedAtMs;
  else if (parts.timeText) item.timeText = parts.timeText;
  const post = postOfUrl(page.url) ?? postOfUrl(new URL(item.permalink ?? origin));
  if (post) item.threadId = post;
  if (item.kind === 'reply' && parts.parentId) item.parentId = parts.parentId;
  return item;
}

function readOwnHandle(doc: Document): string | undefined {
  const old = doc.querySelector(css.oldOwnUser);
  const fromOld = old ? readLine(old) || userOfHref(old.getAttribute('href')) : undefined;
  const fromRedesign = userOfHref(doc.querySelector(css.rdOwnUser)?.getAttribute('href'));
  const name = fromOld || fromRedesign;
  return name ? name.toLowerCase() : undefined;
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  label: 'Reddit',
  hostPatterns: SITE_HOSTS.reddit,
  matches: (url) => /^(www|old|new|sh)\.reddit\.com$/.test(url.hostname),
  itemSelector: css.comment,
  readPage: (doc, url) => ({ url, ownHandle: readOwnHandle(doc) }),
  readItem: readComment,
  explainEmpty(doc, url) {
    if (doc.querySelector(css.comment)) return 'comments on this page could not be read (markup not recognised)';
    if (!postOfUrl(url)) return 'no comment section on this page';
    if (doc.querySelector(css.locked)) return 'comments are locked on this post';
    if (!doc.querySelector(css.commentArea) && !doc.querySelector('shreddit-post, .thing.link, [data-test-id="post-content"]'))
      return 'markup not recognised: no Reddit post on this page';
    return 'no comments on this post yet';
  },
  findItemNode(root, item) {
    if (!FULLNAME.test(item.id)) return null;
    return (
      root.querySelector(`shreddit-comment[thingid="${item.id}"]`) ??
      root.querySelector(`.thing[data-fullname="${item.id}"]`) ??
      root.querySelector(`[id="${item.id}"] div.Comment`)
    );
  },
  async openReplyBox(node, doc) {
    if (node.localName === 'shreddit-comment') {
      const existing = shredditEditor(node);
      if (existing) return existing;
      const row = ownOf(node, css.shActionRow);
      if (row) findDeep(row, css.shReply)?.click();
      return waitFor(() => shredditEditor(node));
    }
    if (node.hasAttribute('data-fullname')) {
      const child = directChild(node, '.child');
      const open = child?.querySelector<HTMLTextAreaElement>(`:scope > form ${css.oldEditor}`);
      if (open) return open;
      directChild(node, css.oldEntry)?.querySelector<HTMLElement>(css.oldReply)?.click();
      return waitFor(() => directChild(node, '.child')?.querySelector<HTMLTextAreaElement>(`:scope > form ${css.oldEditor}`) ?? null);
    }
    // The redesign opens a rich-text box under the comment after its Reply button.
    const replyButton = [...node.querySelectorAll<HTMLElement>('button')].find((b) => b.querySelector('.icon-comment'));
    replyButton?.click();
    return waitFor(() => node.querySelector<HTMLElement>('[contenteditable="true"], textarea') ?? doc.activeElement?.closest<HTMLElement>('[contenteditable="true"]') ?? null);
  },
};

/** The Lexical editor of this comment's own composer, inside reddit-rte's shadow root. */
function shredditEditor(node: Element): HTMLElement | null {
  for (const composer of node.querySelectorAll(css.shComposer)) {
    if (composer.closest('shreddit-comment') !== node) continue;
    const editor = findDeep(composer, '[data-lexical-editor="true"], [contenteditable="true"]');
    if (editor) return editor;
  }
  return null;
}

// Fixtures: ../shared/fixtures/reddit-new/reddit-redesign-askreddit-2019.html,
// reddit-redesign-aww-2019.html (React redesign, a moderator-removed comment);
// tests/fixtures/reddit/shreddit-thread-built-2026, old-reddit-thread-built-2026 (built from SITES.md
// and public descriptions: no real shreddit or old.reddit page could be found).
