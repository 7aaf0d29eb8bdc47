// Command-line arguments of `npm run check`. Hand-written rather than node:util's parseArgs so
// usage errors read as one short line in the same voice as every other message.

export interface CheckOptions {
  json: boolean;
  inputs: string[];
}

export type ParsedArgs =
  | { kind: 'run'; options: CheckOptions }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: npm run --silent check -- [--json] PATH_OR_URL...

Fact-checks exosome, PDRN, stem-cell, growth-factor and platelet skincare claims.

Inputs:
  FILE        a .txt, .md, .html or .htm file (10 MB at most)
  DIRECTORY   every such file inside it, recursively (skips node_modules and dot-folders)
  URL         an http(s) page served as text/html, text/plain or text/markdown

Options:
  --json      one JSON object per checked file, one per line
  -h, --help  show this help
  --          treat everything after it as an input, even if it starts with -

Exit status: 0 all inputs checked, 1 some input could not be read, 2 usage error.
`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CheckOptions = { json: false, inputs: [] };
  let onlyInputsFollow = false;
  for (const arg of argv) {
    if (onlyInputsFollow || !arg.startsWith('-') || arg === '-') {
      options.inputs.push(arg);
    } else if (arg === '--') {
      onlyInputsFollow = true;
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else {
      return { kind: 'usage-error', message: `unknown option ${arg}` };
    }
  }
  if (options.inputs.length === 0) return { kind: 'usage-error', message: 'no inputs given' };
  return { kind: 'run', options };
}
