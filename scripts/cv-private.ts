import { analyze } from '../lib/analysis';
import { extractFeatures, hashString, tokenize } from '../lib/analysis/features';
import { encodeWeights, loadModel, scoreInto, sigmoid } from '../lib/analysis/model';
import { isEnglishLike, models } from '../lib/analysis/models';
import { readOwnTrouble } from '../lib/analysis/private';
import { goldOf, heldOutKey, isHeldOut, loadData, privateLabelsOf, type PrivateLabels } from './data';
import { examplesFor, seedOf, SPECS, train } from './train';

// How the bars of lib/analysis/private.ts (PRIVATE_OWN_AT, PRIVATE_AT) were chosen: 5-fold
// cross-validation on the trained four fifths of ../shared/data and tests/data/hand-labelled (the
// held-out fifth is never read). Each fold retrains the private model as npm run train does, then
// reads every labelled message of the fold with the rules alone and with the model's probability,
// and prints recall and precision for pairs of bars (own, other) on both label sets.
// Run: npx tsx scripts/cv-private.ts [own,other ...]   e.g. 0.4,0.65 0.5,0.85

const pairs = (process.argv.length > 2 ? process.argv.slice(2) : ['0.5,0.85', '0.4,0.8', '0.4,0.65', '0.35,0.65']).map((p) => p.split(',').map(Number) as [number, number]);
const rows = [...loadData('../shared/data'), ...loadData('tests/data/hand-labelled')].flatMap((f) => f.rows).filter((r) => r.split !== 'holdout' && !isHeldOut(r));
const foldOf = (text: string) => hashString(`cv:${heldOutKey(text)}`) % 5;
const spec = SPECS.private!;
const rulesOnly = loadModel({ bits: 4, labels: ['yes'], scale: 1, bias: [-1000], weights: encodeWeights(new Int8Array(16)) });
const trained = models.private;

interface Reading {
  set: PrivateLabels;
  gold: boolean;
  rules: boolean;
  p: number;
  owns: boolean;
  english: boolean;
}
const readings: Reading[] = [];
for (let fold = 0; fold < 5; fold++) {
  const model = loadModel(train(spec, examplesFor(spec, rows.filter((r) => foldOf(r.text) !== fold && privateLabelsOf(r) !== undefined)), seedOf('private')));
  for (const row of rows.filter((r) => foldOf(r.text) === fold && goldOf(r).private !== undefined)) {
    const set = privateLabelsOf(row)!;
    if (set === 'brand-dm') continue;
    models.private = rulesOnly;
    const a = analyze(row.text);
    const tokens = tokenize(row.text);
    const p = sigmoid(scoreInto(model, extractFeatures(tokens), new Float64Array(1))[0]!);
    readings.push({ set, gold: goldOf(row).private === 'yes', rules: a.privateFollowUp.needed, p, owns: readOwnTrouble(tokens, false).owns, english: isEnglishLike(a.language, a.script) });
  }
}
models.private = trained;

function recallPrecision(set: PrivateLabels, own: number, other: number): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of readings) {
    if (r.set !== set) continue;
    const flagged = r.rules || (r.english && r.p >= (r.owns ? own : other));
    if (flagged && r.gold) tp++;
    else if (flagged) fp++;
    else if (r.gold) fn++;
  }
  return `R ${(tp / (tp + fn)).toFixed(3)} P ${(tp / (tp + fp)).toFixed(3)}`;
}
for (const [own, other] of pairs) console.log(`own ${own} other ${other} | intents ${recallPrecision('intent', own, other)} | hand-labelled tweets ${recallPrecision('message', own, other)}`);
