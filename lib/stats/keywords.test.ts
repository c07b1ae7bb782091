import { topKeywords, wordsOf } from './keywords';

test.each([
  ['Where is my ORDER?? order #A123', ['order']],
  ['the and you', []],
  ['@acme_help https://t.co/x refund!', ['refund']],
  ['Remboursement svp, très déçu', ['remboursement', 'svp', 'déçu']],
  ['#Refund today', ['refund', 'today']],
  ['ok no', []],
  ['', []],
] as const)('%s', (text, words) => {
  expect(wordsOf(text)).toEqual(words);
});

test('top keywords count each message once and need two messages', () => {
  expect(topKeywords(['refund refund refund', 'my refund please', 'late delivery', 'delivery was late', 'lonely'])).toEqual([
    { word: 'delivery', count: 2 },
    { word: 'late', count: 2 },
    { word: 'refund', count: 2 },
  ]);
});
