// The order keyboard navigation visits findings in: as a reader meets them, top to bottom, then
// left to right — whatever order they were found or which shadow root they are in.
export function inReadingOrder<T extends { range: Range }>(items: readonly T[]): T[] {
  const positioned = items.map((item) => {
    const rect = item.range.getBoundingClientRect();
    return { item, top: Math.round(rect.top), left: rect.left };
  });
  positioned.sort((a, b) => a.top - b.top || a.left - b.left);
  return positioned.map(({ item }) => item);
}

/** The item after (or before) `current` in `ordered`, wrapping around; the first (or last) if none. */
export function stepFrom<T>(ordered: readonly T[], current: T | undefined, direction: 1 | -1): T | undefined {
  if (ordered.length === 0) return undefined;
  const index = current === undefined ? -1 : ordered.indexOf(current);
  if (index === -1) return direction === 1 ? ordered[0] : ordered[ordered.length - 1];
  return ordered[(index + direction + ordered.length) % ordered.length];
}
