import { firstOfUnansweredRun, previousRow } from '../detect/dm';
import { readLine, readText } from '../detect/text';
import { httpsUrl } from '../detect/url';
import { waitFor } from '../detect/wait';
import { SITE_HOSTS } from './hosts';
import type { PageContext, RawItem, SiteAdapter } from './types';

// LinkedIn (Ember app). Comment and message classes are LinkedIn's own BEM names, not generated
// ones, and have carried the same roots since 2019; two generations are read: 2021
// (comments-comment-item / comments-reply-item, shared fixture linkedin-post-comments-2021) and
// 2024+ (comments-comment-entity, replies nested inside the parent's article, shared fixture
// linkedin-company-posts-comments-2025).
const css = {
  comment: 'article.comments-comment-entity[data-id], article.comments-comment-item[data-id]',
  anyComment: 'article.comments-comment-entity, article.comments-comment-item',
  // Where one comment ends and a nested one begins: a comment is always an <article> with an urn,
  // so a reply that lost its class (partial render) still bounds its parent.
  commentBoundary: 'article, [data-id^="urn:li:comment:"]',
  replyClass: ['comments-comment-entity--reply', 'comments-reply-item'],
  // In order of preference: 2021's name span also holds the "3rd+" badge.
  author: ['.comments-comment-meta__description-title', '.comments-post-meta__name .hoverable-link-text', '.comments-post-meta__name'],
  authorLink:
    'a.comments-comment-meta__description-container, a.comments-comment-meta__image-link, a.comments-post-meta__profile-link, a.comments-post-meta__actor-link',
  body: '.comments-comment-item__main-content, .comments-comment-entity__content .update-components-text',
  time: 'time.comments-comment-meta__data, time.comments-comment-item__timestamp, time',
  commentsList: '.comments-comments-list, .comments-comment-list__container, .feed-shared-update-v2__comments-container',
  commentBox: '.comments-comment-box, .comments-comment-box--cr',
  // Own account: the "Me" menu photo (2025), or the avatar beside a comment box (2021).
  mePhoto: 'img.global-nav__me-photo[alt], .comments-comment-box__avatar-image img[alt]',
  quill: '.ql-editor[contenteditable="true"]',
  replyButton: 'button.comments-comment-social-bar__reply-action-button, button.comments-comment-social-bar__reply-action-button--cr, button[class*="reply-action-button"]',
  // Messaging (/messaging/thread/…, and the overlay chat bubbles on every page).
  message: '.msg-s-event-listitem[data-event-urn]',
  messageRow: 'li.msg-s-message-list__event',
  messageOther: 'msg-s-event-listitem--other',
  senderName: '.msg-s-message-group__name',
  senderLink: 'a.msg-s-event-listitem__link, a.msg-s-message-group__profile-link',
  // The body is a <p> holding <p>s, which the HTML parser splits: its content box is the fallback.
  messageBody: ['.msg-s-event-listitem__body', '.msg-s-event__content'],
  // InMail ads ("Sponsored") are messages from an advertiser, not a customer.
  sponsored: '.msg-s-sponsored-message-actions, .msg-sender__advertiser-profile-picture',
  messageTime: 'time.msg-s-message-group__timestamp',
  threadTitle: '.msg-entity-lockup__entity-title, h2.msg-overlay-bubble-header__title, #thread-detail-jump-target',
  conversation: '.msg-s-message-list, .msg-s-message-list-content',
  composer: '.msg-form__contenteditable[contenteditable="true"]',
  form: 'form.msg-form, .msg-form',
} as const;

// urn:li:activity:<n> in a post URL; (activity:<n>,<comment>) inside a comment urn.
const ACTIVITY = /(?:urn:li:|\()(?:activity|ugcPost|share):(\d+)/;

/** The element's own matches: not those of a reply nested inside this comment's article. */
function own<T extends Element>(article: Element, selector: string): T[] {
  return [...article.querySelectorAll<T>(selector)].filter((el) => el.closest(css.commentBoundary) === article);
}

function isReply(article: Element): boolean {
  return css.replyClass.some((c) => article.classList.contains(c));
}

/** 2025 nests a reply inside its parent's article; 2021 nests it in the parent's nested-items list. */
function parentOf(article: Element): string | undefined {
  return article.parentElement?.closest(css.comment)?.getAttribute('data-id') ?? undefined;
}

function readComment(article: Element, page: PageContext): RawItem | null {
  const id = article.getAttribute('data-id') ?? '';
  if (!id.startsWith('urn:li:comment:')) return null;
  const author = readLine(css.author.map((s) => own(article, s)[0]).find(Boolean));
  if (!author) return null; // a half-rendered shell: never guess an author
  const bodyEl = own(article, css.body)[0];
  const link = own<HTMLAnchorElement>(article, css.authorLink)[0];
  const authorUrl = httpsUrl(link?.getAttribute('href'), 'https://www.linkedin.com/');
  const timeText = readLine(own(article, css.time)[0]);
  const threadId = ACTIVITY.exec(id)?.[1] ?? ACTIVITY.exec(page.url.pathname)?.[1];
  const reply = isReply(article);
  const item: RawItem = {
    site: 'linkedin',
    id,
    kind: reply ? 'reply' : 'comment',
    author,
    text: readText(bodyEl),
    own: page.ownHandle !== undefined && author.toLowerCase() === page.ownHandle,
  };
  if (authorUrl) item.authorUrl = authorUrl;
  const handle = authorUrl ? /\/(?:in|company)\/([^/?#]+)/.exec(authorUrl)?.[1] : undefined;
  if (handle) item.handle = decodeURIComponent(handle);
  if (timeText) item.timeText = timeText;
  if (threadId) {
    item.threadId = threadId;
    item.permalink = `https://www.linkedin.com/feed/update/urn:li:activity:${threadId}/?commentUrn=${encodeURIComponent(id)}`;
  }
  const parentId = reply ? parentOf(article) : undefined;
  if (parentId) item.parentId = parentId;
  return item;
}

function isIncoming(message: Element): boolean {
  return message.classList.contains(css.messageOther);
}

const previousMessageRow = previousRow(css.messageRow);

/** The message above `message` in the same list, for groups that name the sender once. */
function previousMessage(message: Element): Element | null {
  const row = previousMessageRow(message);
  const inRow = row ? [...row.querySelectorAll(css.message)] : [];
  return inRow.at(-1) ?? null;
}

/**
 * LinkedIn names the sender on the first message of a run only. A nameless message takes the
 * name of the run it continues; a run is one sender's, so the walk stops at a change of side.
 */
function senderOf(message: Element): string {
  const incoming = isIncoming(message);
  let el: Element | null = message;
  for (let steps = 0; el && steps < 200; steps++) {
    if (isIncoming(el) !== incoming) return '';
    const name = readLine(el.querySelector(css.senderName));
    if (name) return name;
    const sameRow: Element[] = el.parentElement ? [...el.parentElement.querySelectorAll(css.message)] : [];
    const at: number = sameRow.indexOf(el);
    el = at > 0 ? sameRow[at - 1]! : previousMessage(el);
  }
  return '';
}

function readMessage(message: Element, page: PageContext): RawItem | null {
  const id = message.getAttribute('data-event-urn');
  if (!id) return null;
  if (message.querySelector(css.sponsored)) return null;
  const text = css.messageBody.map((s) => readText(message.querySelector(s))).find(Boolean) ?? '';
  const incoming = isIncoming(message);
  // Nobody else writes on our side of the conversation; an incoming run with no name in sight is
  // skipped rather than pinned on the wrong person (group chats).
  const author = senderOf(message) || (incoming ? '' : (readOwnName(message.ownerDocument) ?? ''));
  if (!author) return null;
  const item: RawItem = {
    site: 'linkedin',
    id,
    kind: 'dm',
    author,
    text,
    own: !incoming,
  };
  const href = message.querySelector(css.senderLink)?.getAttribute('href');
  const authorUrl = httpsUrl(href, 'https://www.linkedin.com/');
  if (authorUrl) item.authorUrl = authorUrl;
  const timeText = readLine(message.querySelector(css.messageTime));
  if (timeText) item.timeText = timeText;
  const thread = /\/messaging\/thread\/([^/]+)/.exec(page.url.pathname)?.[1];
  if (thread) item.threadId = thread;
  if (!incoming) {
    const parentId = firstOfUnansweredRun(message, previousMessage, (el) => {
      const urn = el.getAttribute('data-event-urn');
      return urn ? { id: urn, isIncoming: isIncoming(el) } : null;
    });
    if (parentId) item.parentId = parentId;
  }
  return item;
}

function readOwnName(doc: Document): string | undefined {
  return doc.querySelector(css.mePhoto)?.getAttribute('alt')?.trim() || undefined;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  label: 'LinkedIn',
  hostPatterns: SITE_HOSTS.linkedin,
  matches: (url) => url.hostname === 'www.linkedin.com',
  itemSelector: `${css.comment}, ${css.message}`,
  readPage: (doc, url) => ({ url, ownHandle: readOwnName(doc)?.toLowerCase() }),
  readItem: (node, page) => (node.matches(css.message) ? readMessage(node, page) : readComment(node, page)),
  explainEmpty(doc, url) {
    if (doc.querySelector(css.anyComment) || doc.querySelector('.msg-s-event-listitem')) {
      return 'comments or messages on this page could not be read (markup not recognised)';
    }
    if (doc.querySelector(css.conversation)) return 'no messages in this conversation yet';
    if (doc.querySelector(css.commentsList) || doc.querySelector(css.commentBox)) return 'no comments on this post yet';
    if (url.pathname.startsWith('/messaging')) return 'open a conversation to see its messages';
    if (doc.querySelector('.feed-shared-update-v2, [data-urn^="urn:li:activity"]')) return 'no comment section open on this page: open a post\'s comments';
    return 'no comment section on this page';
  },
  findItemNode(root, item) {
    for (const el of root.querySelectorAll(css.comment)) if (el.getAttribute('data-id') === item.id) return el;
    for (const el of root.querySelectorAll(css.message)) if (el.getAttribute('data-event-urn') === item.id) return el;
    return null;
  },
  async openReplyBox(node, doc) {
    if (node.matches(css.message)) {
      const form = node.closest('.msg-overlay-conversation-bubble, .msg-convo-wrapper, main') ?? doc;
      return form.querySelector<HTMLElement>(css.composer) ?? doc.querySelector<HTMLElement>(css.composer);
    }
    // A comment's own reply box sits in its nested area once its Reply is clicked; the post's
    // comment box answers top-level comments too, so it is the fallback.
    const inside = () => own<HTMLElement>(node, css.quill)[0] ?? null;
    if (inside()) return inside();
    own<HTMLElement>(node, css.replyButton)[0]?.click();
    const opened = await waitFor(inside);
    if (opened) return opened;
    const post = node.closest('.feed-shared-update-v2, .comments-comments-list, [data-urn]');
    return post?.querySelector<HTMLElement>(css.quill) ?? null;
  },
};

// Fixtures: ../shared/fixtures/linkedin/linkedin-post-comments-2021.html,
// linkedin-company-posts-comments-2025.html; tests/fixtures/linkedin/messaging-thread-built-2026
// (messaging built from SITES.md, 2025 class names).
