import { useEffect, useRef } from 'react';

const SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['j / k', 'next / previous item'],
  ['1–9', 'insert that suggestion (warnings first, if any)'],
  ['e', 'mark handled (again: reopen)'],
  ['f', 'flag for private follow-up'],
  ['/', 'search all templates'],
  ['Esc', 'leave the reply box, close this'],
  ['?', 'this help'],
];

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcut-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 id="shortcut-title">Keyboard shortcuts</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" ref={close} onClick={onClose}>
        Close
      </button>
    </div>
  );
}
