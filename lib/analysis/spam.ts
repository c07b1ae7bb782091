import { countWords, lengthFeature, type Features, type Token } from './features';
import { scoreInto, sigmoid } from './model';
import { models } from './models';

// Is it spam: the spam model (scripts/train.ts: SMS and YouTube spam, support tweets as ham) and
// which messages it is asked about. Chosen by 5-fold cross-validation on the trained four fifths
// (scripts/data.ts isHeldOut), F1 averaged over three training seeds.
//
// Its int8 weights keep their full range (scripts/train.ts, quantize), as every model's now do:
// clipped at the 99.9th percentile, the bias and link flags lost three quarters of their weight.
// By CV: F1 0.885 → 0.896, support tweets flagged 0.36 % → 0.07 %.
//
// Besides the shared features it reads one of its own, the message's length in words
// (lengthFeature). By CV at 0.3: F1 0.897 → 0.909 (SMS 0.915 → 0.921, YouTube 0.878 → 0.897).

/** Probability from which we call it spam. By the same CV: 0.25 → F1 0.901, 0.3 → 0.909, 0.35 → 0.907. */
export const SPAM_AT = 0.3;

// Up to two words, or only links, are too little for the language detector ("subscribe" reads as
// Romanian, a bare link as Portuguese) and are the commonest YouTube spam: the model judges them in
// any Latin-script text. Longer text it judges where it reads as English, the model's one language.
// By CV: F1 0.876 → 0.885 (YouTube 0.857 → 0.875), non-English tweets flagged unchanged (0.17 %).
const SHORT = 2;
// Longer Latin-script text read as another language counts only when the model is this sure
// ("subscribe me plzzz", "I&#39;m A SUBSCRIBER"). By CV: F1 +0.002 in each of five seeds
// (YouTube recall 0.840 → 0.846), with not one more XLM-T/Croatian or support tweet flagged.
const SURE = 0.9;

// A channel plug in any language (lexicon.ts `promo`: "a mi canal", "подписывайтесь", "في قناتي")
// is spam whatever the model, which reads English only. Outside the spam files, all dev data has
// it 7 times, each a channel plug or a brand's newsletter call ("pretplatite se na naš newsletter").
const PROMO = 0.8;

/** The spam model's probability, or 0 where it is not asked (text in other scripts, or not sure enough outside English). */
export function readSpam(features: Features, tokens: readonly Token[], englishLike: boolean, script: string, promo: boolean): number {
  if (promo) return Math.max(PROMO, englishLike || script === 'Latn' ? probability(features, tokens) : 0);
  if (!englishLike && script !== 'Latn' && script !== 'Zyyy') return 0;
  const p = probability(features, tokens);
  return englishLike || p >= SURE || countWords(tokens, SHORT + 1) <= SHORT ? p : 0;
}

const logit = new Float64Array(1);

function probability(features: Features, tokens: readonly Token[]): number {
  return sigmoid(scoreInto(models.spam, features, logit, lengthFeature(tokens))[0]!);
}
