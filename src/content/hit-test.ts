// Highlights have no events, so "is the pointer on a finding?" is answered from the ranges' client
// rects. Where findings overlap, the worst verdict wins.
import { HIGHLIGHT_GROUPS, type HighlightGroup } from './highlight-registry';
import type { RectsOf } from './overlay-painter';

export interface Hit<T> {
  item: T;
  rect: DOMRectReadOnly;
}

/** Pixels of slack around each rect, so a pointer on an underline still counts. */
const SLACK = 3;

export function findingAt<T extends { range: Range; group: HighlightGroup }>(
  x: number,
  y: number,
  candidates: Iterable<T>,
  rectsOf: RectsOf,
): Hit<T> | null {
  let best: Hit<T> | null = null;
  for (const item of candidates) {
    if (best && HIGHLIGHT_GROUPS.indexOf(item.group) >= HIGHLIGHT_GROUPS.indexOf(best.item.group)) continue;
    for (const rect of Array.from(rectsOf(item.range))) {
      if (x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK) {
        best = { item, rect };
        break;
      }
    }
  }
  return best;
}
