import { expect, test } from 'vitest';
import { f1Of, macroF1 } from './metrics';

const labels = (tp: number, fp: number, fn: number, tn: number) => {
  const gold = [...Array(tp + fn).fill('yes'), ...Array(fp + tn).fill('no')];
  const pred = [...Array(tp).fill('yes'), ...Array(fn).fill('no'), ...Array(fp).fill('yes'), ...Array(tn).fill('no')];
  return { gold, pred };
};

test('F1 is exact at a target boundary: 207 right, 11 false alarms, 35 missed is 0.9', () => {
  const { gold, pred } = labels(207, 11, 35, 802);
  const { precision, recall, f1 } = f1Of(gold, pred, 'yes');
  expect(f1).toBe(0.9);
  expect(f1).toBeCloseTo((2 * precision * recall) / (precision + recall), 12);
});

test('nothing found is F1 0, and macro-F1 averages the classes the gold uses', () => {
  const { gold, pred } = labels(0, 3, 4, 10);
  expect(f1Of(gold, pred, 'yes').f1).toBe(0);
  expect(macroF1(['a', 'b', 'a'], ['a', 'b', 'b'], ['a', 'b'])).toBeCloseTo((2 / 3 + 2 / 3) / 2, 12);
});
