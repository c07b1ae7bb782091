import { describe, expect, test } from 'vitest';
import { beforeInput, editorKind, execInsert, findDeep, insertWith, pasteEvent, readBox, strategiesFor, textareaSetter, type Strategy } from './editors';

// Unit level: the strategies' own logic. That real editors (draft-js, lexical, quill) take the text
// is proven in Chromium by tests/e2e (editor state read back).

describe('textareaSetter', () => {
  test('inserts at the caret of a textarea and fires input', async () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.value = 'Hi !';
    box.setSelectionRange(3, 3);
    let inputs = 0;
    box.addEventListener('input', () => inputs++);
    expect(await textareaSetter(box, 'Ana')).toBe('inserted');
    expect(box.value).toBe('Hi Ana!');
    expect(inputs).toBe(1);
  });

  test('is not for contenteditables', async () => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    expect(await textareaSetter(box, 'x')).toBe('not-mine');
  });
});

describe('insertWith', () => {
  const editable = () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    document.body.append(box);
    return box;
  };

  test('an editor that handles paste gets the text once', async () => {
    const box = editable();
    // What Draft.js, Lexical and Quill do with a paste: read text/plain, update their model, render.
    box.addEventListener('paste', (e) => {
      e.preventDefault();
      const text = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      queueMicrotask(() => (box.textContent += text));
    });
    expect(await insertWith(box, 'Thanks, Ana!')).toBe('inserted');
    expect(readBox(box)).toBe('Thanks, Ana!');
  });

  test('stops after a strategy that changed the box, so the reply is never inserted twice', async () => {
    const box = editable();
    const garbling: Strategy = async (b) => {
      b.textContent = 'garbled';
      return { failed: 'garbled' };
    };
    const second: Strategy = async (b, text) => {
      b.textContent += text;
      return 'inserted';
    };
    expect(await insertWith(box, 'hello', [garbling, second])).toEqual({ failed: 'garbled' });
    expect(readBox(box)).toBe('garbled');
  });

  test('tries the next strategy when one changed nothing', async () => {
    const box = editable();
    const ignored: Strategy = async () => ({ failed: 'ignored' });
    const works: Strategy = async (b, text) => {
      b.textContent = text;
      return 'inserted';
    };
    expect(await insertWith(box, 'hello', [ignored, works])).toBe('inserted');
  });

  test('says so when nothing is an editor', async () => {
    expect(await insertWith(document.createElement('span'), 'x')).toEqual({ failed: 'this element is not an editor' });
  });

  test('a static contenteditable that ignores paste reports every failure honestly', async () => {
    const result = await insertWith(editable(), 'x', [pasteEvent]);
    expect(result).toEqual({ failed: 'the editor ignored a paste' });
  });

  test('execInsert reports a browser that refuses insertText', async () => {
    const box = editable();
    const doc = box.ownerDocument as Document & { execCommand: unknown };
    const original = doc.execCommand;
    doc.execCommand = () => false;
    try {
      expect(await execInsert(box, 'x')).toEqual({ failed: 'the browser refused insertText' });
    } finally {
      doc.execCommand = original;
    }
  });
});

describe('strategies by editor type', () => {
  const make = (html: string) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    return host.querySelector<HTMLElement>('[data-box]')!;
  };

  test.each([
    ['old Reddit textarea', '<textarea data-box name="text"></textarea>', 'textarea', [textareaSetter]],
    // Never execCommand on Draft.js: its React tree throws and the editor vanishes.
    ['Draft.js (X, TikTok)', '<div class="public-DraftEditor-content" contenteditable="true" data-box><div data-contents="true"></div></div>', 'draft', [pasteEvent]],
    ['Lexical (new Reddit, Facebook)', '<div contenteditable="true" data-lexical-editor="true" data-box></div>', 'lexical', [pasteEvent, beforeInput]],
    ['Quill (LinkedIn)', '<div class="ql-editor" contenteditable="true" data-box></div>', 'quill', [pasteEvent, execInsert]],
    // A plain contenteditable (YouTube) has no model that reads a synthetic paste.
    ['plain contenteditable (YouTube)', '<div id="contenteditable-root" contenteditable="true" data-box></div>', 'contenteditable', [execInsert, pasteEvent]],
    ['not an editor', '<span data-box>hi</span>', 'none', []],
  ] as const)('%s', (_name, html, kind, strategies) => {
    const box = make(html);
    expect(editorKind(box)).toBe(kind);
    expect(strategiesFor(box)).toEqual(strategies);
  });
});

describe('findDeep', () => {
  test('finds an element through nested open shadow roots (reddit-rte), not through closed ones', () => {
    document.body.innerHTML = '';
    const composer = document.createElement('shreddit-composer');
    const rte = document.createElement('reddit-rte');
    composer.append(rte);
    const inner = rte.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div class="wrap"><x-editor-shell></x-editor-shell></div>';
    const shell = inner.querySelector('x-editor-shell')!;
    shell.attachShadow({ mode: 'open' }).innerHTML = '<div contenteditable="true" data-lexical-editor="true">deep</div>';
    const closed = document.createElement('x-closed');
    closed.attachShadow({ mode: 'closed' }).innerHTML = '<div data-secret="1"></div>';
    composer.append(closed);
    document.body.append(composer);
    expect(findDeep(composer, '[data-lexical-editor="true"]')?.textContent).toBe('deep');
    expect(findDeep(document, '[data-lexical-editor="true"]')?.textContent).toBe('deep');
    expect(findDeep(composer, '[data-secret]')).toBeNull();
  });
});
