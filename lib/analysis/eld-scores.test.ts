import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eld } from 'eld/extrasmall';
import fc from 'fast-check';
import { loadData } from '../../scripts/data';
import { hasShared, SHARED_DIR } from '../../tests/shared';
import { detectWithEld } from './eld-scores';

// Our scoring over eld's data must answer exactly what eld answers: same language, same
// isReliable(), on any text.

const UK_RU = ['uk', 'ru'];
const ukOrRu = eld.newInstance();
ukOrRu.setLanguageSubset(UK_RU);

function eldSays(text: string, detector = eld) {
  const result = detector.detect(text);
  return { language: result.language, reliable: result.language ? result.isReliable() : false };
}

function expectSame(text: string) {
  expect(detectWithEld(text), JSON.stringify(text)).toEqual(eldSays(text));
  expect(detectWithEld(text, UK_RU), `${JSON.stringify(text)} among uk, ru`).toEqual(eldSays(text, ukOrRu));
}

const fixtures = ['sentiment', 'spam'].flatMap((f) =>
  readFileSync(`tests/fixtures/analysis/${f}.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

test('our fixture messages, whole and cut at 200 characters', () => {
  for (const text of fixtures) {
    expectSame(text);
    expectSame(text.slice(0, 200));
  }
});

test.each([
  ['empty', ''],
  ['no letters', '12345 !!! 😡😡'],
  ['one short word', 'ok'],
  ['three-letter word', 'hey'],
  ['words of 71 and 200 bytes, longer than eld reads', `${'a'.repeat(71)} ${'b'.repeat(200)} end`],
  ['a 75-byte Cyrillic word', 'я'.repeat(38)],
  ['cut at the first space past 350 bytes', 'word '.repeat(100)],
  ['cut inside a word past 380 bytes', 'д'.repeat(300)],
  ['astral characters and a lone surrogate', '𝒜𝒷𝒸 text \ud83d here 😀😀😀'],
  ['apostrophes eld keeps', "don't won`t it’s 'quoted' rock'n'roll"],
  ['capitals that grow when lower-cased', 'İSTANBUL İZMİR ÇOK GÜZEL'],
  ['the same n-gram many times', 'the the the the the the the'],
  ['mixed scripts', 'order 123 سفارش мой заказ मेरा ऑर्डर 我的订单 🛒'],
  ['short Cyrillic eld calls Bulgarian', 'Прийнято.'],
  ['Latin text among uk and ru only', 'where is my order'],
])('%s', (_, text) => expectSame(text));

test('any text from a mix of scripts', () => {
  const chars = fc.constantFrom(...'aeiou tnrsl ÄÖÜßéèçñãõ ыэъёіїєґ абвгдежз ابتثجحخدذرزسشصضطظعغفقكلمنهوي یکگچپژ अआइउएकखगघचजटडतदनपबमयरलवशसह ’\'`-.,!?0123456789😀🔥\u200b\t\n'.split(''));
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 260 }), (list) => {
      expectSame(list.join(''));
    }),
    { numRuns: 3000 },
  );
});

describe.runIf(hasShared)('every text of ../shared/data, cut at 200 characters as readLanguage does', { timeout: 120_000 }, () => {
  const files = hasShared ? loadData(join(SHARED_DIR, 'data')) : [];
  test.each(files.map((f) => [f.name, f.rows] as const))('%s', (_, rows) => {
    for (const { text } of rows) {
      const cut = text.slice(0, 200);
      const ours = detectWithEld(cut);
      const theirs = eldSays(cut);
      // one expect per difference: 100k passing expects would slow the suite for nothing
      if (ours.language !== theirs.language || ours.reliable !== theirs.reliable) expect(ours, cut).toEqual(theirs);
    }
  });
});
