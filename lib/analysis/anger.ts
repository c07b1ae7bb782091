import type { Features, Token } from './features';
import type { CueHits } from './lexicon';
import { scoreInto, sigmoid, topWords } from './model';
import { models } from './models';
import type { Analysis } from './types';

// Anger / frustration 0–1: the model trained on GoEmotions anger+annoyance (English), raised by
// signals that hold in any language: anger and abuse words, CAPITALS, "!!!".

const logit = new Float64Array(1);

export function readAnger(features: Features, tokens: readonly Token[], cues: CueHits, signals: { shouting: boolean; exclamations: number; negative: boolean; englishLike: boolean }): Analysis['anger'] {
  const model = models.anger;
  let score = signals.englishLike ? sigmoid(scoreInto(model, features, logit)[0]!) : signals.negative ? 0.2 : 0;
  const because = signals.englishLike && score >= 0.5 ? topWords(model, features, tokens, 0, 2) : [];
  const words = [...(cues.anger ?? []), ...(cues.abuse ?? [])];
  // One word of anger said outright ("furieux", "wütend", "غاضب") tips a negative message over 0.5.
  if (words.length > 0) {
    score += 0.35;
    for (const w of words.slice(0, 2)) if (!because.includes(w)) because.push(w);
  }
  if (signals.shouting) {
    score += 0.15;
    because.push('CAPITALS');
  }
  if (signals.exclamations >= 3) {
    score += 0.1;
    because.push(`${signals.exclamations} ×!`);
  }
  // Emphasis alone is joy as often as anger: it only counts with a negative reading.
  if (!signals.negative && words.length === 0) score = Math.min(score, 0.45);
  return { score: Math.round(Math.min(1, score) * 100) / 100, because };
}
