// The content script's to-do list. The MutationObserver only appends its records here; slices of
// the scheduler then turn records into regions and walk regions block by block. A burst too big
// to follow record by record becomes one lazy re-read of the whole page (Dark Reader's rule).
import type { Region, SiteAdapter } from '../sites/adapter';
import { isInsideSkipped, parentAcrossShadow, SHADOW_HOST_ID } from '../sites/dom-rules';
import type { RegionScan } from './region-scan';
import type { SteppedWork } from './scheduler';
import type { ViewportGate } from './viewport-gate';

/** Records waiting beyond this many: read the whole page again instead of each change. */
export const HUGE_BURST = 2_000;
/** Records turned into regions in one step. */
const RECORDS_PER_STEP = 50;

export interface ScanQueueDeps {
  document: Document;
  adapter: SiteAdapter;
  gate: ViewportGate;
  startScan(region: Region): RegionScan;
  /** Forgets blocks whose elements left the page. */
  sweep(): void;
  /** Forgets the blocks inside `region`, which is now hidden or an editor (nothing to mark there). */
  forgetWithin?(region: Region): void;
}

function isOwnHost(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).id === SHADOW_HOST_ID;
}

export class ScanQueue implements SteppedWork {
  private batches: MutationRecord[][] = [];
  private recordIndex = 0;
  private waitingRecords = 0;
  private readonly regions = new Set<Region>();
  private current: RegionScan | null = null;
  private rereadAll = false;
  private sweepDue = false;

  constructor(private readonly deps: ScanQueueDeps) {}

  /** For the MutationObserver callback: keeps the records, does nothing else. */
  takeRecords(records: MutationRecord[]): void {
    if (this.rereadAll) return;
    this.waitingRecords += records.length;
    if (this.waitingRecords > HUGE_BURST) this.readEverything();
    else this.batches.push(records);
  }

  /** Reads every region of the page again, lazily, dropping whatever was queued. */
  readEverything(): void {
    this.rereadAll = true;
    this.batches = [];
    this.recordIndex = 0;
    this.waitingRecords = 0;
    this.regions.clear();
  }

  /** Regions the viewport gate released: they skip the gate. */
  release(regions: Iterable<Region>): void {
    for (const region of regions) this.regions.add(region);
  }

  clear(): void {
    this.readEverything();
    this.rereadAll = false;
    this.current = null;
    this.sweepDue = false;
  }

  hasWork(): boolean {
    return this.rereadAll || this.batches.length > 0 || this.sweepDue || this.regions.size > 0 || this.current !== null;
  }

  step(): void {
    if (this.rereadAll) {
      this.rereadAll = false;
      this.current = null;
      this.sweepDue = true;
      for (const region of this.deps.adapter.initialRegions(this.deps.document)) this.enqueue(region);
      return;
    }
    if (this.batches.length > 0) return this.readRecords();
    if (this.sweepDue) {
      this.sweepDue = false;
      this.deps.sweep();
      this.deps.gate.sweep();
      return;
    }
    if (!this.current) {
      this.current = this.nextScan();
      return;
    }
    const scan = this.current;
    // A scan that throws is dropped, so a bad region cannot stall the queue.
    this.current = null;
    if (scan.step()) this.current = scan;
  }

  private enqueue(region: Region): void {
    const gate = this.deps.adapter.gateFor(region);
    if (gate && !this.deps.gate.admit(region, gate)) return;
    this.regions.add(region);
  }

  private touch(node: Node): void {
    if (!node.isConnected) return;
    const region = this.deps.adapter.regionFor(node);
    if (region) this.enqueue(region);
  }

  private readRecords(): void {
    const { isBlockBoundary } = this.deps.adapter;
    for (let handled = 0; handled < RECORDS_PER_STEP && this.batches.length > 0; handled++) {
      const batch = this.batches[0]!;
      const record = batch[this.recordIndex++]!;
      if (this.recordIndex >= batch.length) {
        this.batches.shift();
        this.recordIndex = 0;
      }
      this.waitingRecords--;
      if (record.type !== 'childList') {
        this.touch(record.target);
        continue;
      }
      let inlineChange = false;
      for (const node of record.addedNodes) {
        if (isOwnHost(node)) continue;
        if (node.nodeType === Node.ELEMENT_NODE && isBlockBoundary(node as Element)) {
          if (node.isConnected) for (const region of this.deps.adapter.regionsWithin(node as Element)) this.enqueue(region);
        } else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) {
          inlineChange = true;
        }
      }
      for (const node of record.removedNodes) {
        if (isOwnHost(node)) continue;
        this.sweepDue = true;
        if (!(node.nodeType === Node.ELEMENT_NODE && isBlockBoundary(node as Element))) inlineChange = true;
      }
      if (inlineChange) this.touch(record.target);
    }
  }

  private nextScan(): RegionScan | null {
    const region = this.regions.values().next().value;
    if (region === undefined) return null;
    this.regions.delete(region);
    if (!region.isConnected || this.hasQueuedAncestor(region)) return null;
    if (isInsideSkipped(region)) {
      // Hidden since, or turned into an editor: what was marked there is no longer the page's text.
      this.deps.forgetWithin?.(region);
      return null;
    }
    return this.deps.startScan(region);
  }

  /** A region inside another queued region is read with it. */
  private hasQueuedAncestor(region: Region): boolean {
    for (let node = parentAcrossShadow(region); node; node = parentAcrossShadow(node)) {
      if (this.regions.has(node as Region)) return true;
    }
    return false;
  }
}
