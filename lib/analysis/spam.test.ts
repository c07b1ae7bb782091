import { extractFeatures, lengthFeature, tokenize } from './features';
import { analyze } from './index';
import { readSpam } from './spam';

const isSpam = (text: string) => analyze(text).intents.some((i) => i.intent === 'spam');
const lengthOf = (text: string) => lengthFeature(tokenize(text));

test('the length feature buckets words by doubling; links, handles and numbers are not words', () => {
  expect(lengthOf('hi there')).toBe(lengthOf('hi'));
  expect(lengthOf('one two three')).not.toBe(lengthOf('one two'));
  expect(lengthOf('one two three four five six')).toBe(lengthOf('one two three'));
  expect(lengthOf('http://x.co/a @brand 12345 !')).toBe(lengthOf(''));
  expect(lengthOf('word '.repeat(31))).toBe(lengthOf('word '.repeat(500)));
  expect(lengthOf('word '.repeat(31))).not.toBe(lengthOf('word '.repeat(30)));
});

describe('which messages the English spam model is asked about', () => {
  const spamOf = (text: string, englishLike: boolean, script: string) => {
    const tokens = tokenize(text);
    return readSpam(extractFeatures(tokens), tokens, englishLike, script, false);
  };

  test('longer text in another language counts only when the model is sure', () => {
    expect(spamOf('los invito a ver mi canal de cocina todos los días', false, 'Latn')).toBe(0);
    expect(spamOf('Muchas gracias por la ayuda, todo bien', false, 'Latn')).toBe(0);
    expect(spamOf('subscribe to my channel please guys', false, 'Latn')).toBeGreaterThanOrEqual(0.9);
  });

  test('two words or bare links are asked in any Latin-script text: the language detector cannot read them', () => {
    expect(spamOf('subscribe', false, 'Latn')).toBeGreaterThan(0);
    expect(spamOf('http://example.com/a', false, 'Latn')).toBeGreaterThan(0);
    expect(spamOf('подпишись', false, 'Cyrl')).toBe(0);
  });

  // "subscribe" reads as Romanian and a bare link as Portuguese; both were always missed.
  test.each([['Subscribe'], ['subscribe ME!'], ['http://shhort.com/a?r=AbCdEf12']])('%s is spam', (text) => expect(isSpam(text)).toBe(true));
  test.each([['gracias!'], ['merci beaucoup'], ['ok thanks'], ['Vielen Dank für die schnelle Antwort']])('%s is not spam', (text) => expect(isSpam(text)).toBe(false));
});
