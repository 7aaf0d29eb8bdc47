// The blocks this page has sent to the background, by id and by place (container + run). Only
// blocks that name a trend ingredient are tracked, so this stays small on any page.
import { composedContains } from '../sites/dom-rules';
import type { PageBlock } from './text-blocks';

export interface TrackedBlock {
  id: string;
  block: PageBlock;
  /** Bumped when the text changes, so a reply about older text is not applied to newer text. */
  version: number;
}

/** What changed since the block was last seen at its place. */
export type BlockChange = 'added' | 'text-changed' | 'nodes-changed' | 'unchanged';

function sameNodes(before: PageBlock, after: PageBlock): boolean {
  if (before.kind === 'alt' || after.kind === 'alt') return before.container === after.container;
  if (before.segments.length !== after.segments.length) return false;
  return before.segments.every((segment, index) => {
    const other = after.segments[index]!;
    return segment.node === other.node && segment.nodeOffset === other.nodeOffset && segment.length === other.length;
  });
}

export class BlockRegistry {
  private readonly byPlace = new Map<Node, Map<number, TrackedBlock>>();
  private readonly byId = new Map<string, TrackedBlock>();
  private nextId = 1;

  constructor(private readonly idPrefix = 'b') {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): TrackedBlock | undefined {
    return this.byId.get(id);
  }

  at(container: Node, run: number): TrackedBlock | undefined {
    return this.byPlace.get(container)?.get(run);
  }

  all(): IterableIterator<TrackedBlock> {
    return this.byId.values();
  }

  /** Records a block that names a trend ingredient and says what changed since last time. */
  track(block: PageBlock): { tracked: TrackedBlock; change: BlockChange } {
    const existing = this.at(block.container, block.run);
    if (!existing) {
      const tracked: TrackedBlock = { id: `${this.idPrefix}${this.nextId++}`, block, version: 1 };
      this.byId.set(tracked.id, tracked);
      let runs = this.byPlace.get(block.container);
      if (!runs) this.byPlace.set(block.container, (runs = new Map()));
      runs.set(block.run, tracked);
      return { tracked, change: 'added' };
    }
    const previous = existing.block;
    existing.block = block;
    if (previous.text !== block.text) {
      existing.version++;
      return { tracked: existing, change: 'text-changed' };
    }
    return { tracked: existing, change: sameNodes(previous, block) ? 'unchanged' : 'nodes-changed' };
  }

  remove(tracked: TrackedBlock): void {
    this.byId.delete(tracked.id);
    const runs = this.byPlace.get(tracked.block.container);
    runs?.delete(tracked.block.run);
    if (runs?.size === 0) this.byPlace.delete(tracked.block.container);
  }

  /** Tracked blocks inside `region` that its latest walk did not meet (hidden, emptied, cut). */
  unseenWithin(region: Node, seen: ReadonlySet<TrackedBlock>): TrackedBlock[] {
    const unseen: TrackedBlock[] = [];
    for (const tracked of this.byId.values()) {
      if (!seen.has(tracked) && composedContains(region, tracked.block.container)) unseen.push(tracked);
    }
    return unseen;
  }

  /** Tracked blocks whose element left the page. */
  disconnected(): TrackedBlock[] {
    return [...this.byId.values()].filter(({ block }) => !block.container.isConnected);
  }

  clear(): void {
    this.byPlace.clear();
    this.byId.clear();
  }
}
