import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasShared, SHARED_DIR } from '../tests/shared';
import { trainAll } from './train';

// The shipped weights must be what npm run train makes from the committed code: a cue list or a
// feature that changes what a model learns (isPlainFor reads the abuse cues) needs a retrain.
describe.runIf(hasShared)('npm run train', { timeout: 120_000 }, () => {
  test('rebuilds every model of lib/analysis/weights.json exactly', () => {
    const committed = JSON.parse(readFileSync('lib/analysis/weights.json', 'utf8')) as Record<string, unknown>;
    const trained = trainAll(join(SHARED_DIR, 'data'), true);
    expect(Object.keys(trained)).toEqual(Object.keys(committed));
    // One line per model, not a diff of 470 KB of base64.
    for (const [name, model] of Object.entries(trained)) expect(JSON.stringify(model) === JSON.stringify(committed[name]), `${name}: run npm run train`).toBe(true);
  });
});
