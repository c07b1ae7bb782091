import type { Analysis, Because } from '@/lib/analysis/types';

// The reading of a message as small labels; each label's title lists the words or signals that
// raised it. Those words come from page text: rendered as React text only, never as HTML.

interface Badge {
  id: string;
  label: string;
  because: Because;
  tone?: 'alert' | 'good' | 'muted';
}

const why = (because: Because) => (because.length > 0 ? `because: ${because.join(', ')}` : undefined);

export function badgesOf(a: Analysis): Badge[] {
  const badges: Badge[] = [];
  badges.push({ id: 'language', label: a.language === 'und' ? 'language ?' : a.language, because: [a.script, a.direction === 'rtl' ? 'right-to-left' : 'left-to-right'], tone: 'muted' });
  badges.push({ id: 'sentiment', label: a.sentiment.label, because: a.sentiment.because, ...(a.sentiment.label === 'negative' ? { tone: 'alert' as const } : a.sentiment.label === 'positive' ? { tone: 'good' as const } : {}) });
  if (a.anger.score >= 0.5) badges.push({ id: 'anger', label: `angry ${Math.round(a.anger.score * 100)}%`, because: a.anger.because, tone: 'alert' });
  const register = [a.register.formality !== 'neutral' ? a.register.formality : '', a.register.shouting ? 'shouting' : '', a.register.slang ? 'slang' : '', a.register.warm ? 'warm' : ''].filter(Boolean);
  if (register.length > 0) badges.push({ id: 'register', label: register.join(' · '), because: a.register.because, tone: 'muted' });
  for (const i of a.intents) {
    badges.push({ id: `intent-${i.intent}`, label: i.topic ? `${i.intent}: ${i.topic}` : i.intent, because: i.because, ...(i.intent === 'spam' || i.intent === 'abuse' ? { tone: 'alert' as const } : {}) });
  }
  if (a.privateFollowUp.needed) {
    badges.push({
      id: 'private',
      label: `private follow-up (${a.privateFollowUp.reasons.map((r) => r.reason).join(', ')})`,
      because: a.privateFollowUp.reasons.flatMap((r) => r.because),
      tone: 'alert',
    });
  }
  return badges;
}

export function AnalysisBadges({ analysis }: { analysis: Analysis }) {
  return (
    <ul className="analysis-badges" aria-label="What the message says">
      {badgesOf(analysis).map((b) => (
        <li key={b.id} className={`badge${b.tone ? ` badge-${b.tone}` : ''}`} data-badge={b.id} title={why(b.because)} dir="auto">
          {b.label}
        </li>
      ))}
    </ul>
  );
}
