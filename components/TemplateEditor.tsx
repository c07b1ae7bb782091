import { useEffect, useState } from 'react';
import { PRIVATE_REASONS } from '@/lib/analysis/types';
import { SITE_IDS } from '@/lib/sites/types';
import { CHANNELS, LANGUAGE_NAMES, REPLY_INTENTS, SITUATIONS, TONES, directionOf, languageName, templateSchema, type Template } from '@/lib/templates/model';
import { unknownVariables } from '@/lib/templates/render';
import { describeIssue } from '@/lib/templates/transfer';

interface Props {
  template: Template;
  /** The other templates of its group: its language and site variants. */
  variants: readonly Template[];
  onSave(template: Template): void;
  onDuplicate(template: Template, variant: boolean): void;
  onDelete(template: Template): void;
  onOpen(id: string): void;
}

const TONE_HELP = { warm: 'emoji and "!", for warm messages', neutral: 'plain, the default', formal: 'Sie / usted / vous / Vi / ви / आप / شما' } as const;

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/** One template's form. Checked with the same schema the background and imports use. */
export function TemplateEditor({ template, variants, onSave, onDuplicate, onDelete, onOpen }: Props) {
  const [draft, setDraft] = useState(template);
  const [tagText, setTagText] = useState(template.tags.join(', '));
  const [confirmDelete, setConfirmDelete] = useState(false);
  useEffect(() => {
    setDraft(template);
    setTagText(template.tags.join(', '));
    setConfirmDelete(false);
  }, [template]);

  const edited: Template = { ...draft, tags: tagText.split(',').map((t) => t.trim()).filter(Boolean) };
  const parsed = templateSchema.safeParse(edited);
  const problem = parsed.success ? null : describeIssue(parsed.error.issues[0]!);
  const typos = [...new Set(TONES.flatMap((t) => unknownVariables(edited.bodies[t] ?? '')))];
  const set = (patch: Partial<Template>) => setDraft((d) => ({ ...d, ...patch }));
  const dir = directionOf(edited.language);

  return (
    <form
      className="editor"
      aria-label={`Edit ${template.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (parsed.success) onSave(parsed.data);
      }}
    >
      <label>
        Title <input value={draft.title} onChange={(e) => set({ title: e.target.value })} required />
      </label>
      <label>
        Language{' '}
        <input value={draft.language} onChange={(e) => set({ language: e.target.value.trim().toLowerCase() })} list="language-codes" size={4} aria-describedby="language-name" />
        <span id="language-name" className="hint">
          {languageName(draft.language)}
        </span>
      </label>
      <datalist id="language-codes">
        {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </datalist>
      <label>
        Channel{' '}
        <select value={draft.channel} onChange={(e) => set({ channel: e.target.value as Template['channel'] })}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {c === 'both' ? 'public and private' : c}
            </option>
          ))}
        </select>
      </label>
      <Checks legend="Sites (none: every site)" all={SITE_IDS} chosen={draft.sites} onChange={(sites) => set({ sites })} />
      <Checks legend="Fits these intents" all={REPLY_INTENTS} chosen={draft.intents} onChange={(intents) => set({ intents })} />
      <Checks legend="Fits these situations" all={SITUATIONS} chosen={draft.situations} onChange={(situations) => set({ situations })} />
      <Checks legend="Answers these private details" all={PRIVATE_REASONS} chosen={draft.reasons} onChange={(reasons) => set({ reasons })} />
      <label>
        Tags (comma-separated; a tag the customer writes ranks this up){' '}
        <input value={tagText} onChange={(e) => setTagText(e.target.value)} />
      </label>
      {TONES.map((tone) => (
        <label key={tone} className="body">
          {tone} <span className="hint">({TONE_HELP[tone]})</span>
          <textarea
            value={draft.bodies[tone] ?? ''}
            onChange={(e) => set({ bodies: { ...draft.bodies, [tone]: e.target.value } })}
            rows={3}
            dir={dir}
            lang={draft.language}
          />
        </label>
      ))}
      <p className="hint">
        Variables: {'{first_name|there}'} {'{initials}'} {'{signature}'} {'{brand}'} {'{kb_link}'} {'{hours}'}; slots the agent fills: {'{{order number}}'}
      </p>
      {typos.length > 0 && <p className="warning">Nothing fills {typos.map((t) => `{${t}}`).join(', ')}: a typo?</p>}
      {problem && (
        <p className="error" role="alert">
          Cannot save: {problem}
        </p>
      )}
      {variants.length > 0 && (
        <p>
          Variants:{' '}
          {variants.map((v) => (
            <button type="button" key={v.id} className="link" onClick={() => onOpen(v.id)}>
              {languageName(v.language)}
              {v.sites.length > 0 ? ` (${v.sites.join(', ')})` : ''}
            </button>
          ))}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={!parsed.success}>
          Save
        </button>
        <button type="button" onClick={() => onDuplicate(edited, false)}>
          Duplicate
        </button>
        <button type="button" onClick={() => onDuplicate(edited, true)}>
          Add language or site variant
        </button>
        {confirmDelete ? (
          <button type="button" className="danger" onClick={() => onDelete(template)}>
            Really delete “{template.title}”
          </button>
        ) : (
          <button type="button" onClick={() => setConfirmDelete(true)}>
            Delete
          </button>
        )}
      </div>
    </form>
  );
}

function Checks<T extends string>({ legend, all, chosen, onChange }: { legend: string; all: readonly T[]; chosen: readonly T[]; onChange(v: T[]): void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {all.map((value) => (
        <label key={value} className="check">
          <input type="checkbox" checked={chosen.includes(value)} onChange={(e) => onChange(toggle(chosen, value, e.target.checked))} /> {value}
        </label>
      ))}
    </fieldset>
  );
}
