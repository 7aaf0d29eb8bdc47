// Parsing a JSON file the user handed in, with the place of a syntax error in words.
import { jsonErrorPosition, lineAndColumn } from './json-error-position';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: string };

export function parseJsonDocument(json: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    return { ok: false, problem: `file: not valid JSON: ${jsonErrorWithPosition(error, json)}` };
  }
}

/** JSON.parse's message, with the line and column of the error added. */
function jsonErrorWithPosition(error: unknown, json: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorPosition(json);
  if (offset === null) return message;
  const { line, column } = lineAndColumn(json, offset);
  const where = `line ${line}, column ${column}`;
  return /position \d+/.test(message) ? `${message} (${where})` : `${message} (at position ${offset}: ${where})`;
}
