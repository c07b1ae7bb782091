import { afterEach, expect, test, vi } from 'vitest';

// The stamp must change by itself when the model is retrained: new weights, a new version.

afterEach(() => {
  vi.doUnmock('../analysis/weights.json');
  vi.resetModules();
});

async function freshVersion(): Promise<string> {
  vi.resetModules();
  return (await import('./analysis-version')).analysisVersion();
}

test('the same weights and rules give the same stamp in every worker', async () => {
  expect(await freshVersion()).toBe(await freshVersion());
});

test('retrained weights give another stamp', async () => {
  const before = await freshVersion();
  const actual = (await vi.importActual<{ default: Record<string, { bias: number[] }> }>('../analysis/weights.json')).default;
  // One bias nudged, as the smallest retraining would.
  const retrained = { ...actual, sentiment: { ...actual.sentiment!, bias: actual.sentiment!.bias.map((b, i) => (i === 0 ? b + 0.001 : b)) } };
  vi.doMock('../analysis/weights.json', () => ({ default: retrained }));
  const after = await freshVersion();
  expect(after).not.toBe(before);
  expect(after.split('.')[1]).not.toBe(before.split('.')[1]); // the weights' part
});
