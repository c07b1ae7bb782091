import { readAnger } from './anger';
import { extractFeatures, MAX_CHARS, tokenize } from './features';
import { readIntents } from './intents';
import { readLanguage } from './language';
import { dropEnglishOnlyCues, findCues } from './lexicon';
import { isEnglishLike } from './models';
import { readPrivateFollowUp } from './private';
import { readPriority } from './priority';
import { readRegister } from './register';
import { readScript } from './script';
import { readSentiment } from './sentiment';
import type { Analysis } from './types';

export { priorityOf } from './priority';
export type { Analysis } from './types';

// The reading of one message: pure, synchronous, on the device. Background and pages only: it
// loads the trained weights (lib/analysis/weights.json), which the content script must not carry.

// Zero-width and bidi controls hide words from the cue lists ("re\u200bfund") and say nothing.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

const NO_PRIORITY: Analysis['priority'] = { score: 0, because: [] };

export function analyze(input: string): Analysis {
  const long = input.length > MAX_CHARS;
  let text = long ? input.slice(0, MAX_CHARS) : input;
  if (INVISIBLE.test(text)) text = text.replace(INVISIBLE, '');
  INVISIBLE.lastIndex = 0;
  const script = readScript(text);
  const tokens = tokenize(text);
  const cues = findCues(tokens);
  const features = extractFeatures(tokens);
  const language = readLanguage(text, tokens, script);
  const englishLike = isEnglishLike(language.language, script.script);
  if (!englishLike) dropEnglishOnlyCues(cues);
  const sentiment = readSentiment(features, tokens, cues);
  const negative = sentiment.label === 'negative';
  const register = readRegister(text, tokens, cues);
  // "WHY IS IT LATE!!!" and "WHERE IS MY ORDER?!?!" are emphatic, not warm.
  if (negative || register.shouting) register.warm = false;
  const anger = readAnger(features, tokens, cues, { shouting: register.shouting, exclamations: register.exclamations, negative, englishLike });
  // Angry is not warm either, whatever the emoji: "😡😡😡" gets no smiley back.
  if (anger.score >= 0.5) register.warm = false;
  const privateFollowUp = readPrivateFollowUp(text, tokens, cues, features, englishLike);
  const givesContact = cues.private !== undefined && privateFollowUp.reasons.some((r) => r.reason === 'phone' || r.reason === 'email');
  const intents = readIntents(features, tokens, cues, sentiment, { englishLike, script: script.script, givesContact });
  // One object in its final shape, priority filled in from the rest: copying the reading into a
  // new object with a spread cost some 6 % of a short message.
  const analysis: Analysis = { language: language.language, script: script.script, direction: script.direction, sentiment, anger, register, intents, privateFollowUp, priority: NO_PRIORITY };
  analysis.priority = readPriority(analysis);
  if (long) analysis.readChars = MAX_CHARS;
  return analysis;
}
