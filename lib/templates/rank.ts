import { unanswerable } from '../analysis/priority';
import type { Analysis, PrivateReason } from '../analysis/types';
import type { ItemKind, SiteId } from '../sites/types';
import { bodyFor, languageName, type Template, type Tone } from './model';
import { render } from './render';
import { isOpenAt, type BusinessHours } from '../stats/business';
import { replyVars, type ReplySettings } from './settings';

// Which templates fit the selected item, best first, each with the reasons shown to the agent.
// Pure and synchronous: the panel calls it on every selection (bench/templates.bench.ts).

export interface RankItem {
  author: string;
  kind: ItemKind;
  site: SiteId;
  text: string;
  status?: string;
  analysis?: Analysis;
}

/** What fills a reply's variables: the agent's settings and the business hours ({hours}). */
export interface FillContext {
  settings: ReplySettings;
  hours: BusinessHours;
}

export interface RankContext extends FillContext {
  templates: readonly Template[];
  nowMs: number;
  /** The panel's language: what to answer in when the item was not analysed. */
  uiLanguage: string;
  /** We already answered in this thread (an own reply seen, or a template inserted). */
  threadAnswered?: boolean;
  /** How many suggestions at most (3–5 make sense in a side panel). */
  max?: number;
}

export interface Rendered {
  template: Template;
  tone: Tone;
  text: string;
}

export interface Suggestion extends Rendered {
  why: string[];
  score: number;
  /** Take it to DM: the private opener that goes with this public reply. */
  opener?: Rendered;
}

export interface Reading {
  analysed: boolean;
  language: string;
  /** Answering in another language because the library has none in theirs. */
  languageNote?: string;
  tone: Tone;
  toneWhy: string;
  channel: 'public' | 'private';
  privateReasons: Array<{ reason: PrivateReason; because: string[] }>;
  outOfHours: boolean;
}

export interface Ranking {
  reading: Reading;
  suggestions: Suggestion[];
  /** Spam or abuse: no reply is suggested; the panel shows this advice. */
  advice?: { intent: 'spam' | 'abuse'; because: string[]; message: string };
}

export const REASON_LABELS: Record<PrivateReason, string> = {
  'order-number': 'order number',
  'booking-number': 'booking number',
  account: 'account details',
  email: 'email address',
  phone: 'phone number',
  address: 'home address',
  payment: 'payment',
  refund: 'refund',
  transaction: 'transaction',
  legal: 'legal threat',
  'not-public': 'asks to talk privately',
};

const quote = (words: readonly string[]) => (words.length ? ` (${words.slice(0, 3).map((w) => `“${w}”`).join(', ')})` : '');

/** The tone to answer in, and why: formal answers formal, upset gets no emoji, warmth is mirrored. */
export function pickTone(analysis: Analysis | undefined): { tone: Tone; why: string } {
  if (!analysis) return { tone: 'neutral', why: 'neutral' };
  const { register, sentiment, anger } = analysis;
  if (register.formality === 'formal') return { tone: 'formal', why: `formal: they wrote formally${quote(register.because)}` };
  if (sentiment.label === 'negative' && anger.score >= 0.5) return { tone: 'neutral', why: 'neutral: they are upset, so no emoji' };
  if (register.warm) return { tone: 'warm', why: `warm: mirrors their tone${quote(register.because)}` };
  return { tone: 'neutral', why: 'neutral: plain message' };
}

export const channelOf = (kind: ItemKind): 'public' | 'private' => (kind === 'dm' || kind === 'dm-preview' ? 'private' : 'public');

const fitsChannel = (t: Template, channel: 'public' | 'private') => t.channel === 'both' || t.channel === channel;

/** Tags found at the start of a word of the message (prefixes: "narudžb" finds "narudžbu"). */
function matchedTags(tags: readonly string[], lowered: string): string[] {
  return tags.filter((tag) => {
    const needle = tag.toLocaleLowerCase();
    if (needle.length < 3) return false;
    for (let at = lowered.indexOf(needle); at !== -1; at = lowered.indexOf(needle, at + 1)) {
      if (at === 0 || !/[\p{L}\p{M}\p{N}]/u.test(lowered[at - 1]!)) return true;
    }
    return false;
  });
}

export function rankTemplates(item: RankItem, ctx: RankContext): Ranking {
  const analysis = item.analysis;
  const channel = channelOf(item.kind);
  const { tone, why: toneWhy } = pickTone(analysis);
  const outOfHours = !isOpenAt(ctx.nowMs, ctx.hours);
  const privateReasons = analysis?.privateFollowUp.needed ? analysis.privateFollowUp.reasons : [];
  const wanted = analysis && analysis.language !== 'und' ? analysis.language : ctx.uiLanguage;

  // Their language if the library has it, else the panel's, else English.
  const has = (lang: string) => ctx.templates.some((t) => t.language === lang);
  const language = [wanted, ctx.uiLanguage, 'en'].find(has) ?? wanted;
  const languageNote = language !== wanted ? `No ${languageName(wanted)} template: answering in ${languageName(language)}` : undefined;
  const reading: Reading = { analysed: analysis !== undefined, language, ...(languageNote ? { languageNote } : {}), tone, toneWhy, channel, privateReasons, outOfHours };

  const top = unanswerable(analysis);
  if (top) {
    return {
      reading,
      suggestions: [],
      advice: {
        intent: top.intent,
        because: top.because,
        message:
          top.intent === 'spam'
            ? 'Looks like spam: no reply. Hide or report it on the site (never delete genuine criticism: answer that).'
            : 'Looks like abuse: no reply. Hide or report it on the site (never delete genuine criticism: answer that).',
      },
    };
  }

  const lowered = item.text.normalize('NFC').toLocaleLowerCase();
  const chasing = item.status === 'needs-follow-up' || item.status === 'escalated' || ctx.threadAnswered === true;
  const best = new Map<string, { template: Template; score: number; why: string[]; fits: boolean }>();

  for (const template of ctx.templates) {
    if (template.language !== language || !fitsChannel(template, channel)) continue;
    if (template.sites.length > 0 && !template.sites.includes(item.site)) continue;
    const fit = scoreTemplate(template, { analysis, channel, lowered, outOfHours, chasing, tone, privateReasons, site: item.site });
    if (fit === null) continue;
    const previous = best.get(template.group);
    // One per group: a site variant beats the general one, then the better fit.
    if (!previous || fit.score > previous.score) best.set(template.group, { template, ...fit });
  }

  const max = Math.max(1, ctx.max ?? 5);
  const ranked = [...best.values()].sort(
    (a, b) => b.score - a.score || b.template.usageCount - a.template.usageCount || a.template.title.localeCompare(b.template.title),
  );
  // The 3–5 best: all that fit something about the item, at least three when there are three.
  const fitting = ranked.filter((r) => r.fits && r.score > 0);
  const chosen = (fitting.length >= 3 ? fitting : ranked.slice(0, 3)).slice(0, max);

  const fill = (template: Template) => fillTemplate(template, tone, ctx, item.author);
  const suggestions = chosen.map(({ template, score, why }): Suggestion => {
    const opener = template.opener ? ctx.templates.find((t) => t.group === template.opener && t.language === language) : undefined;
    return { ...fill(template), score, why, ...(opener ? { opener: fill(opener) } : {}) };
  });
  return { reading, suggestions };
}

/** A template's text for `author` in `tone` (or the nearest tone it has), variables filled. */
export function fillTemplate(template: Template, tone: Tone, ctx: FillContext, author: string): Rendered {
  const body = bodyFor(template, tone);
  return { template, tone: body.tone, text: render(body.body, replyVars(ctx.settings, ctx.hours, author, template.language)) };
}

/** What a request is about ('refund', 'order-status', 'account'), when the analysis names it. */
const topicOf = (entry: Analysis['intents'][number]): string | undefined => ('topic' in entry && typeof entry.topic === 'string' ? entry.topic : undefined);

interface Signals {
  analysis: Analysis | undefined;
  channel: 'public' | 'private';
  lowered: string;
  outOfHours: boolean;
  chasing: boolean;
  tone: Tone;
  privateReasons: Reading['privateReasons'];
  site: SiteId;
}

/**
 * A template's fit, with its reasons; null when it should not be suggested at all. `fits`: it
 * matches something about the item (not just usage or having the wanted tone).
 */
function scoreTemplate(template: Template, s: Signals): { score: number; why: string[]; fits: boolean } | null {
  let score = 0;
  let fits = false;
  const why: string[] = [];
  const add = (points: number, reason?: string) => {
    score += points;
    if (reason) why.push(reason);
    if (reason && points > 0) fits = true;
  };

  const situations = new Set(template.situations);
  if (situations.has('out-of-hours')) {
    if (!s.outOfHours) return null; // an away message inside service hours is wrong
    add(45, 'outside your service hours');
  }
  if (situations.has('chasing')) add(s.chasing ? 40 : -15, s.chasing ? 'they are waiting on an earlier answer' : undefined);

  if (situations.has('private-follow-up')) {
    if (s.privateReasons.length > 0) {
      const reasons = s.privateReasons.map((r) => `${REASON_LABELS[r.reason]}${quote(r.because)}`).join('; ');
      add(s.channel === 'public' ? 60 : 40, `needs a private follow-up: ${reasons}`);
    } else add(-20);
  }
  const answered = s.privateReasons.filter((r) => template.reasons.includes(r.reason));
  if (answered.length > 0 && !situations.has('private-follow-up'))
    add(25, `about the ${answered.map((r) => REASON_LABELS[r.reason]).join(', ')}`);

  // A template made for something specific (an order delay, a refund, a customer chasing) fits a
  // message only when that something is there: "Is this the same deal as last year?" is a
  // question, but no delivery delay. Its intent alone then counts half, and not as a fit.
  const tags = matchedTags(template.tags, s.lowered);
  const topics = new Set(s.analysis?.intents.map(topicOf));
  const specific = template.reasons.length > 0 || situations.has('chasing') || situations.has('private-follow-up');
  const aboutIt =
    answered.length > 0 ||
    tags.length > 0 ||
    template.tags.some((t) => topics.has(t)) ||
    (situations.has('chasing') && s.chasing) ||
    (situations.has('private-follow-up') && s.privateReasons.length > 0);
  if (s.analysis) {
    s.analysis.intents.forEach((entry, index) => {
      const { intent, score: strength, because } = entry;
      // The analysis may name what a request is about ('refund', 'order-status', 'account'); a
      // template tagged with that topic is the specific answer.
      const topic = topicOf(entry);
      if (topic && template.tags.includes(topic)) add(20, `about ${topic.replace(/-/g, ' ')}`);
      if (!(template.intents as readonly string[]).includes(intent)) return;
      const points = (index === 0 ? 30 : 15) * Math.max(0.3, Math.min(1, strength));
      if (specific && !aboutIt) add(points / 2);
      else add(points, `fits their ${intent}${quote(because)}`);
    });
    const sentiment = s.analysis.sentiment.label;
    if (template.intents.includes('praise') && sentiment === 'negative') add(-40);
    if (template.intents.includes('praise') && sentiment === 'positive' && s.analysis.intents.length === 0) add(10, 'positive message');
    if (template.intents.length > 0 && !template.intents.includes('praise') && sentiment === 'positive' && !s.analysis.intents.some((i) => i.intent !== 'praise'))
      add(-10);
  }

  if (tags.length > 0) add(Math.min(2, tags.length) * 12, `mentions ${tags.slice(0, 3).map((t) => `“${t}”`).join(', ')}`);
  if (template.sites.length > 0) add(8, `written for ${s.site}`);
  const matched = fits;
  if ((template.bodies[s.tone] ?? '').trim() !== '') add(4);
  if (template.usageCount > 0) add(Math.min(6, 2 * Math.log2(1 + template.usageCount)), `used ${template.usageCount}×`);
  return { score: Math.round(score * 10) / 10, why, fits: matched };
}

/** Templates whose title, tags or text contain every word of `query` ("/" in the panel, the options list). */
export function searchTemplates(templates: readonly Template[], query: string): Template[] {
  const words = query.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [...templates];
  return templates.filter((t) => {
    const hay = [t.title, t.language, ...t.tags, ...Object.values(t.bodies)].join('\n').toLocaleLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
