// ClaimLens at work on one page that is not paused: watching, reading in slices, sending trend
// blocks, placing findings, and the hover card. Everything it starts ends with its lifetime, so
// stopping (pause, refresh, extension reload) leaves nothing behind: no observers, no highlights.
import type { BlockFinding, PageScanResult, PageState } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/adapter';
import { BlockRegistry, type TrackedBlock } from './block-registry';
import { BlockSender, type SentBlock } from './block-sender';
import { CardController } from './card-controller';
import type { BackgroundChannel } from './channel';
import { DomWatcher } from './dom-watcher';
import { FindingLayer, type PlacedFinding } from './finding-layer';
import { FindingPainter } from './finding-painter';
import { HoverCard } from './hover-card';
import { Lifetime, type InvalidationSource, requestIdle } from './lifetime';
import { OverlayPainter, type RectsOf } from './overlay-painter';
import { PageStyles } from './page-styles';
import type { Platform } from './platform';
import { type BlockSink, RegionScan } from './region-scan';
import { ScanQueue } from './scan-queue';
import { type SliceClock, SliceScheduler } from './scheduler';
import { ShadowUi } from './shadow-ui';
import { UI_CSS } from './ui-styles';
import { ViewportGate } from './viewport-gate';

/** After a single-page navigation, wait this long for the new page to render before re-reading. */
export const NAVIGATION_SETTLE_MS = 400;
const FLASH_MS = 1_600;
/** Longest wait for an idle moment before a slice runs anyway. */
const IDLE_TIMEOUT_MS = 200;

export interface SessionDeps {
  window: Window;
  parent: InvalidationSource;
  channel: BackgroundChannel;
  adapter: SiteAdapter;
  isTrendText(text: string): boolean;
  platform: Platform;
  state: PageState;
  /** When slices run; defaults to idle callbacks. */
  clock?: (lifetime: Lifetime) => SliceClock;
  rectsOf?: RectsOf;
}

export class PageSession {
  readonly registry = new BlockRegistry();
  readonly layer: FindingLayer;
  readonly lifetime: Lifetime;
  private readonly document: Document;
  private readonly queue: ScanQueue;
  private readonly scheduler: SliceScheduler;
  private readonly sender: BlockSender;
  private readonly watcher: DomWatcher;
  private readonly gate: ViewportGate;
  private readonly painter: FindingPainter;
  private readonly ui: ShadowUi;
  private readonly cards: CardController;

  constructor(private readonly deps: SessionDeps) {
    const { window: view, platform, adapter, state } = deps;
    this.document = view.document;
    this.lifetime = new Lifetime(deps.parent);
    const lifetime = this.lifetime;
    const rectsOf: RectsOf = deps.rectsOf ?? ((range) => range.getClientRects());

    this.ui = new ShadowUi(this.document, UI_CSS);
    const overlay = new OverlayPainter(this.ui, lifetime, view, rectsOf);
    this.painter = new FindingPainter(platform.highlightApi, new PageStyles(this.document), overlay, lifetime);
    this.painter.setStyle(state.highlightStyle);

    const card = new HoverCard(
      this.ui,
      (placed) => void deps.channel.send('openDetails', { key: placed.finding.key }).catch(() => {}),
      () => this.cards.close(),
    );
    this.cards = new CardController({
      view,
      lifetime,
      ui: this.ui,
      card,
      findings: () => this.layer.all(),
      hoverEnabled: () => state.highlightStyle !== 'none',
      rectsOf,
      reveal: (placed) => this.reveal(placed),
    });
    this.layer = new FindingLayer(this.painter, () => this.cards.start());

    this.sender = new BlockSender(
      deps.channel,
      () => ({ url: view.location.href, title: this.document.title }),
      (sent, result) => this.applyResult(sent, result),
      (retry, delayMs) => void lifetime.setTimeout(retry, delayMs),
    );

    const sink: BlockSink = {
      changed: (tracked) => {
        this.layer.remove(tracked.id);
        this.sender.scan(tracked);
      },
      moved: (tracked) => this.layer.relocate(tracked),
      gone: (tracked) => this.drop(tracked),
    };
    this.watcher = new DomWatcher(platform.MutationObserver, (records) => {
      this.queue.takeRecords(records);
      this.scheduler.schedule(true);
    });
    this.gate = new ViewportGate(platform.IntersectionObserver, (regions) => {
      this.queue.release(regions);
      this.scheduler.schedule(true);
    });
    this.queue = new ScanQueue({
      document: this.document,
      adapter,
      gate: this.gate,
      startScan: (region) =>
        new RegionScan(region, {
          registry: this.registry,
          sink,
          isTrendText: deps.isTrendText,
          isBlockBoundary: adapter.isBlockBoundary,
          onShadowRoot: (root) => this.watcher.watch(root),
        }),
      sweep: () => {
        for (const tracked of this.registry.disconnected()) this.drop(tracked);
      },
      forgetWithin: (region) => {
        for (const tracked of this.registry.unseenWithin(region, new Set())) this.drop(tracked);
      },
    });
    const clock: SliceClock = deps.clock?.(lifetime) ?? {
      now: platform.now,
      requestSlice: (run) => void requestIdle(lifetime, run, IDLE_TIMEOUT_MS),
      requestSoon: (run) => void lifetime.setTimeout(run, 0),
    };
    this.scheduler = new SliceScheduler(this.queue, clock, undefined, () => {
      this.sender.flush();
      if (!this.queue.hasWork()) this.sender.passDone();
    });

    lifetime.onEnd(() => {
      this.watcher.stop();
      this.gate.clear();
      this.queue.clear();
      this.cards.close();
      this.painter.dispose();
      this.ui.dispose();
    });
  }

  /** Starts reading the page. `announce`: tell the background even if nothing is found. */
  start(announce: boolean): void {
    if (this.lifetime.ended) return;
    this.sender.newPage(announce);
    this.watcher.watch(this.document);
    this.queue.readEverything();
    this.scheduler.schedule();
  }

  /** A single-page navigation: forget the old page, read the new one once it has rendered. */
  navigate(): void {
    if (this.lifetime.ended) return;
    this.cards.close();
    this.layer.clear();
    this.registry.clear();
    this.queue.clear();
    this.gate.clear();
    this.sender.newPage(true);
    this.lifetime.setTimeout(() => {
      this.queue.readEverything();
      this.scheduler.schedule();
    }, NAVIGATION_SETTLE_MS);
  }

  /** The side panel's "show on page": scroll to the finding and flash it. */
  showFinding(key: string): boolean {
    const placed = this.layer.get(key);
    if (!placed || !placed.range.startContainer.isConnected) return false;
    this.reveal(placed);
    return true;
  }

  stop(): void {
    this.lifetime.end();
  }

  /** Resolves when every message sent so far has been answered (tests). */
  settled(): Promise<void> {
    return this.sender.settled();
  }

  private drop(tracked: TrackedBlock): void {
    this.registry.remove(tracked);
    this.layer.remove(tracked.id);
    this.sender.forget(tracked);
  }

  private applyResult(sent: readonly SentBlock[], result: PageScanResult): void {
    if (this.lifetime.ended || !Array.isArray(result.findings)) return;
    const confidentOnly = this.deps.state.sensitivity === 'confident';
    const byBlock = new Map<string, BlockFinding[]>();
    for (const finding of result.findings) {
      if (confidentOnly && finding.confidence !== 'high') continue;
      const list = byBlock.get(finding.blockId);
      if (list) list.push(finding);
      else byBlock.set(finding.blockId, [finding]);
    }
    for (const { id, version } of sent) {
      const tracked = this.registry.get(id);
      // Gone, or its text changed after this was sent: the newer text's reply will place it.
      if (!tracked || tracked.version !== version) continue;
      this.layer.place(tracked, byBlock.get(id) ?? [], result.cards ?? {});
    }
  }

  private reveal(placed: PlacedFinding): void {
    const node = placed.range.startContainer;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    // A block taller than the viewport: centre the finding itself, not its element.
    const rect = placed.range.getBoundingClientRect();
    const height = this.deps.window.innerHeight;
    if (rect.height > 0 && (rect.top < 0 || rect.bottom > height)) this.deps.window.scrollBy(0, rect.top - height / 3);
    this.painter.flash(placed, FLASH_MS);
  }
}
