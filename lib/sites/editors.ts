import type { InsertResult } from './types';

// Putting text into a site's own reply editor so that the editor's model (Draft.js, Lexical,
// Quill, React-controlled textareas) knows about it and the site's Send button works. Setting
// innerHTML or .value leaves the model out of sync. Each strategy says 'not-mine' when it does not
// apply, and claims success only after reading the box back.

export type Strategy = (box: HTMLElement, text: string) => Promise<InsertResult>;

/**
 * Editors apply an event's change after it returns (React flushes in a microtask, Lexical in
 * its own update cycle): read the box back only once they had a chance to render. Reading it too
 * early made the chain try the next strategy and insert twice (and execCommand then broke React).
 */
const settle = (box: HTMLElement) =>
  new Promise<void>((resolve) => (box.ownerDocument.defaultView ?? globalThis).setTimeout(resolve, 30));

const squash = (s: string) => s.replace(/\s+/g, '');

/** The visible text of an editor, or its value for form fields. */
export function readBox(box: HTMLElement): string {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return box.value;
  return box.innerText ?? box.textContent ?? '';
}

function holds(box: HTMLElement, text: string): boolean {
  return squash(readBox(box)).includes(squash(text));
}

function isEditable(box: HTMLElement): boolean {
  return box.isContentEditable || box.getAttribute('contenteditable') === 'true';
}

/** Caret at the end of the editor, so pasted text appends to what the agent already typed. */
function focusAtEnd(box: HTMLElement): void {
  box.focus();
  const doc = box.ownerDocument;
  // Inside a shadow root (new Reddit) Chromium keeps the selection on the shadow root.
  const root = box.getRootNode() as Partial<{ getSelection(): Selection | null }>;
  const selection = (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(box);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** React-controlled textareas ignore `.value =`; the prototype's setter goes through. */
export const textareaSetter: Strategy = async (box, text) => {
  if (!(box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement)) return 'not-mine';
  box.focus();
  const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? box.value.length;
  const next = box.value.slice(0, start) + text + box.value.slice(end);
  if (setter) setter.call(box, next);
  else box.value = next;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(box);
  return holds(box, text) ? 'inserted' : { failed: 'the text field did not take the text' };
};

/**
 * Firefox's ClipboardEvent ignores `clipboardData` (the page gets an empty DataTransfer, whether
 * a content script or the page built the event) and fills its own from the non-standard
 * `dataType` and `data` members, which Chromium ignores. tests/e2e/firefox.e2e.ts proves both.
 */
interface GeckoClipboardEventInit extends ClipboardEventInit {
  dataType: string;
  data: string;
}

/** Draft.js, Lexical and Quill all handle a synthetic paste, from the content script's world. */
export const pasteEvent: Strategy = async (box, text) => {
  if (!isEditable(box)) return 'not-mine';
  focusAtEnd(box);
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const init: GeckoClipboardEventInit = { clipboardData, dataType: 'text/plain', data: text, bubbles: true, cancelable: true };
  box.dispatchEvent(new ClipboardEvent('paste', init));
  await settle(box);
  return holds(box, text) ? 'inserted' : { failed: 'the editor ignored a paste' };
};

/** Lexical listens to beforeinput. */
export const beforeInput: Strategy = async (box, text) => {
  if (!isEditable(box)) return 'not-mine';
  focusAtEnd(box);
  box.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true }));
  await settle(box);
  return holds(box, text) ? 'inserted' : { failed: 'the editor ignored beforeinput' };
};

/**
 * Plain contenteditable (YouTube's comment box, and saved pages whose scripts are gone). Last in
 * line: on a live Draft.js editor execCommand desynchronises React (TOOLCHAIN.md).
 */
export const execInsert: Strategy = async (box, text) => {
  if (!isEditable(box)) return 'not-mine';
  focusAtEnd(box);
  const ok = box.ownerDocument.execCommand?.('insertText', false, text);
  if (!ok) return { failed: 'the browser refused insertText' };
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(box);
  return holds(box, text) ? 'inserted' : { failed: 'insertText left the editor unchanged' };
};

export type EditorKind = 'textarea' | 'draft' | 'lexical' | 'quill' | 'contenteditable' | 'none';

/** What kind of editor a reply box is, from the hooks each editor library puts on its root. */
export function editorKind(box: HTMLElement): EditorKind {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return 'textarea';
  if (box.closest('.public-DraftEditor-content') || box.querySelector('[data-contents="true"]')) return 'draft';
  if (box.closest('[data-lexical-editor="true"]')) return 'lexical';
  if (box.closest('.ql-editor')) return 'quill';
  return isEditable(box) ? 'contenteditable' : 'none';
}

/**
 * The strategies worth trying on an editor, in order (TOOLCHAIN.md, "Inserting a reply"). Draft.js
 * never gets execCommand: its React tree throws and the editor vanishes. A plain contenteditable
 * (YouTube) has no model to update, so execCommand goes first: a synthetic paste does nothing there.
 */
export function strategiesFor(box: HTMLElement): readonly Strategy[] {
  switch (editorKind(box)) {
    case 'textarea':
      return [textareaSetter];
    case 'draft':
      return [pasteEvent];
    case 'lexical':
      return [pasteEvent, beforeInput];
    case 'quill':
      return [pasteEvent, execInsert];
    case 'contenteditable':
      return [execInsert, pasteEvent];
    default:
      return [];
  }
}

/**
 * The first element matching `selector` under `root`, looking inside open shadow roots too:
 * new Reddit's editor sits in reddit-rte's shadow root, which querySelector does not enter.
 */
export function findDeep<T extends Element = HTMLElement>(root: ParentNode, selector: string, depth = 0): T | null {
  if (depth > 8) return null;
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  const hosts: Element[] = root instanceof Element && root.shadowRoot ? [root] : [];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) hosts.push(el);
  for (const host of hosts) {
    const found = findDeep<T>(host.shadowRoot!, selector, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Tries each strategy until one inserts. A strategy that fails without changing the box lets the
 * next one try; one that changed the box but not into the expected text stops the chain, so the
 * agent never gets the reply twice.
 */
export async function insertWith(box: HTMLElement, text: string, strategies: readonly Strategy[] = strategiesFor(box)): Promise<InsertResult> {
  const failures: string[] = [];
  for (const strategy of strategies) {
    const before = readBox(box);
    const result = await strategy(box, text);
    if (result === 'inserted') return result;
    if (result === 'not-mine') continue;
    failures.push(result.failed);
    if (readBox(box) !== before) break;
  }
  if (failures.length === 0) return { failed: 'this element is not an editor' };
  return { failed: failures.join('; ') };
}
