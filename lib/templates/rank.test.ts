import { describe, expect, test } from 'vitest';
import { analysisOf } from '@/tests/analysis';
import type { Template } from './model';
import { pickTone, rankTemplates, searchTemplates, type RankContext, type RankItem } from './rank';
import { defaultBusinessHours } from '../stats/business';
import { DEFAULT_REPLY_SETTINGS } from './settings';
import { starterTemplates } from './starter';

// Wednesday 25 Nov 2026, 11:00 in UTC: inside the default Mon–Fri 9–17 hours (time zone UTC).
const OPEN = Date.parse('2026-11-25T11:00:00Z');
const NIGHT = Date.parse('2026-11-25T23:30:00Z');
const settings = { ...DEFAULT_REPLY_SETTINGS, initials: 'AB' };
const ctx: RankContext = { templates: starterTemplates, settings, hours: defaultBusinessHours('UTC'), nowMs: OPEN, uiLanguage: 'en' };
const item = (over: Partial<RankItem>): RankItem => ({ author: 'Ana López', kind: 'reply', site: 'x', text: '', ...over });
const groups = (r: ReturnType<typeof rankTemplates>) => r.suggestions.map((s) => s.template.group.replace('starter:', ''));

describe('rankTemplates', () => {
  test('praise in warm Spanish: thanks first, warm variant, name filled in', () => {
    const r = rankTemplates(
      item({ text: '¡Me encanta! 😍😍', analysis: analysisOf({ language: 'es', sentiment: 'positive', warm: true, registerBecause: ['😍'], intents: [['praise', 0.9, ['encanta']]] }) }),
      ctx,
    );
    const top = r.suggestions[0]!;
    expect(top.template.id).toBe('starter:thanks:es');
    expect(top.tone).toBe('warm');
    expect(top.text).toMatch(/^¡Muchísimas gracias, Ana! 😊/u);
    expect(top.text).toMatch(/\^AB$/);
    expect(top.why).toContain('fits their praise (“encanta”)');
    expect(r.reading).toMatchObject({ language: 'es', tone: 'warm', analysed: true });
    expect(r.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(r.suggestions.length).toBeLessThanOrEqual(5);
    expect(r.suggestions.every((s) => s.template.language === 'es')).toBe(true);
  });

  test.each([
    ['de', 'Können Sie mir sagen, wo meine Bestellung ist?', ['Sie'], /Sie|Ihnen|Ihr/u],
    ['hr', 'Poštovani, možete li mi reći gdje je moja narudžba?', ['Poštovani'], /Vam|Vaš|Poštovani/u],
    ['uk', 'Доброго дня, підкажіть, будь ласка, де моє замовлення? Дякую вам', ['вам'], /ви|вам|ваш/u],
    ['hi', 'नमस्ते, क्या आप बता सकते हैं कि मेरा ऑर्डर कहाँ है?', ['आप'], /आप/u],
    ['fa', 'سلام، لطفاً بفرمایید سفارش من کجاست؟ از شما ممنونم', ['شما'], /شما|گرامی/u],
    ['pt', 'Bom dia, o senhor poderia me informar onde está o meu pedido?', ['o senhor'], /(?<!\p{L})(seu|sua|lhe)(?!\p{L})/u],
    ['it', 'Buongiorno, potrebbe dirmi dov’è il mio ordine? La ringrazio', ['potrebbe'], /(?<!\p{L})(La|Le|Sua|Suo)(?!\p{L})/u],
    ['ru', 'Здравствуйте, подскажите, пожалуйста, где мой заказ? Заранее благодарю Вас', ['Вас'], /Вы|Вас|Вам|Ваш/u],
    ['ar', 'السلام عليكم، هل يمكنكم إخباري أين طلبي؟ شكرًا لكم', ['يمكنكم'], /كم(?!\p{L})/u],
  ])('a formal %s question gets the formal variant', (language, text, because, address) => {
    const r = rankTemplates(item({ text, analysis: analysisOf({ language, formality: 'formal', registerBecause: because, intents: ['question'] }) }), ctx);
    expect(r.reading.tone).toBe('formal');
    expect(r.reading.toneWhy).toContain(`“${because[0]}”`);
    const top = r.suggestions[0]!;
    expect(top.template.language).toBe(language);
    expect(top.tone).toBe('formal');
    expect(top.text).toMatch(address);
    // The order question finds the delay template through its words.
    expect(groups(r)).toContain('delay');
  });

  test('a private follow-up gets the public DM reply with its private opener, and says why', () => {
    const r = rankTemplates(
      item({
        text: 'My order #A12345 never arrived and I was charged twice!!',
        analysis: analysisOf({ sentiment: 'negative', anger: 0.7, warm: true, intents: [['complaint', 0.9, ['never arrived']]], privateReasons: [['order-number', ['#A12345']], ['payment', ['charged twice']]] }),
      }),
      ctx,
    );
    const top = r.suggestions[0]!;
    expect(top.template.id).toBe('starter:dm:en');
    expect(top.text).toBe("Hi Ana, we've sent you a DM so we can look into this with you privately. ^AB");
    expect(top.opener?.template.id).toBe('starter:dm-opener:en');
    expect(top.opener?.text).toMatch(/^Hi Ana, thanks for getting in touch with us\./);
    expect(top.why[0]).toBe('needs a private follow-up: order number (“#A12345”); payment (“charged twice”)');
    // Upset: no emoji even though they used "!!".
    expect(r.reading.tone).toBe('neutral');
    expect(r.reading.privateReasons.map((p) => p.reason)).toEqual(['order-number', 'payment']);
  });

  test('a DM (already private) gets the private opener, never "we sent you a DM"', () => {
    const r = rankTemplates(item({ kind: 'dm', text: 'refund for order 5512?', analysis: analysisOf({ intents: ['request'], privateReasons: ['refund'] }) }), ctx);
    expect(groups(r)[0]).toBe('dm-opener');
    expect(groups(r)).not.toContain('dm');
    expect(r.suggestions.every((s) => s.template.channel !== 'public')).toBe(true);
  });

  test('spam and abuse get no suggestion, only advice', () => {
    const spam = rankTemplates(item({ text: 'Earn $$$ with crypto, DM me', analysis: analysisOf({ intents: [['spam', 0.95, ['crypto']]] }) }), ctx);
    expect(spam.suggestions).toEqual([]);
    expect(spam.advice).toMatchObject({ intent: 'spam', because: ['crypto'] });
    const abuse = rankTemplates(item({ text: '…', analysis: analysisOf({ intents: ['abuse', 'complaint'] }) }), ctx);
    expect(abuse.suggestions).toEqual([]);
    expect(abuse.advice?.message).toMatch(/never delete genuine criticism/);
    expect(spam.advice?.message).toMatch(/never delete genuine criticism/);
  });

  test('outside service hours the away reply comes first; inside it never shows', () => {
    const question = item({ text: 'how do I reset my password?', analysis: analysisOf({ intents: ['question'] }) });
    const night = rankTemplates(question, { ...ctx, nowMs: NIGHT });
    expect(groups(night)[0]).toBe('out-of-hours');
    expect(night.suggestions[0]!.text).toMatch(/We're here Mon–Fri 9:00 AM–5:00 PM \(UTC\)/);
    expect(night.reading.outOfHours).toBe(true);
    const day = rankTemplates(question, ctx);
    expect(groups(day)).not.toContain('out-of-hours');
    expect(groups(day)[0]).toBe('question');
    expect(day.suggestions[0]!.text).toContain('{{help article link}}');
  });

  test('a plain question does not fit the templates made for delays or chasing', () => {
    const r = rankTemplates(item({ text: 'Is this the same deal as last year?', analysis: analysisOf({ intents: ['question'] }) }), ctx);
    expect(groups(r)[0]).toBe('question');
    const fitting = r.suggestions.filter((s) => s.why.some((w) => w.startsWith('fits their')));
    expect(fitting.map((s) => s.template.group)).toEqual(['starter:question']);
    // An order in the message makes the delay template the specific answer again.
    const order = rankTemplates(item({ text: 'Where is my order? It has been two weeks', analysis: analysisOf({ intents: ['question'] }) }), ctx);
    expect(order.suggestions.find((s) => s.template.group === 'starter:delay')?.why).toContain('fits their question');
  });

  test('a customer chasing an earlier answer gets "still looking into it"', () => {
    const r = rankTemplates(item({ text: 'any update??', status: 'needs-follow-up', analysis: analysisOf({ intents: ['complaint'] }) }), ctx);
    expect(groups(r)[0]).toBe('looking-into-it');
    expect(r.suggestions[0]!.why).toContain('they are waiting on an earlier answer');
  });

  test('not analysed: the panel’s language, neutral, and it says so', () => {
    const r = rankTemplates(item({ text: 'Where is my parcel?' }), { ...ctx, uiLanguage: 'de' });
    expect(r.reading).toMatchObject({ analysed: false, language: 'de', tone: 'neutral', toneWhy: 'neutral' });
    expect(r.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(r.suggestions.every((s) => s.tone === 'neutral' && s.template.language === 'de')).toBe(true);
  });

  test('no template in their language: falls back and says so', () => {
    const r = rankTemplates(item({ text: 'Hartelijk dank!', analysis: analysisOf({ language: 'nl', intents: ['praise'] }) }), ctx);
    expect(r.reading.language).toBe('en');
    expect(r.reading.languageNote).toBe('No Dutch template: answering in English');
    expect(groups(r)[0]).toBe('thanks');
  });

  test('a site variant beats the general one of its group, and only on its site', () => {
    const general = starterTemplates.find((t) => t.id === 'starter:thanks:en')!;
    const tiktok: Template = { ...general, id: 'mine:thanks:tiktok', sites: ['tiktok'], bodies: { neutral: 'Thank you {first_name|}! 🙌' }, starter: false };
    const praise = (site: RankItem['site']) => item({ site, text: 'love it', analysis: analysisOf({ sentiment: 'positive', intents: ['praise'] }) });
    const templates = [...starterTemplates, tiktok];
    expect(rankTemplates(praise('tiktok'), { ...ctx, templates }).suggestions[0]!.template.id).toBe('mine:thanks:tiktok');
    expect(rankTemplates(praise('tiktok'), { ...ctx, templates }).suggestions[0]!.why).toContain('written for tiktok');
    expect(rankTemplates(praise('x'), { ...ctx, templates }).suggestions[0]!.template.id).toBe('starter:thanks:en');
    // One per group: the general one is not listed beside its variant.
    expect(rankTemplates(praise('tiktok'), { ...ctx, templates }).suggestions.filter((s) => s.template.group === general.group)).toHaveLength(1);
  });

  test('usage and tone alone do not make a template fit: a plain message gets three, not five', () => {
    const used = starterTemplates.map((t) => (t.id === 'starter:refund:en' ? { ...t, usageCount: 50 } : t));
    const r = rankTemplates(item({ text: 'hello' }), { ...ctx, templates: used });
    expect(r.suggestions).toHaveLength(3);
    expect(r.suggestions[0]!.template.id).toBe('starter:refund:en'); // the agent's habit leads the fallback
    const praise = rankTemplates(item({ text: 'love it', analysis: analysisOf({ sentiment: 'positive', intents: ['praise'] }) }), { ...ctx, templates: used });
    expect(groups(praise)[0]).toBe('thanks');
  });

  test('respects max and returns nothing from an empty library', () => {
    const q = item({ text: '?', analysis: analysisOf({ intents: ['question'] }) });
    expect(rankTemplates(q, { ...ctx, max: 3 }).suggestions).toHaveLength(3);
    expect(rankTemplates(q, { ...ctx, templates: [] }).suggestions).toEqual([]);
  });
});

test.each([
  [undefined, 'neutral'],
  [analysisOf({ formality: 'formal', warm: true }), 'formal'],
  [analysisOf({ warm: true }), 'warm'],
  [analysisOf({ warm: true, sentiment: 'negative', anger: 0.8 }), 'neutral'],
  [analysisOf({ warm: true, sentiment: 'negative', anger: 0.2 }), 'warm'],
] as const)('pickTone %#', (analysis, tone) => expect(pickTone(analysis).tone).toBe(tone));

test('searchTemplates matches every word in title, tags, text or language', () => {
  expect(searchTemplates(starterTemplates, 'Refund REEMBOLS').map((t) => t.id)).toEqual(['starter:refund:es', 'starter:refund:pt']);
  expect(searchTemplates(starterTemplates, 'reembolso devolución').map((t) => t.id)).toEqual(['starter:refund:es']);
  expect(searchTemplates(starterTemplates, '  ')).toHaveLength(starterTemplates.length);
});

test('a request topic from the analysis picks the template tagged with it', () => {
  const analysis = analysisOf({ intents: ['request'] });
  // Built apart from the literal: the topic field arrives with the analysis branch.
  const refund = { intent: 'request' as const, score: 0.9, because: ['money back'], topic: 'refund' as const };
  analysis.intents = [refund];
  const r = rankTemplates(item({ text: 'can I get my money back', analysis }), ctx);
  expect(groups(r)[0]).toBe('refund');
  expect(r.suggestions[0]!.why).toContain('about refund');
  const status = { intent: 'question' as const, score: 0.9, because: [] as string[], topic: 'order-status' as const };
  analysis.intents = [status];
  expect(groups(rankTemplates(item({ text: 'status?', analysis }), ctx))[0]).toBe('delay');
});
