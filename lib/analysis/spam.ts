import type { Features, Token } from './features';
import { scoreInto, sigmoid } from './model';
import { models } from './models';

// Is it spam: the spam model (scripts/train.ts: SMS and YouTube spam, support tweets as ham) and
// which messages it is asked about. Chosen by 5-fold cross-validation on the trained four fifths
// (scripts/data.ts isHeldOut), F1 averaged over three training seeds.
//
// Its int8 weights keep their full range (scripts/train.ts, `unclipped`): clipped at the 99.9th
// percentile like the other models', the bias and link flags lost three quarters of their weight.
// By CV: F1 0.885 → 0.896, support tweets flagged 0.36 % → 0.07 %.

/** Probability from which we call it spam: 0.25 with 20 epochs (CV F1 0.875 at 0.4 / 8 epochs → 0.901). */
export const SPAM_AT = 0.25;

// Up to two words, or only links, are too little for the language detector ("subscribe" reads as
// Romanian, a bare link as Portuguese) and are the commonest YouTube spam: the model judges them in
// any Latin-script text, longer text only where it reads as English, the model's one language.
// By CV: F1 0.876 → 0.885 (YouTube 0.857 → 0.875), non-English tweets flagged unchanged (0.17 %).
const SHORT = 2;

const logit = new Float64Array(1);

function countWords(tokens: readonly Token[], enough: number): number {
  let words = 0;
  for (let i = 0; i < tokens.length && words < enough; i++) if (tokens[i]!.kind === 'word') words++;
  return words;
}

/** The spam model's probability, or 0 where it is not asked (longer text in another language). */
export function readSpam(features: Features, tokens: readonly Token[], englishLike: boolean, script: string): number {
  if (!englishLike && !((script === 'Latn' || script === 'Zyyy') && countWords(tokens, SHORT + 1) <= SHORT)) return 0;
  return sigmoid(scoreInto(models.spam, features, logit)[0]!);
}
