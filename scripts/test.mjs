// `npm test`: every test. Builds both browsers' extensions (the real-browser suites load them), runs the
// unit suite, then the real-browser suite, and ends with one plain summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;
mkdirSync('.cache', { recursive: true });

const suites = [
  { name: 'unit', args: ['vitest', 'run'] },
  { name: 'browser', args: ['vitest', 'run', '--config', 'vitest.e2e.config.ts'] },
];

let failedStep = false;
if (run('npx', ['wxt', 'build']) !== 0 || run('npx', ['wxt', 'build', '-b', 'firefox']) !== 0) failedStep = true;

let passed = 0;
let failed = 0;
for (const suite of suites) {
  const out = `.cache/vitest-${suite.name}.json`;
  const status = run('npx', [...suite.args, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  }
  if (status !== 0) failedStep = true;
}
if (failedStep && failed === 0) failed = 1; // a build or a suite that crashed before reporting
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
