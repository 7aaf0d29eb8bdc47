// Dispatches one command-line input to the reader for its kind: URL, file or directory.
import { settle, type InputLimits, type InputOutcome } from './input';
import { readFileOrDirectory } from './read-files';
import { readUrl } from './read-url';

const HTTP_URL = /^https?:\/\//i;
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]+:\/\//i;

export async function* readInput(input: string, limits: InputLimits): AsyncGenerator<InputOutcome> {
  if (OTHER_SCHEME.test(input) && !HTTP_URL.test(input)) {
    yield { kind: 'failure', file: input, reason: 'only http and https addresses can be fetched' };
  } else if (HTTP_URL.test(input)) {
    yield await settle(input, () => readUrl(input, limits));
  } else {
    yield* readFileOrDirectory(input, limits);
  }
}
