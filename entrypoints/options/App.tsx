import { useMemo, useState } from 'react';
import { ReplySettingsForm } from '@/components/ReplySettingsForm';
import { TemplateEditor } from '@/components/TemplateEditor';
import { useReplySettings, useTemplates } from '@/lib/db/hooks';
import type { ReplyDeskDb } from '@/lib/db/schema';
import type { Ack, Message } from '@/lib/messages';
import { sendToBackground } from '@/lib/messaging';
import { blankTemplate, copyTemplate, LANGUAGE_NAMES, languageName, type Template } from '@/lib/templates/model';
import { searchTemplates } from '@/lib/templates/rank';
import { exportTemplates, parseTemplateFile } from '@/lib/templates/transfer';

const newId = () => `user:${crypto.randomUUID()}`;
const uiLanguage = () => navigator.language.slice(0, 2).toLowerCase();

/** Templates and reply settings. Reads through live queries; every write is a message to the background. */
export function App({ db }: { db: ReplyDeskDb }) {
  const library = useTemplates(db);
  const settings = useReplySettings(db);
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState<Template | null>(null);
  const [status, setStatus] = useState<{ text: string; isError: boolean } | null>(null);
  const [csvLanguage, setCsvLanguage] = useState(uiLanguage());

  const templates = library?.templates ?? [];
  const shown = useMemo(
    () =>
      searchTemplates(templates, query)
        .filter((t) => !language || t.language === language)
        .sort((a, b) => a.title.localeCompare(b.title) || a.language.localeCompare(b.language)),
    [templates, query, language],
  );
  const languages = useMemo(() => [...new Set(templates.map((t) => t.language))].sort(), [templates]);
  const selected = unsaved?.id === selectedId ? unsaved : templates.find((t) => t.id === selectedId) ?? null;
  const variants = selected ? templates.filter((t) => t.group === selected.group && t.id !== selected.id) : [];

  const send = async (message: Message, done: string) => {
    try {
      const ack = await sendToBackground<Ack>(message);
      if (!ack?.ok) throw new Error(ack ? ack.error : 'no answer');
      setStatus({ text: done, isError: false });
      return true;
    } catch (error) {
      setStatus({ text: `Not saved: ${error instanceof Error ? error.message : String(error)}`, isError: true });
      return false;
    }
  };

  const open = (template: Template, isNew: boolean) => {
    setUnsaved(isNew ? template : null);
    setSelectedId(template.id);
  };

  const importFile = async (file: File) => {
    const result = parseTemplateFile(file.name, await file.text(), csvLanguage, newId);
    if (!result.ok) return setStatus({ text: `${file.name}: ${result.error}`, isError: true });
    const known = new Set(templates.map((t) => t.id));
    const replaced = result.templates.filter((t) => known.has(t.id)).length;
    await send(
      { type: 'templates/import', templates: result.templates },
      `Imported ${result.templates.length} template${result.templates.length === 1 ? '' : 's'} from ${file.name}${replaced ? ` (${replaced} replaced)` : ''}.`,
    );
  };

  const exportAll = () => {
    const url = URL.createObjectURL(new Blob([exportTemplates(templates)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'replydesk-templates.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  return (
    <main className="options">
      <h1>ReplyDesk: templates and settings</h1>
      {status && (
        <p role={status.isError ? 'alert' : 'status'} className={status.isError ? 'error' : 'hint'}>
          {status.text}
        </p>
      )}
      {library && library.unreadable > 0 && (
        <p className="warning">{library.unreadable} stored template(s) could not be read and are hidden; they are kept as they are.</p>
      )}
      <div className="columns">
        <section aria-labelledby="templates-title">
          <h2 id="templates-title">Templates ({templates.length})</h2>
          <div className="filters">
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search title, tags, text" aria-label="Search templates" />
            <select value={language} onChange={(e) => setLanguage(e.target.value)} aria-label="Language">
              <option value="">All languages</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => open(blankTemplate(newId(), language || uiLanguage()), true)}>
              New template
            </button>
          </div>
          <ul className="template-list" aria-label="Templates">
            {shown.map((t) => (
              <li key={t.id}>
                <button type="button" aria-current={t.id === selectedId ? 'true' : undefined} onClick={() => open(t, false)}>
                  {t.title}
                  <span className="tag">{languageName(t.language)}</span>
                  {t.sites.length > 0 && <span className="tag">{t.sites.join(', ')}</span>}
                  {t.tags.filter((tag) => tag !== 'imported').slice(0, 2).map((tag) => (
                    <span key={tag} className="tag">
                      #{tag}
                    </span>
                  ))}
                </button>
              </li>
            ))}
          </ul>
          {library && shown.length === 0 && <p className="hint">No template matches.</p>}
        </section>
        <section aria-label="Template">
          {selected ? (
            <TemplateEditor
              template={selected}
              variants={variants}
              onOpen={(id) => open(templates.find((t) => t.id === id)!, false)}
              onSave={(t) =>
                void send({ type: 'templates/save', template: t }, `Saved “${t.title}”.`).then((ok) => ok && setUnsaved(null))
              }
              onDuplicate={(t, variant) => open(copyTemplate(t, newId(), variant), true)}
              onDelete={(t) => {
                if (unsaved?.id === t.id) return [setUnsaved(null), setSelectedId(null)];
                void send({ type: 'templates/delete', ids: [t.id] }, `Deleted “${t.title}”.`).then((ok) => ok && setSelectedId(null));
              }}
            />
          ) : (
            <p className="hint">Pick a template to edit it, or create a new one.</p>
          )}
        </section>
      </div>
      <section aria-labelledby="transfer-title">
        <h2 id="transfer-title">Import and export</h2>
        <p className="hint">
          JSON as ReplyDesk exports it (templates with the same id are replaced), or a CSV of name,text. A file with any problem is refused whole: nothing stored changes.
        </p>
        <div className="actions">
          <label>
            Import file{' '}
            <input
              type="file"
              accept=".json,.csv,application/json,text/csv"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void importFile(file);
              }}
            />
          </label>
          <label>
            CSV rows are in{' '}
            <select value={csvLanguage} onChange={(e) => setCsvLanguage(e.target.value)}>
              {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={exportAll} disabled={templates.length === 0}>
            Export all as JSON
          </button>
        </div>
      </section>
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">Reply settings</h2>
        {settings && <ReplySettingsForm settings={settings} onSave={(value) => void send({ type: 'reply-settings/save', value }, 'Settings saved.')} />}
      </section>
    </main>
  );
}
