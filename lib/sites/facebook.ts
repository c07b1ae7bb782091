import { answeredBy, isEndAligned, pageAlignsRows, previousRow, readRowText, rowIndex } from '../detect/dm';
import { hashId } from '../detect/identity';
import { readLine, readText } from '../detect/text';
import { httpsUrl } from '../detect/url';
import { SITE_HOSTS } from './hosts';
import type { PageContext, RawItem, SiteAdapter } from './types';

// Facebook (comments on page and group posts) and Messenger web. Classes are generated and
// reshuffled weekly; the aria-label of a comment ("Comment by …", "Commentaire de …") is in the
// page's language. What holds in every language is structure: a comment is a role=article whose
// own links carry comment_id (and reply_comment_id for a reply) in their URL; its author is its
// first named link; its text is its dir=auto blocks.
const css = {
  article: '[role="article"]',
  link: 'a[href]',
  textBlock: 'div[dir="auto"]',
  button: '[role="button"], button',
  // Comment box and Messenger composer: Lexical.
  editor: '[role="textbox"][contenteditable="true"]',
  form: 'form',
  avatar: 'svg[aria-label], img[alt]',
  // Messenger: one role=row per message in the conversation grid.
  dmRow: '[role="grid"] [role="row"]',
  dmText: 'div[dir="auto"]',
  // Messenger's own test hooks on our messages (seen in public Messenger tools' selectors).
  outgoing: '[data-testid="outgoing_message"], [data-testid="messenger_delivery_status"]',
  // A run of someone else's messages starts with a (visually hidden) heading naming them.
  runHeading: 'h5, h4',
  main: '[role="main"]',
} as const;

// Node.DOCUMENT_POSITION_FOLLOWING: there is no global Node where adapters run on a parsed page (bench, extract).
const FOLLOWING = 4;

const MESSENGER_THREAD = /^\/(?:messages\/)?(?:e2ee\/)?t\/([\w.-]+)/;

interface CommentLink {
  el: Element;
  commentId: string;
  replyId?: string;
  postId?: string;
  url: URL;
}

/**
 * comment_id is a number, or (2023+) base64 of "comment:<post>_<comment>": both name the same
 * comment, so the number is the id either way.
 */
function decodeId(raw: string | null): { id: string; postId?: string } | null {
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return { id: raw };
  try {
    const m = /^comment:(\d+)_(\d+)$/.exec(atob(raw));
    if (m) return { id: m[2]!, postId: m[1] };
  } catch {
    // not base64: keep it as Facebook wrote it
  }
  return /^[\w-]{1,200}$/.test(raw) ? { id: raw } : null;
}

const parsedLinks = new WeakMap<Element, { href: string; url: URL | null }>();

/** A link's URL, parsed once per href: a comment's few links are read several times per scan. */
function urlOf(a: Element): URL | null {
  const href = a.getAttribute('href') ?? '';
  const known = parsedLinks.get(a);
  if (known?.href === href) return known.url;
  let url: URL | null;
  try {
    url = new URL(href, 'https://www.facebook.com/');
  } catch {
    url = null;
  }
  parsedLinks.set(a, { href, url });
  return url;
}

function readCommentLink(a: Element): CommentLink | null {
  const url = urlOf(a);
  if (!url) return null;
  const comment = decodeId(url.searchParams.get('comment_id'));
  if (!comment) return null;
  const reply = decodeId(url.searchParams.get('reply_comment_id'));
  const fromPath = /\/(?:posts|permalink|videos|reel)\/([\w]+)/.exec(url.pathname)?.[1];
  const postId = comment.postId ?? url.searchParams.get('story_fbid') ?? url.searchParams.get('fbid') ?? fromPath;
  return { el: a, commentId: comment.id, replyId: reply?.id, postId: postId ?? undefined, url };
}

/** Elements of this article, not of a comment nested in it (older markup nests replies). */
function ownOf(article: Element, selector: string): Element[] {
  return [...article.querySelectorAll(selector)].filter((el) => el.closest(css.article) === article);
}

function nameOf(a: Element): string {
  return (a.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function readComment(article: Element, page: PageContext): RawItem | null {
  const links = ownOf(article, css.link);
  const blocks = ownOf(article, css.textBlock).filter(
    (b) => !b.closest('a') && !b.closest(css.button) && !b.parentElement?.closest(css.textBlock),
  );
  const inBody = (el: Element) => blocks.some((b) => b.contains(el));
  const outside = links.filter((a) => !inBody(a));
  // The timestamp link goes to the post with the comment's id. A post's own dated permalink (a
  // named post link without one) means this "article" is a post, or a comment fused into one by a
  // partial render: not a comment. A photo attached to a comment links to it unnamed.
  if (outside.some((a) => isPostLink(a) && !readCommentLink(a) && nameOf(a))) return null;
  const permalink = outside.map(readCommentLink).filter((l): l is CommentLink => l !== null && isPostLink(l.el)).at(-1);
  if (!permalink) return null;
  const author = readAuthor(outside, permalink, profilesCarryIds(article.ownerDocument));
  if (!author) return null; // a comment still loading its name: never guess
  const name = author.name;
  const text = blocks
    .filter((b) => readLine(b) !== name)
    .map(readBlock)
    .filter(Boolean)
    .join('\n');
  const nestedParent = parentArticle(article);
  const parentId = permalink.replyId ? permalink.commentId : nestedParent;
  const item: RawItem = {
    site: 'facebook',
    id: permalink.replyId ?? permalink.commentId,
    kind: parentId ? 'reply' : 'comment',
    author: name,
    text,
    own: isOwn(name, author.el, page),
  };
  const profile = profileUrl(author.el);
  if (profile) item.authorUrl = profile;
  const timeText = readLine(permalink.el);
  if (timeText) item.timeText = timeText;
  if (permalink.postId) item.threadId = permalink.postId;
  if (parentId) item.parentId = parentId;
  const clean = new URL(permalink.url.pathname, 'https://www.facebook.com/');
  for (const key of ['story_fbid', 'id', 'fbid', 'comment_id', 'reply_comment_id']) {
    const value = permalink.url.searchParams.get(key);
    if (value) clean.searchParams.set(key, value);
  }
  item.permalink = clean.href;
  return item;
}

/**
 * A text block without its in-text buttons: a long comment ends in a "See more" / "Voir plus"
 * role=button that is not the customer's words.
 */
function readBlock(block: Element): string {
  let text = readText(block);
  for (const button of block.querySelectorAll(css.button)) {
    const label = readLine(button);
    if (label && text.endsWith(label)) text = text.slice(0, -label.length).replace(/[\s.…]+$/, '');
  }
  return text;
}

/**
 * The comment's author. Since 2023 Facebook appends the comment's id to profile links too: on
 * such a page only a profile link carrying this comment's id is trusted (its text, else its
 * avatar's label), so a partial render never lends the post's, a neighbour's or a mention's name.
 * Older markup: the first named profile link.
 */
function readAuthor(links: Element[], permalink: CommentLink, isTagged: boolean): { el: Element; name: string } | null {
  const profiles = links.filter((a) => !isPostLink(a));
  const tagged = profiles.filter((a) => readCommentLink(a) !== null);
  if (isTagged || tagged.length > 0) {
    const mine = tagged.filter((a) => sameComment(readCommentLink(a)!, permalink));
    const named = mine.find((a) => nameOf(a));
    if (named) return { el: named, name: nameOf(named) };
    for (const a of mine) {
      const label = avatarName(a);
      if (label) return { el: a, name: label };
    }
    return null;
  }
  const first = profiles.find((a) => nameOf(a));
  return first ? { el: first, name: nameOf(first) } : null;
}

const taggedPages = new WeakMap<Document, boolean>();

/** Whether this page's profile links carry comment ids (2023+ markup); learnt once per page. */
function profilesCarryIds(doc: Document): boolean {
  let known = taggedPages.get(doc);
  if (known === undefined) {
    known = [...doc.querySelectorAll('a[href*="comment_id="]')].some((a) => !isPostLink(a));
    if (known || doc.readyState === 'complete') taggedPages.set(doc, known);
  }
  return known;
}

const sameComment = (a: CommentLink, b: CommentLink) => (a.replyId ?? a.commentId) === (b.replyId ?? b.commentId);

const POST_PATH = /\/(?:posts|permalink|videos|reel|photo|story)\b|\/permalink\.php|\/story\.php|\/watch\b/;

/** The timestamp link goes to the post (or its photo/video); a name link goes to a profile. */
function isPostLink(a: Element): boolean {
  const url = urlOf(a);
  return url === null || POST_PATH.test(url.pathname);
}

/** Older markup nests a reply's article in a list item of its parent comment's list item. */
function parentArticle(article: Element): string | undefined {
  const item = article.closest('li');
  const outer = item?.parentElement?.closest('li');
  const parent = outer ? [...outer.querySelectorAll(css.article)].find((a) => a.closest('li') === outer) : null;
  if (!parent) return undefined;
  const link = ownOf(parent, css.link).map(readCommentLink).filter(Boolean).at(-1);
  return link ? (link.replyId ?? link.commentId) : undefined;
}

function profileUrl(a: Element): string | undefined {
  const url = httpsUrl(a.getAttribute('href'), 'https://www.facebook.com/');
  if (!url) return undefined;
  const parsed = new URL(url);
  const id = parsed.searchParams.get('id');
  parsed.search = '';
  if (id && parsed.pathname === '/profile.php') parsed.searchParams.set('id', id);
  return parsed.href;
}

function isOwn(name: string, author: Element, page: PageContext): boolean {
  if (!page.ownHandle) return false;
  return name.toLowerCase() === page.ownHandle || profileUrl(author)?.toLowerCase() === page.ownHandle;
}

/**
 * The account commenting: Facebook draws the acting profile's avatar (a page or a person,
 * labelled with its name) beside the comment box. Hypothesis from the 2024 markup descriptions:
 * no real modern Facebook page could be found to confirm it (../shared/fixtures/README.md).
 */
function readOwnName(doc: Document): string | undefined {
  return readActor(doc)?.toLowerCase();
}

function readActor(doc: Document): string | undefined {
  for (const editor of doc.querySelectorAll(css.editor)) {
    // The comment box's own row only: a wider look would find a commenter's avatar instead.
    const form = editor.closest(css.form);
    let scope: Element | null = form ?? editor.parentElement;
    for (let up = 0; scope && up < (form ? 1 : 3) && !scope.querySelector(css.article); up++, scope = scope.parentElement) {
      const avatar = [...scope.querySelectorAll(css.avatar)].find((a) => !a.closest(css.editor));
      const label = avatar?.getAttribute('aria-label') ?? avatar?.getAttribute('alt');
      if (label?.trim()) return label.trim();
    }
  }
  return undefined;
}

/**
 * Messenger rows. Our own messages carry Messenger's outgoing test hooks, and sit at the end of the
 * line (computed style); the other party's carry their avatar link (last of a run) and a heading
 * naming them (first of a run). Where the page shows neither hooks nor alignment (no styles), a
 * row without an avatar link could be either side, so it is skipped rather than called ours.
 */
function readMessage(row: Element, page: PageContext, linkParent = true): RawItem | null {
  const thread = MESSENGER_THREAD.exec(page.url.pathname)?.[1];
  if (!thread) return null;
  const text = readRowText(row, css.dmText);
  if (!text && !row.querySelector('video, audio, img:not(a img)')) return null; // date chips, "Seen"
  const own = isOurs(row);
  const link = [...row.querySelectorAll(css.link)].find((a) => a.querySelector('img[alt], svg[aria-label]'));
  const sender = own ? undefined : (avatarName(link) ?? runSender(row));
  const author = own ? (readActor(row.ownerDocument) ?? 'me') : sender;
  if (!author) return null;
  const item: RawItem = {
    site: 'facebook',
    id: hashId(thread, author, text, String(rowIndex(row))),
    kind: 'dm',
    author,
    text,
    threadId: thread,
    own,
  };
  const url = link ? profileUrl(link) : undefined;
  if (url && !own) item.authorUrl = url;
  if (own && linkParent) {
    const parentId = answeredBy(row, previousMessageRow, (el) => readMessage(el, page, false));
    if (parentId) item.parentId = parentId;
  }
  return item;
}

/** Ours by Messenger's outgoing hooks, or by sitting at the end of the line (computed style). */
function isOurs(row: Element): boolean {
  return row.querySelector(css.outgoing) !== null || isEndAligned(row);
}

function avatarName(link: Element | undefined): string | undefined {
  const img = link?.querySelector('img[alt], svg[aria-label]');
  return (img?.getAttribute('alt') || img?.getAttribute('aria-label') || '').trim() || undefined;
}

/**
 * The sender of an unmarked row on a page that marks our rows (hooks or alignment): the heading
 * that opened its run, else the avatar that closes it. A run ends at one of our rows.
 */
function runSender(row: Element): string | undefined {
  const rows = [...(row.closest('[role="grid"]') ?? row.ownerDocument).querySelectorAll('[role="row"]')];
  if (!row.ownerDocument.querySelector(css.outgoing) && !pageAlignsRows(row.ownerDocument, rows)) return undefined;
  for (let el: Element | null = row, steps = 0; el && steps < 200; el = previousMessageRow(el), steps++) {
    if (el !== row && isOurs(el)) break;
    const heading = readLine(el.querySelector(css.runHeading));
    if (heading) return heading;
  }
  for (let el = row.nextElementSibling, steps = 0; el && steps < 200; el = el.nextElementSibling, steps++) {
    if (!el.matches('[role="row"]')) continue;
    if (isOurs(el)) break;
    const name = avatarName([...el.querySelectorAll(css.link)].find((a) => a.querySelector('img[alt], svg[aria-label]')));
    if (name) return name;
  }
  return undefined;
}

const previousMessageRow = previousRow('[role="row"]');

export const facebook: SiteAdapter = {
  id: 'facebook',
  label: 'Facebook',
  hostPatterns: SITE_HOSTS.facebook,
  matches: (url) => /^(www|web|m)\.facebook\.com$/.test(url.hostname) || url.hostname === 'www.messenger.com',
  itemSelector: `${css.article}, ${css.dmRow}`,
  readPage: (doc, url) => ({ url, ownHandle: readOwnName(doc) }),
  readItem: (node, page) => (node.matches(css.article) ? readComment(node, page) : readMessage(node, page)),
  explainEmpty(doc, url) {
    if (MESSENGER_THREAD.test(url.pathname)) {
      return doc.querySelector(css.dmRow) ? 'messages in this conversation could not be read (markup not recognised)' : 'no messages in this conversation yet';
    }
    const articles = [...doc.querySelectorAll(css.article)];
    const hasCommentLinks = articles.some((a) => ownOf(a, css.link).some((l) => readCommentLink(l)));
    if (hasCommentLinks) return 'comments on this page could not be read (markup not recognised)';
    if (articles.length > 0 && doc.querySelector(css.editor)) return 'no comments on this post yet';
    if (articles.length > 0) return 'no comments shown: open a post\'s comments (or comments are turned off)';
    if (url.hostname === 'www.messenger.com' || url.pathname.startsWith('/messages')) return 'open a conversation to see its messages';
    return doc.querySelector(css.main) ? 'no comment section on this page' : 'markup not recognised: no Facebook content on this page';
  },
  findItemNode(root, item) {
    for (const a of root.querySelectorAll(css.link)) {
      const link = readCommentLink(a);
      if (!link || (link.replyId ?? link.commentId) !== item.id) continue;
      const article = a.closest(css.article);
      if (article) return article;
    }
    if (!item.id.startsWith('h')) return null;
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const page = { url: new URL(doc.URL) };
    for (const row of root.querySelectorAll(css.dmRow)) if (readMessage(row, page)?.id === item.id) return row;
    return null;
  },
  async openReplyBox(node, doc) {
    if (node.matches(css.dmRow)) return doc.querySelector<HTMLElement>(css.editor);
    // Facebook's per-comment Reply is only told apart from Like by its localised label, and a
    // wrong click would like a customer's comment: nothing is clicked. The box under the comment
    // (after the agent clicked Reply) wins, else the post's own comment box.
    const editors = [...doc.querySelectorAll<HTMLElement>(css.editor)];
    const thread = node.parentElement?.parentElement?.parentElement ?? node;
    const under = editors.find((e) => thread.contains(e) && node.compareDocumentPosition(e) & FOLLOWING);
    if (under) return under;
    const post = node.closest('[role="dialog"], [aria-posinset], [role="feed"] > *') ?? doc;
    return post.querySelector<HTMLElement>(css.editor) ?? editors[0] ?? null;
  },
};

// Fixtures: tests/fixtures/facebook/post-comments-built-2026 (English), post-comments-fr-built-2026
// (French), messenger-thread-built-2026 (see build-fixtures.mjs: no real modern Facebook page
// could be found, ../shared/fixtures/README.md).
