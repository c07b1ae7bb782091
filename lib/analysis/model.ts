import type { Features, Token } from './features';

// A linear model over hashed features, stored as int8 weights (base64) by scripts/train.ts.
// Binary models have one output column (a logit); multi-class ones one column per label.

export interface ModelJson {
  bits: number;
  labels: string[];
  /** Weight = int8 × scale. */
  scale: number;
  bias: number[];
  /** base64 of Int8Array(2^bits × columns), row-major by feature bucket. */
  weights: string;
}

export interface Model {
  mask: number;
  columns: number;
  labels: string[];
  scale: number;
  bias: Float64Array;
  weights: Int8Array;
}

export function loadModel(json: ModelJson): Model {
  const bytes = atob(json.weights);
  const weights = new Int8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = bytes.charCodeAt(i) << 24 >> 24;
  const columns = json.bias.length;
  if (weights.length !== columns << json.bits) throw new Error(`model weights: ${weights.length} bytes, expected ${columns << json.bits}`);
  return { mask: (1 << json.bits) - 1, columns, labels: json.labels, scale: json.scale, bias: Float64Array.from(json.bias), weights };
}

export function encodeWeights(weights: Int8Array): string {
  let s = '';
  for (let i = 0; i < weights.length; i++) s += String.fromCharCode(weights[i]! & 0xff);
  return btoa(s);
}

/**
 * Raw scores (logits), one per column, into `out`. `extra`: one feature hash more, a model's own
 * beside the shared ones (the spam model's message length, scripts/train.ts Spec.extra).
 */
export function scoreInto(model: Model, f: Features, out: Float64Array, extra?: number): Float64Array {
  const { mask, columns, weights, scale } = model;
  const { hashes, length } = f;
  // Each feature counts 1/√n, so long texts are not louder than short ones.
  const k = scale / Math.sqrt(Math.max(1, extra === undefined ? length : length + 1));
  // Our models have one or three columns: sums in locals instead of in `out` on every feature.
  // The sums are of integers, so the result is the same to the last digit.
  if (columns === 1) {
    let s = extra === undefined ? 0 : weights[extra & mask]!;
    for (let i = 0; i < length; i++) s += weights[hashes[i]! & mask]!;
    out[0] = s * k + model.bias[0]!;
    return out;
  }
  for (let c = 0; c < columns; c++) out[c] = extra === undefined ? 0 : weights[(extra & mask) * columns + c]!;
  if (columns === 3) {
    let s0 = out[0]!;
    let s1 = out[1]!;
    let s2 = out[2]!;
    for (let i = 0; i < length; i++) {
      const base = (hashes[i]! & mask) * 3;
      s0 += weights[base]!;
      s1 += weights[base + 1]!;
      s2 += weights[base + 2]!;
    }
    out[0] = s0 * k + model.bias[0]!;
    out[1] = s1 * k + model.bias[1]!;
    out[2] = s2 * k + model.bias[2]!;
    return out;
  }
  for (let i = 0; i < length; i++) {
    const base = (hashes[i]! & mask) * columns;
    for (let c = 0; c < columns; c++) out[c] = out[c]! + weights[base + c]!;
  }
  for (let c = 0; c < columns; c++) out[c] = out[c]! * k + model.bias[c]!;
  return out;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The words whose own feature pushed `column` up the most (for binary models column 0 is the
 * logit; for multi-class, relative to the mean of the other columns). Most useful first.
 */
// Scratch reused across calls (topWords runs up to four times per message): the words whose push
// passed, in first-seen order, and the indices of the best so far.
const words: string[] = [];
const pushes: number[] = [];
const best: number[] = [];

export function topWords(model: Model, f: Features, tokens: readonly Token[], column: number, limit = 3): string[] {
  const { mask, columns, weights } = model;
  words.length = 0;
  pushes.length = 0;
  best.length = 0;
  for (let i = 0; i < f.length; i++) {
    const at = f.wordAt[i]!;
    if (at < 0 || !isTelling(tokens[at]!)) continue;
    const base = (f.hashes[i]! & mask) * columns;
    let push = weights[base + column]!;
    if (columns > 1) {
      let others = 0;
      for (let c = 0; c < columns; c++) if (c !== column) others += weights[base + c]!;
      push -= others / (columns - 1);
    }
    if (push < 12) continue; // ~10% of the largest weight: below that a word is noise
    const word = tokens[at]!.raw;
    if (!words.includes(word)) {
      words.push(word);
      pushes.push(push);
    }
  }
  // The `limit` largest pushes, equal ones in first-seen order (as a stable sort leaves them).
  for (let i = 0; i < words.length; i++) {
    let at = best.length;
    while (at > 0 && pushes[best[at - 1]!]! < pushes[i]!) at--;
    if (at >= limit) continue;
    for (let k = Math.min(best.length, limit - 1); k > at; k--) best[k] = best[k - 1]!;
    best[at] = i;
  }
  return best.map((i) => words[i]!);
}

// Numbers, ids, links, one- or two-letter words ("a", "IS", "من") and the commonest function words
// ("was", "than", "dass") can carry weight in a model but explain nothing to the agent.
function isTelling(t: Token): boolean {
  return t.kind === 'emoji' || (t.kind === 'word' && t.norm.length >= 3 && !/\d/.test(t.norm) && !FUNCTION_WORDS.has(t.norm));
}

// Negations stay out of this list: "not", "nunca", "не" do explain a reading.
const FUNCTION_WORDS = new Set(
  [
    'the and for are was were but you your this that than then with have has had why what when how who should would could will can did does its from they them their there been being our out all any some just also into about very more much such only too yet i\'m mine myself ours she her him his hers',
    'los las del que por para con una uno unos como pero más este esta eso está son fue muy mis tus sus nos les ella ellos desde hace',
    'que dos das com uma por para mas mais este esta isso está são foi muito você meu minha meus minhas seu sua ele ela eles desde',
    'les des que qui une pour avec dans sur est sont été très plus mais vous nous cette mon mes ton tes son ses elle ils depuis',
    'der die das den dem des und ist sind war ein eine einen für mit auf dass sich wie aber auch noch sehr ich mich mir mein meine meinen meinem meiner wir uns unser unsere ihr ihre sie ihn ihm ihnen seit von bei nach aus über habe hat',
    'che per con una uno gli del della dei sono stato era più anche come questo questa molto mio mia miei mie suo sua lui lei loro',
    'في من على إلى عن هذا هذه التي الذي كان مع',
    'है हैं था थी के का की को में से और पर यह वह भी',
    'što koji koja koje kao ali ili sam smo ste bio bila biti od za na',
    'що який яка яке але або для від це був була бути так мій моя мої мене мені нас вас вам',
    'что как для это был была были быть его она они или так уже мой моя мои меня мне мы нас вас вам',
    'که این آن از به با برای را است بود هم یا',
  ]
    .join(' ')
    .split(' '),
);
