import { hashId } from '../detect/identity';
import { readLine, readText } from '../detect/text';
import { httpsUrl } from '../detect/url';
import { waitFor } from '../detect/wait';
import { SITE_HOSTS } from './hosts';
import type { PageContext, RawItem, SiteAdapter } from './types';

// YouTube watch pages and YouTube Studio. Polymer renders in "shady DOM", so comments are plain
// light DOM. Element names and ids are YouTube's component names (stable for years); classes and
// UI words are not used: the UI is localised ("il y a 3 semaines", "Lire la suite").
const css = {
  // 2024+: ytd-comment-view-model; 2018–2023: ytd-comment-renderer; Studio: ytcp-comment.
  comment: 'ytd-comment-view-model, ytd-comment-renderer, ytcp-comment',
  replies: 'ytd-comment-replies-renderer, #replies, ytcp-comment-replies',
  author: '#author-text, #name',
  // Author and body in one selector list: ids repeat once per comment, and Chromium answers a lone
  // #id query under an element by checking every element of that id in the document (30 ms vs
  // 4 ms for 1,000 comments on a 1,000-comment page).
  parts: '#author-text, #name, #content-text',
  // The time link carries the comment id in lc= (2018: #published-time-text; 2022: a class).
  timeLink: 'a[href*="lc="]',
  timeBox: '#published-time-text, .published-time-text',
  watch: 'ytd-watch-flexy[video-id], ytd-watch-grid[video-id]',
  section: 'ytd-comments, ytcp-comments-section, ytcp-comment-thread',
  // "Comments are turned off" is a message renderer where the threads would be.
  closed: 'ytd-comments ytd-message-renderer, ytd-comments #message',
  ownAvatar: 'ytd-comment-simplebox-renderer #author-thumbnail img[alt]',
  accountHandle: 'ytd-active-account-header-renderer #channel-handle',
  // The button itself first: a click on its wrapper does not reach the button's listener.
  replyButton: ['#reply-button-end button', '#reply-button button', '#reply-button-end', '#reply-button'],
  editor: '#contenteditable-root, textarea',
  replyDialog: '#reply-dialog, ytd-commentbox, ytcp-commentbox',
} as const;

const VIDEO_ID = /^[\w-]{11}$/;

function videoOfUrl(url: URL): string | undefined {
  if (url.pathname === '/watch') return url.searchParams.get('v') ?? undefined;
  // youtube.com/shorts/<id>, studio.youtube.com/video/<id>/comments
  return /^\/(?:shorts|video)\/([\w-]{11})/.exec(url.pathname)?.[1];
}

/** The comment's own time link (not a nested comment's), with the lc= id and its video. */
function readLink(node: Element): { lc: string; video?: string; href: string; timeText: string } | null {
  for (const a of node.querySelectorAll(css.timeLink)) {
    if (a.closest(css.comment) !== node) continue;
    const href = a.getAttribute('href')!;
    let url: URL;
    try {
      url = new URL(href, 'https://www.youtube.com');
    } catch {
      continue;
    }
    const lc = url.searchParams.get('lc');
    if (!lc || !/^[\w.-]+$/.test(lc)) continue;
    const box = a.closest(css.timeBox);
    return { lc, video: url.searchParams.get('v') ?? undefined, href: url.href, timeText: readLine(box ?? a) };
  }
  return null;
}

function ownPart<T extends Element>(node: Element, selector: string): T | null {
  for (const el of node.querySelectorAll<T>(selector)) if (el.closest(css.comment) === node) return el;
  return null;
}

/** The comment's own author and body elements (not a nested comment's), in one walk. */
function ownParts(node: Element): { authorEl?: Element; bodyEl?: Element } {
  let authorEl: Element | undefined;
  let bodyEl: Element | undefined;
  for (const el of node.querySelectorAll(css.parts)) {
    if (el.closest(css.comment) !== node) continue;
    if (el.id === 'content-text') bodyEl ??= el;
    else authorEl ??= el;
  }
  return { authorEl, bodyEl };
}

/** "/@acme" → "acme"; channel URLs have no handle. */
function handleOf(href: string | undefined): string | undefined {
  const m = /^\/@([^/?#]+)/.exec(href ? new URL(href, 'https://www.youtube.com').pathname : '');
  return m ? decodeURIComponent(m[1]!) : undefined;
}

function readComment(node: Element, page: PageContext): RawItem | null {
  const link = readLink(node);
  const { authorEl, bodyEl } = ownParts(node);
  const author = readLine(authorEl);
  // Not rendered yet (Polymer stamps the shell first) or not a comment we can attribute.
  if (!author || !bodyEl) return null;
  // On watch pages every rendered comment links to itself (lc=): one without the link is a shell
  // still being filled, possibly with another video's comment. Studio rows may have none.
  if (!link && page.url.hostname !== 'studio.youtube.com') return null;
  const pageVideo = videoOfUrl(page.url);
  // During SPA navigation YouTube keeps the previous video's comments for a moment (and a saved
  // page can carry them): a comment whose link names another video is not this page's.
  if (link?.video && pageVideo && link.video !== pageVideo) return null;
  const text = readText(bodyEl);
  const video = link?.video ?? pageVideo;
  const isReply = link ? link.lc.includes('.') : !!node.parentElement?.closest(css.replies);
  const authorHref = authorEl?.closest('a')?.getAttribute('href') ?? authorEl?.querySelector('a')?.getAttribute('href') ?? undefined;
  const handle = handleOf(authorHref) ?? (author.startsWith('@') ? author.slice(1) : undefined);
  const item: RawItem = {
    site: 'youtube',
    // Studio rows may lack an lc= link: fall back to a hash of what identifies the comment.
    id: link?.lc ?? hashId('youtube', video, author, text),
    kind: isReply ? 'reply' : 'comment',
    author,
    text,
    own: isOwn(author, handle, page.ownHandle),
  };
  if (handle) item.handle = handle;
  const authorUrl = httpsUrl(authorHref, 'https://www.youtube.com');
  if (authorUrl) item.authorUrl = authorUrl;
  if (link) {
    item.permalink = link.href;
    if (link.timeText) item.timeText = link.timeText;
  } else {
    const timeText = readLine(ownPart(node, css.timeBox));
    if (timeText) item.timeText = timeText;
  }
  if (video) item.threadId = video;
  if (link && isReply) item.parentId = (item.own && mentionedEarlier(node, text)) || link.lc.slice(0, link.lc.indexOf('.'));
  return item;
}

/**
 * The comment an own reply answers when it opens with "@handle" (as YouTube's Reply pre-fills):
 * the latest earlier comment of that author in the thread, so a customer's follow-up is what the
 * reply marks handled, not only the thread's first comment.
 */
function mentionedEarlier(node: Element, text: string): string | undefined {
  const mention = /^@([^\s@]+)/.exec(text)?.[1]?.toLowerCase();
  const thread = node.parentElement?.closest('ytd-comment-thread-renderer, ytcp-comment-thread');
  if (!mention || !thread) return undefined;
  let found: string | undefined;
  for (const other of thread.querySelectorAll(css.comment)) {
    if (other === node) break;
    const authorEl = ownPart(other, css.author);
    const names = [readLine(authorEl).replace(/^@/, ''), handleOf(authorEl?.closest('a')?.getAttribute('href') ?? undefined)];
    if (names.some((n) => n?.toLowerCase() === mention)) found = readLink(other)?.lc ?? found;
  }
  return found;
}

function isOwn(author: string, handle: string | undefined, own: string | undefined): boolean {
  if (!own) return false;
  const name = author.toLowerCase().replace(/^@/, '');
  return name === own || handle?.toLowerCase() === own;
}

/**
 * The logged-in account: its handle when the account menu has been rendered, else the name the
 * comment box shows beside its avatar ("Commenting publicly as …"). Logged out, that avatar is
 * the default one (src default-user), whose alt is a localised "default profile picture".
 */
function readOwnHandle(doc: Document): string | undefined {
  const handle = readLine(doc.querySelector(css.accountHandle)).replace(/^@/, '');
  if (handle) return handle.toLowerCase();
  const avatar = doc.querySelector(css.ownAvatar);
  if (!avatar || /default-user/.test(avatar.getAttribute('src') ?? '')) return undefined;
  const name = avatar.getAttribute('alt')?.trim().replace(/^@/, '');
  return name ? name.toLowerCase() : undefined;
}

export const youtube: SiteAdapter = {
  id: 'youtube',
  label: 'YouTube',
  hostPatterns: SITE_HOSTS.youtube,
  matches: (url) => /^(www|m|studio)\.youtube\.com$/.test(url.hostname),
  itemSelector: css.comment,
  readPage: (doc, url) => ({ url, ownHandle: readOwnHandle(doc) }),
  readItem: readComment,
  explainEmpty(doc, url) {
    if (doc.querySelector(css.comment)) return 'comments on this page could not be read (markup not recognised)';
    if (doc.querySelector(css.closed)) return 'comments are turned off';
    const isStudio = url.hostname === 'studio.youtube.com';
    const video = videoOfUrl(url);
    if (!isStudio && !video) return 'no comment section on this page';
    if (!doc.querySelector(css.section)) {
      if (!isStudio && !doc.querySelector(css.watch)) return 'markup not recognised: no YouTube video page here';
      return 'no comment section on this page yet (YouTube loads comments when you scroll to them)';
    }
    return 'no comments on this page yet';
  },
  findItemNode(root, item) {
    for (const a of root.querySelectorAll(css.timeLink)) {
      const href = a.getAttribute('href') ?? '';
      if (!href.includes(item.id)) continue;
      const node = a.closest(css.comment);
      if (node && readLink(node)?.lc === item.id) return node;
    }
    // Hash ids (Studio rows without a link): read the comments to find it.
    if (item.id.startsWith('h')) {
      const page: PageContext = { url: new URL((root as Node).ownerDocument?.URL ?? 'https://studio.youtube.com/') };
      for (const node of root.querySelectorAll(css.comment)) if (readComment(node, page)?.id === item.id) return node;
    }
    return null;
  },
  async openReplyBox(node, doc) {
    const open = findEditor(node);
    if (open) return open;
    for (const selector of css.replyButton) {
      const button = ownPart<HTMLElement>(node, selector);
      if (button) {
        button.click();
        break;
      }
    }
    // The reply box opens under the comment (inside it for ytd-comment-renderer, beside it in
    // the thread for the 2024 view model).
    const thread = node.parentElement?.closest('ytd-comment-thread-renderer, ytcp-comment-thread') ?? node;
    return waitFor(() => findEditor(node) ?? findEditor(thread) ?? null);
  },
};

function findEditor(scope: Element): HTMLElement | null {
  for (const dialog of scope.querySelectorAll(css.replyDialog)) {
    const editor = dialog.querySelector<HTMLElement>(css.editor);
    if (editor) return editor;
  }
  return null;
}

// Fixtures: ../shared/fixtures/youtube/youtube-watch-comments-2018.html (ytd-comment-renderer,
// logged in), youtube-watch-comments-2022.html (French UI), youtube-watch-comments-english-2022.html;
// tests/fixtures/youtube/watch-view-model-built-2026 (2024+ ytd-comment-view-model, built).
