// What reading one command-line input produces: the documents it holds (one for a file or URL,
// one per file for a directory), each either text ready to scan or the reason it could not be read.

export type InputOutcome =
  /** `file` is the input as given, or the path of a file found inside a given directory. */
  | { kind: 'document'; file: string; text: string }
  | { kind: 'failure'; file: string; reason: string };

export interface InputLimits {
  /** Largest file or HTTP response read, in bytes. */
  maxBytes: number;
  fetchTimeoutMs: number;
}

export const DEFAULT_LIMITS: InputLimits = { maxBytes: 10 * 1024 * 1024, fetchTimeoutMs: 15_000 };

/** A problem with the input itself (as opposed to a bug): reported, and the run goes on. */
export class InputError extends Error {}

/** Runs one read and turns an InputError (or anything unexpected) into a failure for `file`. */
export async function settle(file: string, read: () => Promise<string>): Promise<InputOutcome> {
  try {
    return { kind: 'document', file, text: await read() };
  } catch (error) {
    return { kind: 'failure', file, reason: describeError(error) };
  }
}

function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/** "10 MB" for the limits people set; exact bytes otherwise, so "10.0 MB > 10 MB" never happens. */
export function formatSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${bytes} bytes`;
}
