// Mounts the real editor packages into a served page, where the page marks a placeholder with
// data-harness="draft|lexical|quill|textarea|contenteditable", and exposes each editor's OWN
// state (not the DOM) as window.__harness.text(i). Bundled by tests/e2e/harness/bundle.ts.
import { Editor, EditorState } from 'draft-js';
import { $getRoot, createEditor } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import Quill from 'quill';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';

type Reader = () => string;
const readers: Reader[] = [];

function DraftBox({ testId, onState }: { testId?: string; onState(read: Reader): void }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  onState(() => state.getCurrentContent().getPlainText());
  // webDriverTestID is how X puts data-testid="tweetTextarea_0" on its Draft editor.
  return <Editor editorState={state} onChange={setState} placeholder="Post your reply" webDriverTestID={testId} />;
}

function ControlledTextarea({ attrs, onState }: { attrs: Record<string, string>; onState(read: Reader): void }) {
  const [value, setValue] = useState('');
  onState(() => value);
  return <textarea {...attrs} value={value} onChange={(e) => setValue(e.target.value)} />;
}

function mount(el: HTMLElement): void {
  const index = readers.length;
  readers.push(() => '');
  const set = (read: Reader) => (readers[index] = read);
  const kind = el.dataset.harness;
  if (kind === 'draft') {
    flushSync(() => createRoot(el).render(<DraftBox testId={el.dataset.testidForEditor} onState={set} />));
  } else if (kind === 'lexical') {
    const editor = createEditor({ namespace: 'harness', onError: (e) => console.error(e) });
    editor.setRootElement(el);
    registerPlainText(editor);
    set(() => editor.getEditorState().read(() => $getRoot().getTextContent()));
  } else if (kind === 'quill') {
    const quill = new Quill(el);
    set(() => quill.getText().replace(/\n$/, ''));
  } else if (kind === 'textarea') {
    const attrs = JSON.parse(el.dataset.attrs ?? '{}') as Record<string, string>;
    flushSync(() => createRoot(el).render(<ControlledTextarea attrs={attrs} onState={set} />));
  } else if (kind === 'contenteditable') {
    el.contentEditable = 'true';
    set(() => el.innerText);
  }
}

document.querySelectorAll<HTMLElement>('[data-harness]').forEach(mount);

// Pages that open an editor on demand (X's reply dialog) call __harness.mount on the new node.
(window as unknown as { __harness: object }).__harness = {
  mount,
  count: () => readers.length,
  text: (i = 0) => readers[i]?.() ?? null,
};
