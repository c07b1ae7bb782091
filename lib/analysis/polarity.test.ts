import fc from 'fast-check';
import { extractFeatures, FLAG, tokenize, wordHash } from './features';
import { decodeHashes, encodeHashes, polarityOf } from './polarity';

const flagsOf = (text: string) => {
  const f = extractFeatures(tokenize(text));
  return new Set(f.hashes.subarray(0, f.length));
};

test('hash lists survive encoding, in order and without repeats', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff })), (hashes) => {
    expect(decodeHashes(encodeHashes(hashes))).toEqual([...new Set(hashes)].sort((a, b) => a - b));
  }));
});

test.each([
  ['good', 2],
  ['horrible', 4],
  ['excelente', 2],
  ['schlecht', 3],
  ['table', 0],
  ['the', 0],
])('%s has polarity class %i', (word, cls) => expect(polarityOf(wordHash(word))).toBe(cls));

test('a negation flips the next word', () => {
  expect(flagsOf('good').has(FLAG.polarity[1]!)).toBe(true);
  const negated = flagsOf('not good');
  expect(negated.has(FLAG.polarity[3]!)).toBe(true);
  expect(negated.has(FLAG.polarity[1]!)).toBe(false);
  expect(flagsOf('nicht schlecht').has(FLAG.polarity[0]!)).toBe(true);
});

test('links are read by where they lead, and a message of bare links is marked', () => {
  const host = (url: string) => [...flagsOf(url)].filter((h) => !flagsOf('https://example.org/').has(h));
  expect(host('https://www.facebook.com/pages/x?ref=1')).toEqual(host('http://facebook.com/other'));
  expect(flagsOf('http://shhort.com/a?r=1').has(FLAG.onlyLinks)).toBe(true);
  expect(flagsOf('The tracking page http://ups.com/t says delivered but nothing came').has(FLAG.onlyLinks)).toBe(false);
  expect(flagsOf('call 08712460324 now').has(FLAG.longNumber)).toBe(true);
  expect(flagsOf('order 12 please').has(FLAG.longNumber)).toBe(false);
});
