import { unanswerable } from '../analysis/priority';
import type { Analysis } from '../analysis/types';
import type { SiteId } from '../sites/types';
import { REPLY_LIMITS, replyLength } from './length';
import { languageName } from './model';
import { unfilledSlots } from './render';

// Send-guards: what the agent should see before a reply goes into the site's box. Each warning
// is advice the agent may override ("insert anyway"); none blocks. Pure: the panel passes in what
// it knows about the item and its thread.

export type GuardKind = 'unfilled-slot' | 'private-data' | 'language' | 'length' | 'repeat' | 'spam-abuse';

export interface GuardWarning {
  kind: GuardKind;
  message: string;
}

export interface GuardInput {
  text: string;
  site: SiteId;
  /** A public reply (comment, reply) or a private message (DM). */
  channel: 'public' | 'private';
  analysis?: Pick<Analysis, 'language' | 'intents'>;
  /** The language the reply is written in, when it comes from a template. */
  replyLanguage?: string;
  templateId?: string;
  /** Our replies already in this thread, as the page shows them. */
  threadReplies?: readonly string[];
  /** Templates already inserted in this thread. */
  threadTemplateIds?: readonly string[];
}

export function checkReply(input: GuardInput): GuardWarning[] {
  return [slots, privateData, language, length, repeat, spamOrAbuse].flatMap((guard) => guard(input) ?? []);
}

function slots({ text }: GuardInput): GuardWarning | null {
  const open = unfilledSlots(text);
  return open.length === 0 ? null : { kind: 'unfilled-slot', message: `Fill in before sending: ${open.join(', ')}.` };
}

// Digits of every script customers write them in: ASCII, Arabic-Indic, Persian, Devanagari.
const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F]';
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const PHONE = new RegExp(`\\+?${D}(?:[\\s().\\/-]?${D}){8,}`, 'gu');
const ORDER_MARKED = new RegExp(`#\\s?${D}{3,}|#?\\b[A-Z]{1,4}-?${D}{4,}\\b`, 'gu');
const ORDER_DIGITS = new RegExp(`(?<!${D})${D}{6,}(?!${D})`, 'gu');
const URL = /\bhttps?:\/\/\S+/gu;

/** Emails, phone numbers and order numbers in a text, links and slots left out. */
export function findPrivateData(text: string): Array<{ what: 'email' | 'phone' | 'order number'; value: string }> {
  let rest = text.replace(URL, ' ').replace(/\{\{[^{}]*\}\}/g, ' ');
  const found: Array<{ what: 'email' | 'phone' | 'order number'; value: string }> = [];
  const take = (pattern: RegExp, what: 'email' | 'phone' | 'order number', keep?: (v: string) => boolean) => {
    rest = rest.replace(pattern, (value) => {
      if (keep && !keep(value)) return value;
      found.push({ what, value: value.trim() });
      return ' ';
    });
  };
  // Marked order numbers first ("#123456789" is not a phone), bare digit runs last.
  take(EMAIL, 'email');
  take(ORDER_MARKED, 'order number');
  take(PHONE, 'phone', (v) => (v.match(new RegExp(D, 'gu'))?.length ?? 0) >= 9);
  take(ORDER_DIGITS, 'order number');
  return found;
}

function privateData({ text, channel }: GuardInput): GuardWarning | null {
  if (channel !== 'public') return null;
  const found = findPrivateData(text);
  if (found.length === 0) return null;
  const list = found.map((f) => `${f.what} “${f.value}”`).join(', ');
  return { kind: 'private-data', message: `This public reply shows ${list}. Send it in a DM instead.` };
}

const SCRIPT_OF: Record<string, string> = {
  uk: 'Cyrillic', ru: 'Cyrillic', bg: 'Cyrillic', mk: 'Cyrillic',
  hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari',
  fa: 'Arabic', ar: 'Arabic', ur: 'Arabic',
  he: 'Hebrew', el: 'Greek', ja: 'Han', zh: 'Han', ko: 'Hangul', th: 'Thai',
};
const SCRIPTS = ['Latin', 'Cyrillic', 'Devanagari', 'Arabic', 'Hebrew', 'Greek', 'Han', 'Hangul', 'Thai'];
const scriptOf = (lang: string) => SCRIPT_OF[lang] ?? 'Latin';

/** The script most letters of `text` are written in (links, slots and variables left out). */
export function dominantScript(text: string): string | null {
  const letters = text.replace(URL, '').replace(/\{[^{}]*\}/g, '');
  let best: string | null = null;
  let most = 0;
  for (const script of SCRIPTS) {
    const count = letters.match(new RegExp(`\\p{Script=${script}}`, 'gu'))?.length ?? 0;
    if (count > most) [best, most] = [script, count];
  }
  return most >= 3 ? best : null;
}

function language({ text, analysis, replyLanguage }: GuardInput): GuardWarning | null {
  const theirs = analysis?.language;
  if (!theirs || theirs === 'und') return null;
  const they = `the customer wrote in ${languageName(theirs)}`;
  if (replyLanguage && replyLanguage !== theirs)
    return { kind: 'language', message: `This reply is in ${languageName(replyLanguage)}; ${they}.` };
  // An edited or typed reply: its script at least must be theirs.
  const script = dominantScript(text);
  if (script && script !== scriptOf(theirs))
    return { kind: 'language', message: `This reply is written in ${script} script; ${they}.` };
  return null;
}

function length({ text, site }: GuardInput): GuardWarning | null {
  const limit = REPLY_LIMITS[site];
  const used = replyLength(site, text);
  if (used <= limit.max) return null;
  const how = limit.counting === 'x-weighted' ? ' (X counts emoji and CJK as 2, each link as 23)' : '';
  return {
    kind: 'length',
    message: `Too long for ${limit.what}: ${used} of ${limit.max} characters${how}. Cut ${used - limit.max}.`,
  };
}

const normalise = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  if (wa.size < 6 || wb.size < 6) return false;
  const shared = [...wa].filter((w) => wb.has(w)).length;
  // Same template with another name or signature: nearly all words shared.
  return shared / (wa.size + wb.size - shared) >= 0.8;
}

function repeat({ text, templateId, threadReplies = [], threadTemplateIds = [] }: GuardInput): GuardWarning | null {
  if (templateId && threadTemplateIds.includes(templateId))
    return { kind: 'repeat', message: 'This template was already inserted in this thread. Customers notice copy-paste: vary it.' };
  const mine = normalise(text);
  if (mine && threadReplies.some((r) => similar(mine, normalise(r))))
    return { kind: 'repeat', message: 'The same reply is already in this thread. Customers notice copy-paste: vary it.' };
  return null;
}

function spamOrAbuse({ analysis }: GuardInput): GuardWarning | null {
  const flag = unanswerable(analysis);
  if (!flag) return null;
  const because = flag.because.length ? ` (${flag.because.slice(0, 3).map((b) => `“${b}”`).join(', ')})` : '';
  return {
    kind: 'spam-abuse',
    message: `This looks like ${flag.intent}${because}. Replying rewards it: hide or report it on the site instead.`,
  };
}
