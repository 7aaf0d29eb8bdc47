// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';

describe('parseArgs', () => {
  it('collects inputs in order and the --json flag wherever it stands', () => {
    expect(parseArgs(['a.txt', '--json', 'https://example.test/'])).toEqual({
      kind: 'run',
      options: { json: true, inputs: ['a.txt', 'https://example.test/'] },
    });
  });

  it('defaults to human output', () => {
    expect(parseArgs(['a.txt'])).toEqual({ kind: 'run', options: { json: false, inputs: ['a.txt'] } });
  });

  it('treats everything after -- as inputs, even names that look like flags', () => {
    expect(parseArgs(['--', '--json', '-odd.txt'])).toEqual({
      kind: 'run',
      options: { json: false, inputs: ['--json', '-odd.txt'] },
    });
  });

  it('asks for help with --help or -h', () => {
    expect(parseArgs(['a.txt', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it('rejects unknown options and a run without inputs', () => {
    expect(parseArgs(['--jsn', 'a.txt'])).toEqual({ kind: 'usage-error', message: 'unknown option --jsn' });
    expect(parseArgs([])).toEqual({ kind: 'usage-error', message: 'no inputs given' });
    expect(parseArgs(['--json'])).toEqual({ kind: 'usage-error', message: 'no inputs given' });
  });
});
