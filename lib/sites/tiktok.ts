import { hashId } from '../detect/identity';
import { readLine, readText } from '../detect/text';
import { httpsUrl } from '../detect/url';
import { waitFor } from '../detect/wait';
import { SITE_HOSTS } from './hosts';
import type { PageContext, RawItem, SiteAdapter } from './types';

// TikTok video comments. Class names are generated per build; TikTok's data-e2e test hooks have
// been stable since 2022 and are all this adapter reads. The comment text element is the item
// root: its container changes shape between versions (2022: p inside DivContentContainer; 2024:
// span inside DivCommentContentWrapper) while the hooks around it stay.
const css = {
  text: '[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]',
  username: (level: string) => `[data-e2e="comment-username-${level}"]`,
  avatar: (level: string) => `[data-e2e="comment-avatar-${level}"]`,
  time: (level: string) => `[data-e2e="comment-time-${level}"]`,
  replyButton: (level: string) => `[data-e2e="comment-reply-${level}"]`,
  profileLink: 'a[href^="/@"]',
  ownProfile: 'a[data-e2e="nav-profile"], [data-e2e="profile-icon"] a[href^="/@"]',
  input: '[data-e2e="comment-input"]',
  editor: '.public-DraftEditor-content, [contenteditable="true"]',
  panel: '[data-e2e="comment-input"], [data-e2e="comment-post"], [class*="DivCommentListContainer"], [class*="DivCommentContainer"]',
  disabled: '[class*="CommentDisabled"], [class*="DisabledComment"], [class*="DivCommentOff"]',
} as const;

const VIDEO_PATH = /^\/@([^/]+)\/(?:video|photo)\/(\d+)/;
// A 64-bit snowflake: the 2022 markup puts the comment's own id on its container.
const COMMENT_ID = /^\d{15,20}$/;

function levelOf(textEl: Element): '1' | '2' | null {
  const hook = textEl.getAttribute('data-e2e');
  return hook === 'comment-level-1' ? '1' : hook === 'comment-level-2' ? '2' : null;
}

/**
 * The smallest ancestor holding this comment's name: its own box, not its thread's. A box that
 * already holds another comment means this one's name is not rendered (yet): no author then,
 * rather than a neighbour's.
 */
function containerOf(textEl: Element, level: string): Element | null {
  for (let el = textEl.parentElement; el && el.localName !== 'body'; el = el.parentElement) {
    if (el.querySelectorAll(css.text).length > 1) return null;
    if (el.querySelector(css.username(level))) return el;
  }
  return null;
}

/** "2022-8-30" is absolute; "1d ago", "3h" and "8-30" (no year) are kept as shown. */
function absoluteDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? ms : undefined;
}

function readComment(textEl: Element, page: PageContext): RawItem | null {
  const level = levelOf(textEl);
  if (!level) return null;
  const box = containerOf(textEl, level);
  if (!box) return null;
  const nameEl = box.querySelector(css.username(level));
  const author = readLine(nameEl);
  const profile =
    nameEl?.closest<HTMLAnchorElement>(css.profileLink) ??
    nameEl?.querySelector<HTMLAnchorElement>(css.profileLink) ??
    box.querySelector<HTMLAnchorElement>(`${css.avatar(level)}[href^="/@"], ${css.avatar(level)} a[href^="/@"]`);
  const handle = /^\/@([^/?#]+)/.exec(profile?.getAttribute('href') ?? '')?.[1];
  if (!author && !handle) return null;
  const text = readText(textEl);
  const video = VIDEO_PATH.exec(page.url.pathname);
  const domId = ownCommentId(textEl);
  const item: RawItem = {
    site: 'tiktok',
    id: domId ?? hashId('tiktok', video?.[2], handle ?? author, text),
    kind: level === '1' ? 'comment' : 'reply',
    author: author || handle!,
    text,
    own: page.ownHandle !== undefined && handle?.toLowerCase() === page.ownHandle,
  };
  if (handle) {
    item.handle = decodeURIComponent(handle);
    item.authorUrl = `https://www.tiktok.com/@${handle}`;
  }
  const timeText = readLine(box.querySelector(css.time(level)));
  const postedAtMs = absoluteDate(timeText);
  if (postedAtMs !== undefined) item.postedAtMs = postedAtMs;
  else if (timeText) item.timeText = timeText;
  if (video) {
    item.threadId = video[2]!;
    item.permalink = httpsUrl(`/@${video[1]}/video/${video[2]}`, 'https://www.tiktok.com');
  }
  if (level === '2') {
    const parentText = parentCommentText(textEl);
    const parent = parentText ? readComment(parentText, page) : null;
    if (parent) item.parentId = parent.id;
  }
  return item;
}

/** The id on the comment's own box: the nearest ancestor with an id that holds no other comment. */
function ownCommentId(textEl: Element): string | undefined {
  for (let el = textEl.parentElement; el && el.localName !== 'body'; el = el.parentElement) {
    if (el.querySelectorAll(css.text).length > 1) return undefined;
    if (COMMENT_ID.test(el.id)) return el.id;
  }
  return undefined;
}

/** A reply's top-level comment: the level-1 text of the nearest ancestor that has one. */
function parentCommentText(replyText: Element): Element | null {
  for (let el = replyText.parentElement; el; el = el.parentElement) {
    const top = el.querySelector('[data-e2e="comment-level-1"]');
    if (top) return top;
  }
  return null;
}

function readOwnHandle(doc: Document): string | undefined {
  const href = doc.querySelector(css.ownProfile)?.getAttribute('href') ?? '';
  const handle = /^\/@([^/?#]+)/.exec(href)?.[1];
  return handle ? decodeURIComponent(handle).toLowerCase() : undefined;
}

export const tiktok: SiteAdapter = {
  id: 'tiktok',
  label: 'TikTok',
  hostPatterns: SITE_HOSTS.tiktok,
  matches: (url) => url.hostname === 'www.tiktok.com',
  itemSelector: css.text,
  readPage: (doc, url) => ({ url, ownHandle: readOwnHandle(doc) }),
  readItem: readComment,
  explainEmpty(doc, url) {
    if (doc.querySelector(css.text)) return 'comments on this page could not be read (markup not recognised)';
    if (doc.querySelector(css.disabled)) return 'comments are turned off';
    if (doc.querySelector(css.panel)) return 'no comments on this video yet';
    if (!VIDEO_PATH.test(url.pathname)) return 'no comment section on this page';
    return 'no comment section on this page yet (open the comments of the video)';
  },
  findItemNode(root, item) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const page: PageContext = { url: new URL(doc.URL || 'https://www.tiktok.com/') };
    for (const el of root.querySelectorAll(css.text)) {
      if (readComment(el, page)?.id === item.id) return el;
    }
    return null;
  },
  async openReplyBox(textEl, doc) {
    const level = levelOf(textEl) ?? '1';
    const box = containerOf(textEl, level);
    box?.querySelector<HTMLElement>(css.replyButton(level))?.click();
    // 2024 opens an inline box under the comment; 2022 retargets the panel's one ("Reply to @…").
    return waitFor(() => {
      const thread = box?.parentElement;
      const inline = thread?.querySelector(css.input)?.querySelector<HTMLElement>(css.editor);
      return inline ?? doc.querySelector(css.input)?.querySelector<HTMLElement>(css.editor) ?? null;
    });
  },
};

// Fixtures: ../shared/fixtures/tiktok/tiktok-video-comments-2022.html (20 comments, no replies);
// tests/fixtures/tiktok/video-comments-built-2026 (2024+ markup with replies, built).
