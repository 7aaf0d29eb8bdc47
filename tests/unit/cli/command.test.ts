// @vitest-environment node
// The real command in its own process: exit codes and output as a script or CI job sees them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FINDING_KEYS, jsonLines } from './run-cli';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function check(args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/check.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  // npm may print its own warnings on stderr; only the checker's lines matter here.
  const checkerErrors = result.stderr.split('\n').filter((line) => line.startsWith('claimlens:'));
  return { status: result.status, stdout: result.stdout, checkerErrors };
}

describe('npx tsx src/cli/check.ts', () => {
  it('prints JSON lines and exits 0 when every input is read', () => {
    const { status, stdout, checkerErrors } = check(['--json', 'tests/fixtures/cli/serum-ad.txt']);
    expect(checkerErrors).toEqual([]);
    expect(status).toBe(0);
    const [record, ...rest] = jsonLines(stdout);
    expect(rest).toEqual([]);
    expect(record!.file).toBe('tests/fixtures/cli/serum-ad.txt');
    expect(Object.keys(record!.findings[0] ?? {})).toEqual(FINDING_KEYS);
    expect(record!.findings).toContainEqual(expect.objectContaining({ topic: 'collagen-elastin', trend: 'exosomes' }));
  }, 60_000);

  it('exits 1 when an input fails, after checking the others', () => {
    const { status, stdout, checkerErrors } = check(['--json', 'tests/fixtures/cli/missing.txt', 'tests/fixtures/cli/batch']);
    expect(status).toBe(1);
    expect(checkerErrors).toEqual(['claimlens: tests/fixtures/cli/missing.txt: no such file or directory']);
    expect(jsonLines(stdout).map((record) => record.file)).toEqual([
      'tests/fixtures/cli/batch/a-serum.txt',
      'tests/fixtures/cli/batch/nested/b-page.html',
    ]);
  }, 60_000);

  it('exits 2 on a usage error', () => {
    const { status, stdout } = check(['--no-such-flag']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
  }, 60_000);
});
