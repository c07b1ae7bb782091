import fc from 'fast-check';
import { analyze, priorityOf } from './index';
import { INTENTS, PRIVATE_REASONS, type Analysis } from './types';

// Hostile and odd text never throws and always gives a well-formed reading.

function expectWellFormed(a: Analysis) {
  expect(typeof a.language).toBe('string');
  expect(['ltr', 'rtl']).toContain(a.direction);
  expect(['negative', 'neutral', 'positive']).toContain(a.sentiment.label);
  expect(Math.abs(a.sentiment.score)).toBeLessThanOrEqual(1);
  expect(a.anger.score).toBeGreaterThanOrEqual(0);
  expect(a.anger.score).toBeLessThanOrEqual(1);
  expect(a.priority.score).toBeGreaterThanOrEqual(0);
  expect(a.priority.score).toBeLessThanOrEqual(100);
  expect(Number.isFinite(a.register.emoji) && Number.isFinite(a.register.exclamations)).toBe(true);
  for (const i of a.intents) expect(INTENTS).toContain(i.intent);
  for (const r of a.privateFollowUp.reasons) expect(PRIVATE_REASONS).toContain(r.reason);
  expect(a.privateFollowUp.needed).toBe(a.privateFollowUp.reasons.length > 0);
  const because = [a.sentiment.because, a.anger.because, a.register.because, a.priority.because, ...a.intents.map((i) => i.because), ...a.privateFollowUp.reasons.map((r) => r.because)].flat();
  for (const b of because) expect(typeof b).toBe('string');
  expect(Number.isFinite(priorityOf(a, 3_600_000).score)).toBe(true);
}

test.each([
  ['empty', ''],
  ['only emoji', '😡😡😡🔥👍🏽👨‍👩‍👧'],
  ['100 KB', 'where is my order #A12345?! '.repeat(3800)],
  ['100 KB without spaces', 'x'.repeat(100_000)],
  ['mixed scripts', 'order 123 سفارش мой заказ मेरा ऑर्डर 我的订单 🛒'],
  ['invisible characters', '\u200b\u200c\u200d\u2060\ufeff\u202e\u00ad'],
  ['HTML', '<img src=x onerror=alert(1)><b>refund</b> &amp; <script>x()</script>'],
  ['markdown', '# Title\n**bold** [link](https://example.com) `code` > quote'],
  ['numbers only', '4111 1111 1111 1111 +44 20 7946 0958 2024-05-01'],
  ['lone surrogates', '\ud800\udfff\ud83d abc \udc00'],
  ['control characters', '\u0000\u0001\u0007\u001b[31mred\u001b[0m'],
])('%s', (_, text) => expectWellFormed(analyze(text)));

test('thousands of random strings', () => {
  const seed = Date.now() % 2 ** 31;
  console.log(`analyze property seed: ${seed} (replay with fc.assert(..., { seed }))`);
  const pieces = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.constantFrom('refund', '#A12345', 'WHERE', '!!!', '??', '😡', 'http://x.co', '@user', 'شما', 'आप', 'Sie', '\u200b', '<b>', '4111 1111 1111 1111', 'a@b.co'),
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      expectWellFormed(analyze(parts.join(' ')));
    }),
    { seed, numRuns: 3000 },
  );
}, 60_000); // 3000 runs with their checks take seconds on the shared machine
