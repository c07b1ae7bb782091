import { describe, expect, test } from 'vitest';
import { analysisOf } from '@/tests/analysis';
import { checkReply, dominantScript, findPrivateData, type GuardInput } from './guards';

const base: GuardInput = { text: 'Hi Ana, thanks for your message. ^AB', site: 'x', channel: 'public', analysis: analysisOf() };
const kinds = (input: Partial<GuardInput>) => checkReply({ ...base, ...input }).map((w) => w.kind);

describe('send-guards', () => {
  test('a clean reply passes', () => expect(checkReply(base)).toEqual([]));

  test('unfilled slots are named', () => {
    const [w] = checkReply({ ...base, text: 'We will update you {{when}} about {{order number}}.' });
    expect(w).toEqual({ kind: 'unfilled-slot', message: 'Fill in before sending: when, order number.' });
  });

  test.each([
    ['Your order #A12345 ships today', 'order number'],
    ['We emailed ana.lopez@example.com', 'email'],
    ['Call us on +385 91 234 5678', 'phone'],
    ['Your order 88123456 is on its way', 'order number'],
    ['Order ORD-20991 is on its way', 'order number'],
    ['سفارش شما #۱۲۳۴۵ ارسال شد', 'order number'],
    ['We are open Mon–Fri 9:00 AM–5:00 PM, see https://help.example.com/orders/123456789', null],
    ['Thanks for 2026, see you soon', null],
  ])('private data in a public reply: %s', (text, what) => {
    const found = findPrivateData(text);
    if (what === null) expect(found).toEqual([]);
    else expect(found.map((f) => f.what)).toContain(what);
    expect(kinds({ text }).includes('private-data')).toBe(what !== null);
  });

  test('the warning quotes what it found', () => {
    expect(findPrivateData('Order #A12345 and #778899 for ana@example.com')).toEqual([
      { what: 'email', value: 'ana@example.com' },
      { what: 'order number', value: '#A12345' },
      { what: 'order number', value: '#778899' },
    ]);
  });

  test('private data is fine in a DM', () => {
    expect(kinds({ text: 'Your order #A12345 ships today', channel: 'private' })).toEqual([]);
  });

  test('a reply in another language than the customer’s', () => {
    const spanish = analysisOf({ language: 'es' });
    expect(checkReply({ ...base, analysis: spanish, replyLanguage: 'en' })).toEqual([
      { kind: 'language', message: 'This reply is in English; the customer wrote in Spanish.' },
    ]);
    expect(kinds({ analysis: spanish, replyLanguage: 'es', text: 'Hola, gracias' })).toEqual([]);
    // Typed by hand: the script tells.
    expect(kinds({ analysis: analysisOf({ language: 'fa' }), text: 'Thanks for your message' })).toEqual(['language']);
    expect(kinds({ analysis: analysisOf({ language: 'fa' }), text: 'ممنون از پیام شما https://help.example.com' })).toEqual([]);
    expect(kinds({ analysis: analysisOf({ language: 'und' }), replyLanguage: 'de' })).toEqual([]);
    expect(kinds({ analysis: undefined, replyLanguage: 'de' })).toEqual([]);
  });

  test('over the site’s limit, counted the site’s way', () => {
    const cjk = '謝'.repeat(141); // 282 weighted on X
    const [w] = checkReply({ ...base, text: cjk, analysis: undefined });
    expect(w?.kind).toBe('length');
    expect(w?.message).toBe('Too long for an X post: 282 of 280 characters (X counts emoji and CJK as 2, each link as 23). Cut 2.');
    expect(kinds({ text: cjk, site: 'instagram', analysis: undefined })).toEqual([]);
    expect(kinds({ text: 'a'.repeat(151), site: 'tiktok' })).toEqual(['length']);
    expect(kinds({ text: 'a'.repeat(150), site: 'tiktok' })).toEqual([]);
  });

  test('the same reply already in this thread', () => {
    const earlier = 'Hi Ben, thanks for your message. We are looking into it and will update you here soon. ^CD';
    expect(kinds({ text: 'Hi Ana, thanks for your message. We are looking into it and will update you here soon. ^AB', threadReplies: [earlier] })).toEqual(['repeat']);
    expect(kinds({ text: 'Glad it arrived in time for the weekend, enjoy!', threadReplies: [earlier] })).toEqual([]);
    expect(kinds({ templateId: 'starter:thanks:en', threadTemplateIds: ['starter:thanks:en'] })).toEqual(['repeat']);
  });

  test('no spam warning where spam does not lead: a question that also scores as spam is answered', () => {
    const question = analysisOf({ intents: [['question', 0.9, ['?']], ['spam', 0.54, ['phone']]] });
    expect(checkReply({ ...base, analysis: question }).map((w) => w.kind)).not.toContain('spam-abuse');
  });

  test('a reply to spam or abuse, with the words that raised it', () => {
    const spam = analysisOf({ intents: [['spam', 0.9, ['crypto', 'DM me']]] });
    expect(checkReply({ ...base, analysis: spam })).toEqual([
      { kind: 'spam-abuse', message: 'This looks like spam (“crypto”, “DM me”). Replying rewards it: hide or report it on the site instead.' },
    ]);
  });

  test('several at once, each separately', () => {
    const text = `Your order #A12345: ${'x'.repeat(280)} {{when}}`;
    expect(kinds({ text, analysis: analysisOf({ language: 'de', intents: ['abuse'] }), replyLanguage: 'en' })).toEqual([
      'unfilled-slot', 'private-data', 'language', 'length', 'spam-abuse',
    ]);
  });
});

test.each([
  ['Hello there friend', 'Latin'],
  ['Дякуємо за повідомлення', 'Cyrillic'],
  ['धन्यवाद', 'Devanagari'],
  ['ok', null],
])('dominantScript(%s)', (text, script) => expect(dominantScript(text)).toBe(script));
