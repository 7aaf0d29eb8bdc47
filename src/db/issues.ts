// Schema problems as "path: message" lines with array indexes in brackets
// ("claims[3].sources[0].url: must be an http(s) address"), so a contributor can find the
// exact spot in an imported file.
import type { z } from 'zod';

/** More lines than this bury the first problem; the rest are summarised in one line. */
export const MAX_REPORTED_PROBLEMS = 50;

export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(root)';
}

export function issueLines(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => `${formatPath(prefix, issue.path)}: ${issue.message}`);
}

export function capProblems(problems: readonly string[]): string[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return [...problems];
  const rest = problems.length - MAX_REPORTED_PROBLEMS;
  return [...problems.slice(0, MAX_REPORTED_PROBLEMS), `… and ${rest} more problem(s)`];
}
