// `npm test`: type-check, build the extension (the end-to-end tests load the real build), run
// every Vitest project, and end with the plain `N passed, N failed` line CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const resultsFile = 'tests/.results/vitest.json';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status ?? 1;
}

let extraFailures = 0;
if (run('npx', ['tsc', '--noEmit']) !== 0) {
  console.error('Type check failed.');
  extraFailures++;
}
if (run('npm', ['run', '--silent', 'build']) !== 0) {
  console.error('Extension build failed.');
  extraFailures++;
}

mkdirSync('tests/.results', { recursive: true });
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = extraFailures;
try {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A test file that fails to load has no assertions but still failed.
  failed += report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} catch {
  console.error(`No test report at ${resultsFile}.`);
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || vitestStatus !== 0 ? 1 : 0);
