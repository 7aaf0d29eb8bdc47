// Sizes of files the user hands in, checked before parsing so a huge file costs nothing.

/** The UTF-8 size of `text`, exact near `limit` (encoding is skipped when the answer is clear). */
export function utf8Size(text: string, limit: number): number {
  // Every UTF-16 unit is 1–3 UTF-8 bytes.
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/** "file: 21.4 MB is larger than the 20 MB limit", or null when the text fits. */
export function oversizeProblem(text: string, limit: number): string | null {
  const size = utf8Size(text, limit);
  return size > limit ? `file: ${megabytes(size)} MB is larger than the ${megabytes(limit)} MB limit` : null;
}
