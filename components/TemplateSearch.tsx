import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { languageName, type Template } from '@/lib/templates/model';
import { searchTemplates } from '@/lib/templates/rank';

interface Props {
  templates: readonly Template[];
  /** Listed first: the language the reply should be in. */
  language: string;
  onPick(template: Template): void;
  onClose(): void;
}

const SHOWN = 20;

/** "/": every template, searched by title, tags, text or language; arrows and Enter pick one. */
export function TemplateSearch({ templates, language, onPick, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const results = useMemo(
    () =>
      searchTemplates(templates, query)
        .sort((a, b) => Number(b.language === language) - Number(a.language === language) || b.usageCount - a.usageCount)
        .slice(0, SHOWN),
    [templates, query, language],
  );
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') setActive((a) => Math.min(results.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter' && results[active]) onPick(results[active]);
    else return;
    e.preventDefault();
  };

  return (
    <div className="dialog" role="dialog" aria-modal="true" aria-label="Search templates" onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Search templates"
        aria-label="Search templates"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
      />
      <ul id={listId} role="listbox" aria-label="Templates found" className="results">
        {results.map((t, i) => (
          <li
            key={t.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : ''}
            onClick={() => onPick(t)}
          >
            {t.title} <span className="tag">{languageName(t.language)}</span>
            {t.sites.length > 0 && <span className="tag">{t.sites.join(', ')}</span>}
          </li>
        ))}
      </ul>
      {results.length === 0 && <p role="status">No template matches “{query}”.</p>}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
