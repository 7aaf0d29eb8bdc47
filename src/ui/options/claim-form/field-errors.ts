// Validation problems keyed by field path ("sources.1.doi", "phrasings.en.2"), so each message
// can be shown next to the field it is about.
import type { z } from 'zod';
import { userClaimSchema } from '../../../claims/schema';
import type { ClaimDraft } from './claim-draft';
import { claimInputFromDraft, lines } from './claim-draft';
import { LANGUAGES } from '../../../claims/vocabulary';

export type FieldErrors = Record<string, string[]>;

function add(errors: FieldErrors, path: string, message: string) {
  (errors[path] ??= []).push(message);
}

/** Zod's generic wording, rephrased for a form. */
function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return 'choose one';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'must be a year such as 2024';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  return issue.message;
}

export function validateDraft(draft: ClaimDraft, reservedIds: ReadonlySet<string> = new Set()): FieldErrors {
  const errors: FieldErrors = {};
  const parsed = userClaimSchema.safeParse(claimInputFromDraft(draft));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(errors, issue.path.map(String).join('.'), friendlyMessage(issue));
  }
  // The schema checks "at least one phrasing" only once every other field is valid; saying it
  // now spares the contributor a second round of corrections.
  if (!parsed.success && !errors.phrasings && LANGUAGES.every((language) => lines(draft.phrasings[language]).length === 0)) {
    add(errors, 'phrasings', 'needs at least one phrasing');
  }
  const id = draft.id.trim();
  if (reservedIds.has(id)) add(errors, 'id', `"${id}" is the id of a claim shipped with ClaimLens; choose another id`);
  return errors;
}

/** The background's "path: message" lines (it validates again) as field errors. */
export function fieldErrorsFromLines(problems: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    const separator = problem.indexOf(': ');
    if (separator > 0) add(errors, problem.slice(0, separator).replace(/\[(\d+)\]/g, '.$1'), problem.slice(separator + 2));
    else add(errors, '(form)', problem);
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Messages for one field. */
export function errorsAt(errors: FieldErrors, path: string): string[] {
  return errors[path] ?? [];
}

/** Messages for the entries of a one-per-line list, quoting the line each is about
 *  ("phrasings.en.2" → "“regen**”: * may only end a word"), plus any about the list as a whole.
 *  `entries` are the list's non-empty lines, as sent for validation. */
export function lineErrors(errors: FieldErrors, path: string, entries: readonly string[]): string[] {
  const messages = [...errorsAt(errors, path)];
  for (const [key, list] of Object.entries(errors)) {
    const match = key.startsWith(`${path}.`) ? /^(\d+)$/.exec(key.slice(path.length + 1)) : null;
    if (!match) continue;
    const index = Number(match[1]);
    const where = entries[index] !== undefined ? `“${entries[index]}”` : `Line ${index + 1}`;
    for (const message of list) messages.push(`${where}: ${message}`);
  }
  return messages;
}
