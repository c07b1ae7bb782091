import type { Features, Token } from './features';
import type { CueHits } from './lexicon';
import { scoreInto, sigmoid, topWords } from './model';
import { models } from './models';
import { readSpam, SPAM_AT } from './spam';
import type { Analysis, RequestTopic } from './types';

// What the customer wants: a question, a complaint, praise or thanks, a request (refund, order
// status, account), or nothing we should answer (spam, abuse/troll). Cue words in every language
// carry the human intents; spam and abuse come from models trained on YouTube/SMS spam and on
// Davidson et al.'s offensive tweets, plus cue words for the languages those lack.

type Intents = Analysis['intents'];

// Model probability above which we call it abuse (spam: lib/analysis/spam.ts).
export const ABUSE_AT = 0.6;

const logit = new Float64Array(1);

const TOPICS: ReadonlyArray<readonly [RequestTopic, 'refund' | 'order' | 'account']> = [
  ['refund', 'refund'],
  ['account', 'account'],
  ['order-status', 'order'],
];

/** What else the analysis knows: the language reading, and whether the customer gives their own phone or e-mail. */
export interface IntentContext {
  englishLike: boolean;
  script: string;
  givesContact: boolean;
}

export function readIntents(features: Features, tokens: readonly Token[], cues: CueHits, sentiment: Analysis['sentiment'], { englishLike, script, givesContact }: IntentContext): Intents {
  const intents: Intents = [];
  const firstWord = tokens.find((t) => t.kind === 'word');
  const asks = tokens.some((t) => t.kind === 'punct' && t.norm === '?');
  if (asks) intents.push({ intent: 'question', score: 0.9, because: ['?'] });
  else if (cues.enquiry) intents.push({ intent: 'question', score: 0.7, because: cues.enquiry.slice(0, 2) });
  else if (firstWord && cues.question?.includes(firstWord.raw)) intents.push({ intent: 'question', score: 0.6, because: [firstWord.raw] });

  const complaint = [...(cues.sarcasm ?? []), ...(cues.complaint ?? [])];
  // An insult alone makes the tone negative, but it is no complaint: "you are all idiots".
  if (complaint.length > 0 || (sentiment.label === 'negative' && sentiment.score <= -0.5 && !cues.abuse)) {
    const because = complaint.length > 0 ? complaint.slice(0, 3) : sentiment.because.slice(0, 3);
    intents.push({ intent: 'complaint', score: round(Math.min(1, 0.5 + 0.15 * complaint.length + Math.max(0, -sentiment.score) * 0.3)), because });
  }

  const praise = [...(cues.thanks ?? []), ...(cues.praise ?? [])];
  // A friendly question is not praise: "Buenos días, quisiera saber si hacen envíos a Chile".
  const asking = intents.length > 0 && intents[0]!.intent === 'question';
  // Nor is praise beside a complaint without thanks ("Oh perfect, my order arrived broken"), or in scorn.
  const scorn = cues.sarcasm !== undefined || (complaint.length > 0 && !cues.thanks);
  if (!scorn && ((praise.length > 0 && sentiment.label !== 'negative') || (sentiment.label === 'positive' && sentiment.score >= 0.6 && !asking))) {
    const because = praise.length > 0 ? praise.slice(0, 3) : sentiment.because.slice(0, 3);
    intents.push({ intent: 'praise', score: round(Math.min(1, 0.5 + 0.15 * praise.length + Math.max(0, sentiment.score) * 0.3)), because });
  }

  const topic = TOPICS.find(([, cue]) => (cues[cue]?.length ?? 0) > 0);
  // "Thanks for your help", "gracias por la ayuda": with thanks, help is thanked for, not asked
  // for. "Thanks, I need help" still asks ("need" is a please cue).
  const please = [...(cues.please ?? []), ...(cues.thanks ? [] : (cues.help ?? []))];
  if (topic || please.length > 0) {
    const because = [...(topic ? cues[topic[1]]!.slice(0, 2) : []), ...please.slice(0, 2)];
    intents.push({ intent: 'request', score: round(Math.min(1, 0.5 + 0.2 * (topic ? 1 : 0) + 0.1 * please.length)), because, ...(topic ? { topic: topic[0] } : {}) });
  }

  // "Call me on +44 7700 900123 asap": a number to call is the shape of SMS spam, but a customer
  // asking to be called back on their own number is no spam.
  const spam = givesContact ? 0 : readSpam(features, tokens, englishLike, script, cues.promo !== undefined);
  if (spam >= SPAM_AT) intents.push({ intent: 'spam', score: round(spam), because: withCues(topWords(models.spam, features, tokens, 0), [...(cues.promo ?? []), ...(cues.spam ?? [])]) });

  const abuseWords = cues.abuse ?? [];
  // Not asked of emoji alone: "😡😡😡" is an upset customer, and the model learned it from insults.
  const abuse = englishLike && tokens.some((t) => t.kind === 'word') ? sigmoid(scoreInto(models.abuse, features, logit)[0]!) : 0;
  if (abuse >= ABUSE_AT || abuseWords.length > 0) {
    intents.push({ intent: 'abuse', score: round(Math.max(abuse, abuseWords.length > 0 ? 0.7 : 0)), because: withCues(abuseWords.slice(0, 3), abuse >= ABUSE_AT ? topWords(models.abuse, features, tokens, 0) : []) });
  }
  // sort() allocates even for one element; most messages have at most one intent
  return intents.length > 1 ? intents.sort((a, b) => b.score - a.score) : intents;
}

function withCues(words: string[], more: readonly string[] | undefined): string[] {
  for (const w of more ?? []) if (words.length < 4 && !words.includes(w)) words.push(w);
  return words;
}

const round = (x: number) => Math.round(x * 100) / 100;
