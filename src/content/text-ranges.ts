// Turns a span of a block's text (offsets from a finding) back into a DOM Range over the page's
// own text nodes. Ranges only point at nodes; building one never changes the page.
import type { FlowBlock, PageBlock, TextSegment } from './text-blocks';

interface Boundary {
  node: Text;
  offset: number;
}

/** Index of the last segment that starts at or before `offset`. */
function segmentAt(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Where the character at `offset` begins, skipping forward over line breaks that are not nodes. */
function startBoundary(segments: readonly TextSegment[], offset: number): Boundary | null {
  const index = segmentAt(segments, offset);
  for (let i = index; i < segments.length; i++) {
    const segment = segments[i]!;
    if (!segment.node) continue;
    const within = i === index ? Math.min(Math.max(offset - segment.start, 0), segment.length) : 0;
    return { node: segment.node, offset: segment.nodeOffset + within };
  }
  return null;
}

/** Where the character before `offset` ends, skipping back over line breaks that are not nodes. */
function endBoundary(segments: readonly TextSegment[], offset: number): Boundary | null {
  const index = segmentAt(segments, Math.max(offset - 1, 0));
  for (let i = index; i >= 0; i--) {
    const segment = segments[i]!;
    if (!segment.node) continue;
    const within = i === index ? Math.min(Math.max(offset - segment.start, 0), segment.length) : segment.length;
    return { node: segment.node, offset: segment.nodeOffset + within };
  }
  return null;
}

const SOURCE_WHITESPACE = /[\t\n\r\f]/g;

/**
 * Whether the page's text nodes still hold the block's text over [start, end). A reply can arrive
 * after the page rewrote a node in place (its new text is queued for reading): offsets computed
 * for the old text must not be laid over the new text.
 */
function stillHolds(block: FlowBlock, start: number, end: number): boolean {
  for (let i = segmentAt(block.segments, start); i < block.segments.length; i++) {
    const segment = block.segments[i]!;
    if (segment.start >= end) break;
    if (!segment.node) continue;
    const expected = block.text.slice(segment.start, segment.start + segment.length);
    const actual = segment.node.data.slice(segment.nodeOffset, segment.nodeOffset + segment.length);
    if (actual !== expected && actual.replace(SOURCE_WHITESPACE, ' ') !== expected) return false;
  }
  return true;
}

/**
 * A Range over `block`'s text from `start` to `end` (UTF-16 offsets), or null when the page has
 * changed under the block so the offsets no longer fit (the change is queued for reading, and
 * the new text's findings will be placed then). An alt-text block gives a Range around its image.
 */
export function rangeForSpan(block: PageBlock, start: number, end: number): Range | null {
  try {
    if (block.kind === 'alt') {
      const range = block.container.ownerDocument.createRange();
      range.selectNode(block.container);
      return range;
    }
    if (start < 0 || end <= start || end > block.text.length) return null;
    if (!stillHolds(block, start, end)) return null;
    const from = startBoundary(block.segments, start);
    const to = endBoundary(block.segments, end);
    if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
    const range = from.node.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed ? null : range;
  } catch {
    // A node changed length or moved since the block was read; the rescan will place it again.
    return null;
  }
}
