import { extractFeatures, tokenize } from './features';
import { topWords, type Model } from './model';

// topWords explains a label by the words that pushed it most: strongest first, equal pushes in
// the order the words came, each word once, at most `limit`.

function modelPushing(text: string, pushes: Record<string, number>) {
  const tokens = tokenize(text);
  const features = extractFeatures(tokens);
  const bits = 16;
  const model: Model = { mask: (1 << bits) - 1, columns: 1, labels: ['x'], scale: 1, bias: new Float64Array(1), weights: new Int8Array(1 << bits) };
  for (let i = 0; i < features.length; i++) {
    const at = features.wordAt[i]!;
    if (at >= 0) model.weights[features.hashes[i]! & model.mask] = pushes[tokens[at]!.raw] ?? 0;
  }
  return { model, features, tokens };
}

test('strongest first, ties in text order, each word once, weak words left out', () => {
  const { model, features, tokens } = modelPushing('alpha bravo charlie delta echo bravo foxtrot', { alpha: 20, bravo: 50, charlie: 20, delta: 50, echo: 30, foxtrot: 11 });
  expect(topWords(model, features, tokens, 0, 10)).toEqual(['bravo', 'delta', 'echo', 'alpha', 'charlie']);
  expect(topWords(model, features, tokens, 0)).toEqual(['bravo', 'delta', 'echo']);
  expect(topWords(model, features, tokens, 0, 1)).toEqual(['bravo']);
});

test('a second call forgets the first', () => {
  // extractFeatures fills one shared buffer: each reading is used before the next is made
  const a = modelPushing('alpha bravo', { alpha: 40, bravo: 30 });
  expect(topWords(a.model, a.features, a.tokens, 0)).toEqual(['alpha', 'bravo']);
  const b = modelPushing('charlie', { charlie: 40 });
  expect(topWords(b.model, b.features, b.tokens, 0)).toEqual(['charlie']);
});

test('function words explain nothing; negations and content words do', () => {
  const { model, features, tokens } = modelPushing('why was the rate than wrong not nicht', { why: 90, was: 90, the: 90, rate: 40, than: 90, wrong: 60, not: 30, nicht: 20 });
  expect(topWords(model, features, tokens, 0, 10)).toEqual(['wrong', 'rate', 'not', 'nicht']);
});
