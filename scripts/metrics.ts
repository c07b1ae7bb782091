// Precision, recall and F1 as npm run eval reports them.

export function f1Of(gold: readonly string[], pred: readonly string[], cls: string) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] === cls && gold[i] === cls) tp++;
    else if (pred[i] === cls) fp++;
    else if (gold[i] === cls) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  // 2TP / (2TP + FP + FN) is the harmonic mean of P and R, computed without rounding through them:
  // 414 / 460 is 0.9 exactly, where 2PR / (P + R) gives 0.8999999999999999.
  return { precision, recall, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn) };
}

/** Macro-F1 over the classes the gold labels use (a class nobody wrote is not averaged in). */
export function macroF1(gold: readonly string[], pred: readonly string[], classes: readonly string[]) {
  return classes.reduce((s, c) => s + f1Of(gold, pred, c).f1, 0) / Math.max(1, classes.length);
}
