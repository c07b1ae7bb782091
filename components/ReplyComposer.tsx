import type { Ref } from 'react';
import type { GuardWarning } from '@/lib/templates/guards';
import { directionOf, languageName } from '@/lib/templates/model';
import { REASON_LABELS, type Ranking, type Rendered } from '@/lib/templates/rank';
import { Suggestions } from './Suggestions';

export interface Draft {
  itemKey: string;
  text: string;
  templateId?: string;
  /** The template's language: the language guard compares it with the customer's. */
  language?: string;
}

interface Props {
  ranking: Ranking;
  draft: Draft;
  onDraft(draft: Draft): void;
  warnings: readonly GuardWarning[];
  warningsRef?: Ref<HTMLDivElement>;
  onInsert(): void;
  onIgnore(): void;
}

/** What ReplyDesk read from the item, the suggestions, the reply and its send-guards. */
export function ReplyComposer({ ranking, draft, onDraft, warnings, warningsRef, onInsert, onIgnore }: Props) {
  const { reading, advice } = ranking;
  const use = (s: Rendered) => onDraft({ itemKey: draft.itemKey, text: s.text, templateId: s.template.id, language: s.template.language });

  return (
    <section className="reply" aria-label="Reply">
      <p className="reading">
        {reading.analysed ? `Reply in ${languageName(reading.language)}` : `Not analysed: replying in ${languageName(reading.language)}`}
        {' · '}
        {reading.toneWhy}
        {reading.languageNote && ` · ${reading.languageNote}`}
        {reading.outOfHours && ' · outside service hours'}
      </p>
      {reading.privateReasons.length > 0 && (
        <div className="flagged" role="note" aria-label="Why this needs a private follow-up">
          <strong>Needs a private follow-up:</strong>
          <ul>
            {reading.privateReasons.map((r) => (
              <li key={r.reason}>
                {REASON_LABELS[r.reason]}
                {r.because.length > 0 && <> ({r.because.map((b) => `“${b}”`).join(', ')})</>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {advice ? (
        <div className="advice" role="note">
          <p>{advice.message}</p>
          {advice.because.length > 0 && <p className="hint">Because of: {advice.because.map((b) => `“${b}”`).join(', ')}</p>}
          <button type="button" onClick={onIgnore}>
            Mark ignored
          </button>
        </div>
      ) : (
        <Suggestions suggestions={ranking.suggestions} currentId={draft.templateId} onUse={use} />
      )}
      <label className="draft-label" htmlFor={`draft-${draft.itemKey}`}>
        Reply text
      </label>
      <textarea
        id={`draft-${draft.itemKey}`}
        value={draft.text}
        onChange={(e) => onDraft({ itemKey: draft.itemKey, text: e.target.value, ...(draft.templateId ? { templateId: draft.templateId, language: draft.language } : {}) })}
        rows={5}
        dir={draft.language ? directionOf(draft.language) : 'auto'}
        lang={draft.language}
      />
      {warnings.length > 0 && (
        <div className="warnings" ref={warningsRef} tabIndex={-1} role="alert" aria-label="Check before inserting">
          <ul>
            {warnings.map((w) => (
              <li key={w.kind} data-kind={w.kind}>
                {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" disabled={draft.text.trim() === ''} onClick={onInsert} className={warnings.length > 0 ? 'is-override' : ''}>
          {warnings.length > 0 ? 'Insert anyway' : 'Insert reply'}
        </button>
      </div>
    </section>
  );
}
