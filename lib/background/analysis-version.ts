import { analyze } from '../analysis';
import { hashString } from '../analysis/features';
import weights from '../analysis/weights.json';
import type { StoredAnalysis } from '../db/schema';
import { isWholeAnalysis } from '../db/stored-analysis';

// Which analysis read a stored item. Items keep their reading until the page shows them again,
// so a retrained model or new rules would leave older items with stale priority, sentiment and
// intents; the stamp lets lib/background/backfill find them.
//
// The stamp changes by itself when the weights change (their hash) or when the rules answer any
// of the probes below differently (the hash of those readings); ANALYSIS_RULES is for a rule
// change no probe shows. Computed once per worker, on first use (~5 ms).

/** Bump when the rules change in a way none of PROBES shows (a rare cue word, a new regex). */
export const ANALYSIS_RULES = 2;

// Each probe touches a different part of the rules: cue words, anger, intents and topics,
// private follow-up reasons, spam, abuse, register, scripts and languages.
const PROBES = [
  'Where is my order #A12345?? It has been two weeks!!! This is ridiculous',
  'Thanks so much for the quick help, you guys rock 😍',
  'Do you ship to Canada?',
  'I want a refund, my card ending in 4242 was charged twice. My lawyer will hear about this.',
  'Please reset my account password, my email is ana@example.com and my phone +44 20 7946 0958',
  'WINNER!! You have won a £1000 prize, click http://bit.ly/xyz to claim',
  'you are all idiots, worst company ever',
  'Dear Sir or Madam, I would kindly request an update regarding booking reference ZX9876.',
  'lol ur app is kinda mid ngl 😂😂',
  '¿Dónde está mi pedido? Llevo una semana esperando',
  'Merci beaucoup, service impeccable !',
  'Wo bleibt meine Bestellung? Sehr enttäuschend.',
  'мой заказ не пришёл, верните деньги',
  'سفارش من کجاست؟ خیلی ناراحتم',
  'मेरा ऑर्डर कहाँ है? बहुत देर हो गई',
  '注文した商品がまだ届きません',
  'I live at 221B Baker Street, please send the replacement there',
  'ok',
];

/** Enough to tell one model or rule set from the next. */
const hashOf = (text: string) => hashString(text).toString(16).padStart(8, '0');

let version: string | undefined;

/** The current analysis's stamp, e.g. `1.e63d1a6d.5c0f2b91` (rules.weights.probes). */
export function analysisVersion(): string {
  version ??= `${ANALYSIS_RULES}.${hashOf(JSON.stringify(weights))}.${hashOf(JSON.stringify(PROBES.map(analyze)))}`;
  return version;
}

/** The one way an item's text is read for storing: the analysis with its stamp. */
export function readStamped(text: string): StoredAnalysis {
  return { ...analyze(text), version: analysisVersion() };
}

/** True when the stored analysis is whole and was made by the current analysis; never throws. */
export function isCurrentAnalysis(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { version?: unknown }).version === analysisVersion() && isWholeAnalysis(value);
}
