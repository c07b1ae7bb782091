import { useEffect, useState } from 'react';
import { replySettingsSchema, type ReplySettings } from '@/lib/templates/settings';
import { describeIssue } from '@/lib/templates/transfer';

/** Initials, signature, brand and help links: what the template variables fill. */
export function ReplySettingsForm({ settings, onSave }: { settings: ReplySettings; onSave(s: ReplySettings): void }) {
  const [draft, setDraft] = useState(settings);
  useEffect(() => setDraft(settings), [settings]);
  const parsed = replySettingsSchema.safeParse(draft);
  const problem = parsed.success ? null : describeIssue(parsed.error.issues[0]!);
  const set = (patch: Partial<ReplySettings>) => setDraft((d) => ({ ...d, ...patch }));
  const setLink = (i: number, patch: Partial<ReplySettings['kbLinks'][number]>) =>
    set({ kbLinks: draft.kbLinks.map((l, j) => (j === i ? { ...l, ...patch } : l)) });

  return (
    <form
      className="settings"
      aria-label="Reply settings"
      onSubmit={(e) => {
        e.preventDefault();
        if (parsed.success) onSave(parsed.data);
      }}
    >
      <label>
        Your initials <input value={draft.initials} onChange={(e) => set({ initials: e.target.value })} size={5} />
      </label>
      <label>
        Signature (empty: ^initials) <input value={draft.signature} onChange={(e) => set({ signature: e.target.value })} />
      </label>
      <label>
        Brand <input value={draft.brand} onChange={(e) => set({ brand: e.target.value })} />
      </label>
      <fieldset>
        <legend>Help-centre links ({'{kb_link}'}): by language, empty for any</legend>
        {draft.kbLinks.map((link, i) => (
          <div key={i} className="link-row">
            <input aria-label={`Link ${i + 1} language`} value={link.language} onChange={(e) => setLink(i, { language: e.target.value.trim().toLowerCase() })} size={3} />
            <input aria-label={`Link ${i + 1} address`} value={link.url} onChange={(e) => setLink(i, { url: e.target.value.trim() })} type="url" placeholder="https://" />
            <button type="button" onClick={() => set({ kbLinks: draft.kbLinks.filter((_, j) => j !== i) })}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set({ kbLinks: [...draft.kbLinks, { language: '', url: '' }] })}>
          Add link
        </button>
      </fieldset>
      <p className="hint">
        Service hours ({'{hours}'}, and when the away reply is suggested) are the business hours set on the dashboard, so reports and replies agree.
      </p>
      {problem && (
        <p className="error" role="alert">
          Cannot save: {problem}
        </p>
      )}
      <button type="submit" disabled={!parsed.success}>
        Save settings
      </button>
    </form>
  );
}
