// Runs the checker in-process with captured output, the way the command would run it.
import { fileURLToPath } from 'node:url';
import { main, type CliIO } from '../../../src/cli/main';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));

export const FINDING_KEYS = ['claimId', 'topic', 'trend', 'evidence', 'verdict', 'stance', 'quote', 'start', 'end'];

export interface JsonFinding {
  claimId: string;
  topic: string;
  trend: string;
  evidence: string;
  verdict: string;
  stance: string;
  quote: string;
  start: number;
  end: number;
}

export interface JsonRecord {
  file: string;
  findings: JsonFinding[];
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: { isTTY?: boolean; env?: CliIO['env']; limits?: CliIO['limits'] } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.isTTY },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: options.env,
    limits: options.limits,
  });
  return { code, stdout, stderr };
}

/** Parses --json output, failing loudly if any line is not a JSON object. */
export function jsonLines(stdout: string): JsonRecord[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonRecord);
}

export function stderrLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '');
}
