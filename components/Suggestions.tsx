import { useState } from 'react';
import { directionOf, languageName, type Template } from '@/lib/templates/model';
import type { Rendered, Suggestion } from '@/lib/templates/rank';

interface Props {
  suggestions: readonly Suggestion[];
  /** The template whose text is in the reply box now. */
  currentId?: string;
  onUse(suggestion: Rendered): void;
}

const TONE_WORDS = { warm: 'warm', neutral: 'neutral', formal: 'formal' } as const;

/** The ranked templates, numbered as the 1–9 keys insert them, each with why it is here. */
export function Suggestions({ suggestions, currentId, onUse }: Props) {
  if (suggestions.length === 0) return <p className="hint">No template fits. Press / to search them all.</p>;
  return (
    <ol className="suggestions" aria-label="Suggested replies">
      {suggestions.map((s, i) => (
        <li key={s.template.id} className={`suggestion ${s.template.id === currentId ? 'is-current' : ''}`}>
          <div className="suggestion-head">
            <kbd aria-hidden="true">{i + 1}</kbd>
            <strong>{s.template.title}</strong>
            <span className="tag">{TONE_WORDS[s.tone]}</span>
            <span className="tag">{languageName(s.template.language)}</span>
            <button
              type="button"
              onClick={() => onUse(s)}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
              aria-label={`Use suggestion ${i + 1}: ${s.template.title}, ${TONE_WORDS[s.tone]}`}
            >
              Use
            </button>
          </div>
          {s.why.length > 0 && (
            <ul className="why" aria-label="Why suggested">
              {s.why.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <TextPreview template={s.template} text={s.text} />
          {s.opener && <Opener opener={s.opener} />}
        </li>
      ))}
    </ol>
  );
}

function TextPreview({ template, text }: { template: Template; text: string }) {
  return (
    <p className="preview" lang={template.language} dir={directionOf(template.language)}>
      {text}
    </p>
  );
}

/** The private half of "take it to DM": the agent sends it in the conversation, so it is copied. */
function Opener({ opener }: { opener: Rendered }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = () =>
    navigator.clipboard
      .writeText(opener.text)
      .then(() => setCopied('Copied: paste it in their DMs.'))
      .catch(() => setCopied('Could not copy: select the text and copy it.'));
  return (
    <div className="opener">
      <p className="opener-label">Then in their DMs ({opener.template.title}):</p>
      <TextPreview template={opener.template} text={opener.text} />
      <button type="button" onClick={copy}>
        Copy DM opener
      </button>
      {copied && <span role="status">{copied}</span>}
    </div>
  );
}
