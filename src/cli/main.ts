// The checker as a function: arguments and output streams in, exit code out, so tests run it
// in-process exactly as the command does.
import { bundledDb } from '../claims/bundled';
import { createEngine } from '../claims/engine';
import type { Claim, Finding } from '../claims/types';
import { parseArgs, USAGE } from './args';
import { formatHumanDocument, countFindings } from './format-human';
import { formatJsonLine } from './format-json';
import { DEFAULT_LIMITS, type InputLimits } from './input';
import { readInput } from './read-input';
import { chooseStyle } from './terminal-style';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Read for NO_COLOR; defaults to none set. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Tests shrink these to exercise timeouts and size caps quickly. */
  limits?: Partial<InputLimits>;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr.write(`claimlens: ${parsed.message}\n${USAGE}`);
    return EXIT_USAGE;
  }

  const { json, inputs } = parsed.options;
  const limits: InputLimits = { ...DEFAULT_LIMITS, ...io.limits };
  const engine = createEngine({ claims: bundledDb.claims, trends: bundledDb.trends });
  const claimsById = new Map<string, Claim>(engine.claims.map((claim) => [claim.id, claim]));
  const style = chooseStyle(io.stdout.isTTY, io.env ?? {});

  let documents = 0;
  let findingCount = 0;
  let failures = 0;
  for (const input of inputs) {
    // Each document is written as soon as it is checked, so a long run shows progress and an
    // interrupted one keeps what it printed.
    for await (const outcome of readInput(input, limits)) {
      if (outcome.kind === 'failure') {
        failures++;
        io.stderr.write(`claimlens: ${outcome.file}: ${outcome.reason}\n`);
        continue;
      }
      let findings: Finding[];
      try {
        findings = engine.scan(outcome.text);
      } catch (error) {
        // An engine bug on one document must not cost the user the rest of the run.
        failures++;
        io.stderr.write(`claimlens: ${outcome.file}: could not be checked (${(error as Error).message})\n`);
        continue;
      }
      documents++;
      findingCount += findings.length;
      io.stdout.write(
        json ? formatJsonLine(outcome.file, findings) : formatHumanDocument(outcome.file, findings, claimsById, style),
      );
    }
  }

  if (!json && documents + failures > 1) {
    const failed = failures > 0 ? `; ${failures} could not be read` : '';
    io.stdout.write(`Checked ${documents} document${documents === 1 ? '' : 's'}: ${countFindings(findingCount)}${failed}.\n`);
  }
  return failures > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
