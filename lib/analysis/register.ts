import { isCaseless, type Token } from './features';
import type { CueHits } from './lexicon';
import type { Analysis, Formality } from './types';

// How the customer writes, so the reply can mirror it: emoji, exclamations, shouting, slang and
// the formal or informal "you" (usted/tú, Sie/du, vous/tu, आप/तुम, ви/ти, вы/ты, شما/تو…).

// Emoticons count as emoji for warmth: ":)", ":-D", "<3", ";)".
const EMOTICON = /(?:^|\s)(?:[:;=]-?[)D(pP]|<3|\^\^|xD)(?=\s|$)/g;

// Capitalised "Sie"/"Ihnen" (de) and "Vi"/"Vama" (hr), "Lei" (it), "Вы"/"Ви" mid-sentence are the
// polite forms; lower-case they are "they"/"you all"/"she", so only the raw spelling counts.
const POLITE_CAPITALISED = new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Vi', 'Vas', 'Vam', 'Vama', 'Vaš', 'Vaša', 'Lei', 'La prego', 'Вы', 'Вас', 'Вам', 'Ви', 'Вам', 'Вашого', 'Ваш', 'Ваша']);

export function readRegister(text: string, tokens: readonly Token[], cues: CueHits): Analysis['register'] {
  const because: string[] = [];
  let emojiList: string[] = [];
  for (const t of tokens) if (t.kind === 'emoji') emojiList.push(t.raw);
  const emoji = emojiList.length + (text.includes(':') || text.includes(';') || text.includes('<3') || text.includes('^^') || text.includes('xD') ? (text.match(EMOTICON)?.length ?? 0) : 0);
  if (emoji > 0) because.push(`${emoji} emoji${emojiList.length > 0 ? ` ${[...new Set(emojiList)].slice(0, 3).join('')}` : ''}`);
  let exclamations = 0;
  let letters = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' && t.norm === '!') exclamations++;
    else if (t.kind === 'word') {
      letters += t.raw.length;
      upper += countUpper(t.raw);
    }
  }
  if (exclamations > 0) because.push(`${exclamations} ×!`);
  // "OK" or "USA" is not shouting; we need enough letters to judge.
  const shouting = letters >= 8 && upper / letters > 0.7;
  if (shouting) because.push('CAPITALS');
  const slangWords = cues.slang ?? [];
  const slang = slangWords.length > 0;
  if (slang) because.push(...slangWords.slice(0, 3));

  let formal = cues.formal ?? [];
  for (let i = 1; i < tokens.length; i++) {
    const raw = tokens[i]!.raw;
    if (POLITE_CAPITALISED.has(raw) && tokens[i - 1]!.kind === 'word') formal = [...formal, raw];
  }
  const informal = cues.informal ?? [];
  let formality: Formality = 'neutral';
  if (formal.length > informal.length) formality = 'formal';
  else if (informal.length > formal.length) formality = 'informal';
  if (formality === 'formal') because.push(...formal.slice(0, 3));
  if (formality === 'informal') because.push(...informal.slice(0, 3));

  const thanks = cues.thanks ?? [];
  const praise = cues.praise ?? [];
  const warmWords = thanks.length + praise.length;
  const warm = emoji > 0 || exclamations > 0 || warmWords > 0;
  if (warmWords > 0) because.push(...[...thanks, ...praise].slice(0, 2));
  return { emoji, exclamations, shouting, slang, formality, warm, because };
}

function countUpper(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f)) n++;
    else if (c > 0x7f && !(c >= 0x430 && c <= 0x45f) && !isCaseless(c)) return countChanged(word);
  }
  return n;
}

// Beyond basic Latin and Cyrillic a letter is upper-case when lower-casing changes it.
function countChanged(word: string): number {
  let n = 0;
  for (const ch of word) if (ch !== ch.toLowerCase()) n++;
  return n;
}
