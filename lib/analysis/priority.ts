import type { Analysis } from './types';

// How urgently an item should be answered, 0–100. `readPriority` reads the message alone (stored
// with it); `priorityOf` adds the time it has been waiting, for ordering the queue now.

type Reading = Omit<Analysis, 'priority'>;

export function readPriority(a: Reading): Analysis['priority'] {
  const because: string[] = [];
  const has = (intent: string) => a.intents.some((i) => i.intent === intent);
  // Spam when spam leads (intents are sorted), as for the suggestions: "do you have a UK phone
  // number please?" is a question first, whatever its spam score.
  if (isSpam(a)) return { score: 2, because: ['spam'] };
  let score = 20;
  const bump = (points: number, why: string) => {
    score += points;
    because.push(why);
  };
  if (a.sentiment.label === 'negative') bump(Math.round(10 + 10 * Math.max(0, -a.sentiment.score)), 'negative');
  if (a.anger.score >= 0.5) bump(Math.round(20 * a.anger.score), `anger ${a.anger.score.toFixed(2)}`);
  if (a.privateFollowUp.reasons.some((r) => r.reason === 'legal')) bump(20, 'legal threat');
  if (a.privateFollowUp.needed) bump(10, 'private follow-up');
  if (has('complaint')) bump(10, 'complaint');
  if (has('request')) bump(8, 'request');
  if (has('question')) bump(6, 'question');
  if (a.register.shouting) bump(5, 'CAPITALS');
  // Trolls wait: answering them in public feeds them.
  if (has('abuse') && !has('complaint') && !has('request')) return { score: Math.min(score, 15), because: [...because, 'abuse'] };
  if (has('praise') && because.length === 0) bump(-5, 'praise only');
  return { score: Math.max(0, Math.min(100, score)), because };
}

/**
 * Message priority plus up to 30 points for waiting: +10 at 15 min, +20 at 45 min, +30 from 1¾ h.
 * Spam does not rise with age.
 */
export function priorityOf(a: Pick<Analysis, 'priority' | 'intents'>, ageMs: number): { score: number; because: string[] } {
  if (isSpam(a)) return a.priority;
  const minutes = Math.max(0, ageMs) / 60_000;
  const wait = Math.min(30, Math.round(10 * Math.log2(1 + minutes / 15)));
  const score = Math.min(100, a.priority.score + wait);
  return { score, because: wait > 0 ? [...a.priority.because, `waiting ${formatAge(minutes)}`] : a.priority.because };
}

function isSpam(a: Pick<Analysis, 'intents'>): boolean {
  return a.intents[0]?.intent === 'spam';
}

/**
 * The leading intent when it is spam or abuse: no reply is suggested and the send-guard warns
 * (lib/templates). A question that also scores as spam, or a complaint with a swear word, is answered.
 */
type Intent = Analysis['intents'][number];
export function unanswerable(a: Pick<Analysis, 'intents'> | undefined): (Intent & { intent: 'spam' | 'abuse' }) | undefined {
  const top = a?.intents[0];
  return top && (top.intent === 'spam' || top.intent === 'abuse') ? { ...top, intent: top.intent } : undefined;
}

function formatAge(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} d`;
}
