import { useEffect, useState } from 'react';
import type { StoredItem, StoredTemplate } from '@/lib/db/schema';
import { ageLabel, clockState, durationLabel } from '@/lib/stats/clock';
import { firstResponseMs, startedAtMs } from '@/lib/stats/response';
import { bodyFor } from '@/lib/templates/model';
import { firstNameOf, render, unfilledSlots } from '@/lib/templates/render';

interface Props {
  item: StoredItem;
  nowMs: number;
  isSelected: boolean;
  onSelect(): void;
  templates: readonly StoredTemplate[];
  notice?: string;
  onInsert(text: string, templateId: string): void;
  onHandled(handled: boolean): void;
}

const CLOCK_WORDS = { ok: 'within 1 h', amber: 'over 1 h', red: 'over 24 h' } as const;

// Page text is rendered as React text only: never as HTML.
export function QueueRow({ item, nowMs, isSelected, onSelect, templates, notice, onInsert, onHandled }: Props) {
  const isHandled = item.status === 'handled';
  const waited = nowMs - startedAtMs(item);
  const clock = clockState(waited);
  const response = firstResponseMs(item);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [draft, setDraft] = useState('');
  const template = templates.find((t) => t.id === templateId);

  useEffect(() => {
    if (template) setDraft(render(bodyFor(template, 'neutral').body, { first_name: firstNameOf(item.author) }));
  }, [template, item.author]);

  const slots = unfilledSlots(draft);
  const label = `${item.author}${item.handle ? ` @${item.handle}` : ''}, ${item.kind}, ${ageLabel(waited)}`;

  return (
    <li className={`row ${isHandled ? 'is-handled' : ''} ${isSelected ? 'is-selected' : ''}`} data-key={item.key} aria-label={label}>
      <button type="button" className="row-main" onClick={onSelect} aria-expanded={isSelected}>
        <span className="row-meta">
          <strong className="author" dir="auto">{item.author}</strong>
          {item.handle && <span className="handle">@{item.handle}</span>}
          <span className="kind">{item.kind}</span>
          {isHandled ? (
            <span className="clock clock-done">{response !== null ? `answered in ${durationLabel(response)}` : 'handled'}</span>
          ) : (
            <span className={`clock clock-${clock}`} title={CLOCK_WORDS[clock]} data-clock={clock}>
              {item.postedAtMs === undefined ? `seen ${ageLabel(waited)}` : ageLabel(waited)}
            </span>
          )}
        </span>
        <span className="text" dir="auto">{item.text || '(no text: media only)'}</span>
      </button>
      {isSelected && (
        <div className="reply">
          <label>
            Template{' '}
            <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>{t.title}</option>
              ))}
            </select>
          </label>
          <textarea aria-label="Reply text" value={draft} onChange={(e) => setDraft(e.target.value)} rows={4} dir="auto" />
          {slots.length > 0 && <p className="warning">Fill in: {slots.join(', ')}</p>}
          <div className="actions">
            <button type="button" disabled={slots.length > 0 || draft.trim() === ''} onClick={() => onInsert(draft, templateId)}>
              Insert reply
            </button>
          </div>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={() => onHandled(!isHandled)}>{isHandled ? 'Reopen' : 'Mark handled'}</button>
      </div>
      {notice && <p className="notice" role="status">{notice}</p>}
    </li>
  );
}
