import { createHash } from 'node:crypto';
import { extractFeatures, isCommonLetter, tokenize } from './features';

// The trained weights (weights.json) are indexed by these hashes: any change to tokenising or
// hashing silently scrambles every model. These values were taken before the speed work on
// features.ts and must never move unless the models are retrained on purpose.

const featuresOf = (text: string) => {
  const f = extractFeatures(tokenize(text));
  return { hashes: [...f.hashes.subarray(0, f.length)], wordAt: [...f.wordAt.subarray(0, f.length)] };
};

test.each([
  [
    'WHY is it LATE!!!',
    [1434848948, 418647609, 2016771922, 3992254155, 2111284492, 1312329493, 2302100116, 1194886160, 3243140119, 2195410209, 3102741163, 2297901398, 2811088068, 1226829373, 352398836, 1064494684, 1106398226, 1156887848],
    [-1, 0, -1, -1, -1, 1, -1, 2, -1, 3, -1, -1, -1, -1, -1, -1, -1, -1],
  ],
  [
    'Sooooo good 😍 thanks @brand https://x.co/a',
    [1434848948, 3744872680, 2470459183, 3092490714, 2512690327, 4200608216, 1829256080, 2467207779, 3014551294, 1371812235, 3014194516, 3358703615, 3347456541, 3203219888, 4125224453, 2452842921, 1376569070, 1676346326, 1663930037, 3446555153, 1784101575, 1227355340, 4279913108, 3378792613, 477500851, 3032368686],
    [-1, 0, -1, -1, -1, 1, -1, -1, -1, -1, -1, 2, -1, 3, -1, -1, -1, -1, -1, -1, -1, 4, -1, 5, -1, -1],
  ],
  [
    'ГДЕ мой ЗАКАЗ? Ça VA, ÉTÉ',
    [1434848948, 2644336085, 3270406570, 888204703, 3745809828, 2200592338, 607771533, 3134892391, 3969350132, 1112265498, 2971427293, 4215582197, 1189393434, 2259633638, 2495795791, 3771627710, 919656730, 896718494, 1055080357, 28088472, 1145686136, 1379735519, 2745047931, 3974244113, 2260879880, 3381899665, 1850206040, 1156887848],
    [-1, 0, -1, -1, -1, 1, -1, -1, -1, -1, 2, -1, -1, -1, -1, -1, -1, -1, 4, -1, 5, -1, 6, -1, -1, -1, -1, -1],
  ],
  [
    'طلبي لم يصل بعد ؟ كيف',
    [1434848948, 3268522306, 1308603134, 3902103860, 25990181, 1364839361, 920028514, 1514790528, 2464389722, 1846591944, 748053074, 2857227280, 610822634, 2277123743, 2651839911, 3133861938, 671833489, 3625638085, 896718494, 2130290139, 3159863548, 8344800, 384474097, 3597207656],
    [-1, 0, -1, -1, -1, -1, 1, -1, 2, -1, -1, -1, -1, 3, -1, -1, -1, -1, -1, 5, -1, -1, -1, -1],
  ],
])('%s', (text, hashes, wordAt) => expect(featuresOf(text)).toEqual({ hashes, wordAt }));

test('a long mixed post past the models’ 400 tokens', () => {
  const long = 'Where is my ORDER #A12345?? It has been TWO weeks!!! Ça ne MARCHE pas, ГДЕ мой ЗАКАЗ, नमस्ते दोस्त, looooool 😡 '.repeat(40);
  const f = extractFeatures(tokenize(long));
  const digest = createHash('sha256').update(new Uint8Array(f.hashes.buffer, 0, f.length * 4)).update(new Uint8Array(f.wordAt.buffer, 0, f.length * 4)).digest('hex');
  expect([f.length, digest]).toEqual([1695, '4ed423fa5f44e60ddedea5d460cccc39e79d35b0cda0a8a984e8672bf2770f58']);
});

test('the letters tokenize takes without the Unicode test are all letters', () => {
  let taken = 0;
  for (let c = 0; c <= 0xffff; c++) {
    if (!isCommonLetter(c)) continue;
    taken++;
    if (!/\p{L}/u.test(String.fromCharCode(c))) expect(c.toString(16)).toBe('a letter');
  }
  expect(taken).toBeGreaterThan(700);
});
