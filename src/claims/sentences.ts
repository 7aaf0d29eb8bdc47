// Splits text into sentence-like spans (offsets into the text). Marketing text is full of
// bullets, line breaks and headings without full stops, so those end a span too.

export interface Span {
  start: number;
  end: number;
}

// A span ends after terminal punctuation followed by a space or quote, at a line break, at a
// bullet, or at a table cell bar. (An arrow joins cause and effect within one sentence.)
// Each run is matched from its start only (the lookbehinds), so a run of thousands of full stops
// is read once, not once per character.
const BOUNDARY = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s|$)|(?<![。！？])[。！？]+|(?<!\n)\n+|(?<![•▪●◆★✔✓|])[•▪●◆★✔✓|]+|\s[-–]\s/gu;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (isWrappedLine(text, match.index, match[0])) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** "…boosts\ncollagen": one line break between lowercase words is a wrapped line, not an end. */
function isWrappedLine(text: string, index: number, boundary: string): boolean {
  return boundary === '\n' && /[a-z,]/.test(text[index - 1] ?? '') && /[a-z]/.test(text[index + 1] ?? '');
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]) {
  while (start < end && /[\s\-–•*·]/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** Index of the span containing `offset` (spans are sorted); -1 if none. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
