// The text around a quote (Hypothesis-style anchoring: quote plus ~32 characters either side),
// so a logged finding can be cited in context and found again when the page changes. Runs of
// whitespace count as one space: page text carries the markup's line breaks and indentation,
// which mean nothing to a reader and would break a citation across lines.

export const CONTEXT_LENGTH = 32;
/** Raw text read on each side before whitespace is collapsed (indentation can be long). */
const RAW_WINDOW = CONTEXT_LENGTH * 8;

export function contextAround(text: string, start: number, end: number): { prefix: string; suffix: string } {
  const from = clamp(start, 0, text.length);
  const to = clamp(end, from, text.length);
  const before = collapseWhitespace(text.slice(Math.max(0, from - RAW_WINDOW), from));
  const after = collapseWhitespace(text.slice(to, to + RAW_WINDOW));
  return {
    prefix: withoutHalfCharacter(before.slice(Math.max(0, before.length - CONTEXT_LENGTH)), 'start').replace(/^ $/, ''),
    suffix: withoutHalfCharacter(after.slice(0, CONTEXT_LENGTH), 'end').replace(/^ $/, ''),
  };
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** A cut through an emoji or another astral character would leave half of it: drop the half. */
function withoutHalfCharacter(slice: string, cutAt: 'start' | 'end'): string {
  if (cutAt === 'start' && /^[\uDC00-\uDFFF]/.test(slice)) return slice.slice(1);
  if (cutAt === 'end' && /[\uD800-\uDBFF]$/.test(slice)) return slice.slice(0, -1);
  return slice;
}
