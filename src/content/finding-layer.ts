// The findings placed on this page, by block and by key: each finding from the background becomes
// a Range over the block's current nodes and is handed to the painter.
import type { BlockFinding, ClaimCard } from '../messaging/protocol';
import type { TrackedBlock } from './block-registry';
import type { FindingPainter } from './finding-painter';
import { groupOf } from './highlight-registry';
import type { OverlayMark } from './overlay-painter';
import { rangeForSpan } from './text-ranges';

export interface PlacedFinding extends OverlayMark {
  finding: BlockFinding;
  /** What the hover card shows; missing if the background sent no card for the claim. */
  card: ClaimCard | undefined;
}

export class FindingLayer {
  private readonly byBlock = new Map<string, PlacedFinding[]>();
  private readonly byKey = new Map<string, PlacedFinding>();

  constructor(
    private readonly painter: FindingPainter,
    /** Called when the first finding is placed (to start hover tracking only then). */
    private readonly onFirstFinding: () => void = () => {},
  ) {}

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): PlacedFinding | undefined {
    return this.byKey.get(key);
  }

  all(): PlacedFinding[] {
    return [...this.byKey.values()];
  }

  /** Replaces a block's findings with `findings` (none clears them). */
  place(tracked: TrackedBlock, findings: readonly BlockFinding[], cards: Readonly<Record<string, ClaimCard>>): void {
    this.remove(tracked.id);
    const placed: PlacedFinding[] = [];
    for (const finding of findings) {
      const range = rangeForSpan(tracked.block, finding.start, finding.end);
      if (!range) continue;
      const mark: PlacedFinding = {
        finding,
        card: Object.hasOwn(cards, finding.claimId) ? cards[finding.claimId] : undefined,
        range,
        group: groupOf(finding),
        onImage: tracked.block.kind === 'alt',
      };
      if (this.byKey.size === 0) this.onFirstFinding();
      this.painter.add(mark);
      this.byKey.set(finding.key, mark);
      placed.push(mark);
    }
    if (placed.length > 0) this.byBlock.set(tracked.id, placed);
  }

  /** The block's nodes were replaced with the same text: rebuild its ranges over the new nodes. */
  relocate(tracked: TrackedBlock): void {
    const previous = this.byBlock.get(tracked.id);
    if (!previous) return;
    const cards: Record<string, ClaimCard> = {};
    for (const { card } of previous) if (card) cards[card.claimId] = card;
    this.place(tracked, previous.map(({ finding }) => finding), cards);
  }

  remove(blockId: string): void {
    const placed = this.byBlock.get(blockId);
    if (!placed) return;
    for (const mark of placed) {
      this.painter.remove(mark);
      this.byKey.delete(mark.finding.key);
    }
    this.byBlock.delete(blockId);
  }

  clear(): void {
    this.byBlock.clear();
    this.byKey.clear();
    this.painter.clear();
  }
}
