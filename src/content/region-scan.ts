// One walk over one region, one block per step: each block is run through the trend prefilter and
// compared with what was sent before, so only new or changed trend blocks go to the background.
// A region whose text as a whole names no trend ingredient is not walked at all.
import type { Region } from '../sites/adapter';
import type { BlockBoundary } from '../sites/dom-rules';
import type { BlockRegistry, TrackedBlock } from './block-registry';
import { blocksIn } from './text-blocks';
import { mayNameTrend } from './trend-precheck';

/** Where a walk's conclusions go. */
export interface BlockSink {
  /** A block naming a trend ingredient is new, or its text changed: (re)send it. */
  changed(tracked: TrackedBlock): void;
  /** Same text, other nodes (the page re-rendered it): place its findings again. */
  moved(tracked: TrackedBlock): void;
  /** The block left the page or no longer names a trend ingredient. */
  gone(tracked: TrackedBlock): void;
}

export interface RegionScanDeps {
  registry: BlockRegistry;
  sink: BlockSink;
  isTrendText(text: string): boolean;
  isBlockBoundary: BlockBoundary;
  onShadowRoot(root: ShadowRoot): void;
}

export class RegionScan {
  private readonly blocks: Generator<unknown, void>;
  private readonly seen = new Set<TrackedBlock>();
  private finished = false;

  constructor(
    readonly region: Region,
    private readonly deps: RegionScanDeps,
  ) {
    this.blocks = this.walk();
  }

  /** Advances by one block (or one checkpoint); false once the region is done. */
  step(): boolean {
    if (this.finished) return false;
    if (this.blocks.next().done) {
      this.finished = true;
      return false;
    }
    return true;
  }

  private *walk(): Generator<unknown, void> {
    const { registry, sink, isTrendText, isBlockBoundary, onShadowRoot } = this.deps;
    const mayHoldTrendBlocks = yield* mayNameTrend(this.region, isTrendText, onShadowRoot);
    const blocks = mayHoldTrendBlocks ? blocksIn(this.region, { isBlockBoundary, onShadowRoot }) : [];
    for (const block of blocks) {
      if (block && isTrendText(block.text)) {
        const { tracked, change } = registry.track(block);
        this.seen.add(tracked);
        if (change === 'added' || change === 'text-changed') sink.changed(tracked);
        else if (change === 'nodes-changed') sink.moved(tracked);
      } else if (block) {
        const previous = registry.at(block.container, block.run);
        if (previous) {
          registry.remove(previous);
          sink.gone(previous);
        }
      }
      yield;
    }
    // Blocks this region held before but no longer shows (emptied, hidden, fewer runs).
    for (const tracked of registry.unseenWithin(this.region, this.seen)) {
      registry.remove(tracked);
      sink.gone(tracked);
    }
  }
}
