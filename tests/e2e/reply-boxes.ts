// What each site does when the agent clicks Reply, played by a page script on our built pages:
// it opens the site's reply box with the real editor package mounted (tests/e2e/harness). Shared
// by the per-site suites and the side panel's insertion suite.

// What YouTube does on a comment's Reply: a commentbox with #contenteditable-root in #reply-dialog.
export const OPEN_YOUTUBE_REPLY = `document.addEventListener('click', (event) => {
  const button = event.target.closest('#reply-button-end button');
  if (!button) return;
  const comment = button.closest('ytd-comment-view-model');
  const dialog = comment.querySelector('#reply-dialog');
  if (dialog.querySelector('#contenteditable-root')) return;
  dialog.innerHTML = '<ytd-commentbox><div id="contenteditable-textarea"><div id="contenteditable-root" data-harness="contenteditable" aria-label="Add a reply…"></div></div></ytd-commentbox>';
  window.__harness.mount(dialog.querySelector('#contenteditable-root'));
});`;

// TikTok on Reply: the comment box below the list is retargeted ("Reply to @…"), same editor.
export const OPEN_TIKTOK_REPLY = `document.addEventListener('click', (event) => {
  if (event.target.closest('[data-e2e^="comment-reply-"]')) document.querySelector('[data-e2e="comment-input"]').dataset.replying = 'yes';
});`;

// shreddit on Reply: a composer whose reddit-rte hosts the Lexical editor in an open shadow root.
export const OPEN_SHREDDIT_REPLY = `document.addEventListener('click', (event) => {
  const button = event.target.closest('faceplate-tracker[noun="reply_comment"] button');
  if (!button) return;
  const comment = button.closest('shreddit-comment');
  const composer = document.createElement('shreddit-composer');
  const rte = document.createElement('reddit-rte');
  composer.append(rte);
  const editor = document.createElement('div');
  editor.setAttribute('data-harness', 'lexical');
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('contenteditable', 'true');
  rte.attachShadow({ mode: 'open' }).append(editor);
  comment.querySelector(':scope > shreddit-comment-action-row').after(composer);
  window.__harness.mount(editor);
});`;

// old Reddit on reply: its reply form, here with a React-controlled textarea, under the comment.
export const OPEN_OLD_REDDIT_REPLY = `document.addEventListener('click', (event) => {
  const link = event.target.closest('.reply-button a');
  if (!link) return;
  const child = link.closest('.thing').querySelector(':scope > .child');
  const form = document.createElement('form');
  form.className = 'usertext cloneable';
  form.innerHTML = '<div class="usertext-edit"><div class="md"><div data-harness="textarea" data-attrs=\\'{"name":"text","rows":"1"}\\'></div></div></div>';
  child.prepend(form);
  window.__harness.mount(form.querySelector('[data-harness]'));
});`;

/** TikTok's saved comment box with the real draft-js editor in place of its static Draft markup. */
export function withTikTokDraft(html: string): string {
  return html.replace(/<div class="DraftEditor-root">[\s\S]*?<br data-text="true"><\/span>(<\/div>){6}/, '<div data-harness="draft"></div>');
}
