// Holds back regions of a long feed until their post comes near the viewport, so an endless
// Instagram feed is read as the user scrolls, not all at once. The observer callback only moves
// parked regions to the queue.
import type { Region } from '../sites/adapter';
import { guard } from './lifetime';

/** How far beyond the viewport a post counts as near: one screen above and below. */
const NEAR_VIEWPORT = '100% 0px';

export class ViewportGate {
  private readonly observer: IntersectionObserver | null;
  private readonly observed = new Set<Element>();
  private readonly near = new Set<Element>();
  private readonly parked = new Map<Element, Set<Region>>();

  constructor(
    Observer: typeof IntersectionObserver | undefined,
    private readonly release: (regions: Region[]) => void,
  ) {
    this.observer = Observer
      ? new Observer(guard((entries: IntersectionObserverEntry[]) => this.update(entries)), { rootMargin: NEAR_VIEWPORT })
      : null;
  }

  /** True when `region` may be read now; otherwise it waits until `gate` nears the viewport. */
  admit(region: Region, gate: Element): boolean {
    if (!this.observer || this.near.has(gate)) return true;
    let regions = this.parked.get(gate);
    if (!regions) this.parked.set(gate, (regions = new Set()));
    regions.add(region);
    if (!this.observed.has(gate)) {
      this.observed.add(gate);
      this.observer.observe(gate);
    }
    return false;
  }

  /** Forgets gates that left the page. */
  sweep(): void {
    for (const gate of this.observed) {
      if (gate.isConnected) continue;
      this.observer?.unobserve(gate);
      this.observed.delete(gate);
      this.near.delete(gate);
      this.parked.delete(gate);
    }
  }

  clear(): void {
    this.observer?.disconnect();
    this.observed.clear();
    this.near.clear();
    this.parked.clear();
  }

  private update(entries: IntersectionObserverEntry[]): void {
    const released: Region[] = [];
    for (const { target, isIntersecting } of entries) {
      if (!isIntersecting) {
        this.near.delete(target);
        continue;
      }
      this.near.add(target);
      const regions = this.parked.get(target);
      if (regions) released.push(...regions);
      this.parked.delete(target);
    }
    if (released.length > 0) this.release(released);
  }
}
