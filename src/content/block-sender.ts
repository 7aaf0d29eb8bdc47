// Sends trend blocks to the background in batches and applies the replies. Messages go one after
// another, so a page reset always reaches the background before the blocks of the new page, and a
// reply about text that has since changed is dropped (the newer text is already on its way).
import { MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../messaging/limits';
import type { PageScanResult, TextBlock } from '../messaging/protocol';
import type { TrackedBlock } from './block-registry';
import type { BackgroundChannel } from './channel';
import { report } from './report';

/** Blocks per scanBlocks message. */
export const BLOCKS_PER_MESSAGE = 50;

/**
 * Waits before sending again what the background did not answer (Chrome stopped its service
 * worker while it was scanning, say): one entry per attempt, then the sender gives up until the
 * next change on the page.
 */
export const RETRY_DELAYS_MS = [250, 1_000, 4_000];

export interface SentBlock {
  id: string;
  version: number;
}

export interface PageIdentity {
  url: string;
  title: string;
}

export class BlockSender {
  private readonly toScan = new Map<string, TrackedBlock>();
  private readonly toForget = new Set<string>();
  /** Blocks the background has been told about in this page, by id. */
  private readonly known = new Map<string, TrackedBlock>();
  private chain: Promise<void> = Promise.resolve();
  private resetDue = true;
  private announceDue = false;
  private page = 0;
  /** Messages in a row the background did not answer. */
  private failures = 0;
  /** The worker run that answered last (PageScanResult.worker). */
  private worker: string | null = null;

  constructor(
    private readonly channel: Pick<BackgroundChannel, 'send'>,
    private readonly identity: () => PageIdentity,
    private readonly onResult: (sent: readonly SentBlock[], result: PageScanResult) => void,
    /** Runs `retry` after `delayMs` (the session's lifetime timer); without it, nothing is retried. */
    private readonly later?: (retry: () => void, delayMs: number) => void,
  ) {}

  scan(tracked: TrackedBlock): void {
    this.toScan.set(tracked.id, tracked);
  }

  forget(tracked: TrackedBlock): void {
    this.toScan.delete(tracked.id);
    if (this.known.delete(tracked.id)) this.toForget.add(tracked.id);
  }

  /**
   * Starts a new page (first scan, single-page navigation, refresh): the next message says
   * reset=true. With `announce`, a reset is sent even if the page turns out to have no trend
   * blocks, so the background drops the previous page's findings.
   */
  newPage(announce: boolean): void {
    this.page++;
    this.toScan.clear();
    this.toForget.clear();
    this.known.clear();
    this.resetDue = true;
    this.announceDue = announce;
    this.failures = 0;
  }

  /** Sends everything waiting, in batches. */
  flush(): void {
    if (this.toForget.size > 0) {
      const ids = [...this.toForget];
      this.toForget.clear();
      for (let i = 0; i < ids.length; i += BLOCKS_PER_MESSAGE) {
        const blockIds = ids.slice(i, i + BLOCKS_PER_MESSAGE);
        const page = this.page;
        this.enqueue(async () => {
          try {
            await this.channel.send('forgetBlocks', { blockIds });
            this.failures = 0;
          } catch (error) {
            if (page === this.page) {
              for (const id of blockIds) if (!this.known.has(id)) this.toForget.add(id);
              this.retryLater();
            }
            throw error;
          }
        });
      }
    }
    const blocks = [...this.toScan.values()];
    this.toScan.clear();
    for (let i = 0; i < blocks.length; i += BLOCKS_PER_MESSAGE) this.sendScan(blocks.slice(i, i + BLOCKS_PER_MESSAGE));
  }

  /** Called when a full pass over the page is done: sends a due announcement. */
  passDone(): void {
    if (this.resetDue && this.announceDue) this.sendScan([]);
  }

  /** Resolves once every message sent so far has been answered (for tests and refresh). */
  settled(): Promise<void> {
    return this.chain;
  }

  private sendScan(batch: TrackedBlock[]): void {
    const page = this.page;
    const reset = this.resetDue;
    this.resetDue = false;
    this.announceDue = false;
    const sent: SentBlock[] = batch.map(({ id, version }) => ({ id, version }));
    const blocks: TextBlock[] = batch.map(({ id, block }) => ({ id, text: block.text }));
    for (const tracked of batch) this.known.set(tracked.id, tracked);
    this.enqueue(async () => {
      const { url, title } = this.identity();
      try {
        const result = await this.channel.send('scanBlocks', {
          url: url.slice(0, MAX_URL_LENGTH),
          title: title.slice(0, MAX_TITLE_LENGTH),
          reset,
          blocks,
        });
        this.failures = 0;
        if (page !== this.page || !result) return;
        this.onResult(sent, result);
        this.noticeWorker(result.worker);
      } catch (error) {
        if (page === this.page) this.sendAgain(batch, reset);
        throw error;
      }
    });
  }

  /**
   * The background did not answer a scan (its service worker stopped mid-scan, say), so it may not
   * have these blocks: they are sent again. A lost reset means the background may still hold the
   * previous page, so everything this page sent goes again, after a new reset.
   */
  private sendAgain(batch: readonly TrackedBlock[], reset: boolean): void {
    this.scanAgain(reset ? [...this.known.values()] : batch, reset);
    this.retryLater();
  }

  /** Queues `blocks` again (with a reset first, if asked), unless forgotten or already queued. */
  private scanAgain(blocks: readonly TrackedBlock[], reset: boolean): void {
    if (reset) this.resetDue = true;
    for (const tracked of blocks) {
      // Forgotten since, or already waiting with newer text: nothing to add.
      if (this.known.get(tracked.id) === tracked && !this.toScan.has(tracked.id)) this.toScan.set(tracked.id, tracked);
    }
  }

  /**
   * A worker run other than the one that answered before: Chrome restarted the worker, which may
   * have lost what it stored last. Everything this page sent goes again, after a reset.
   */
  private noticeWorker(worker: unknown): void {
    if (typeof worker !== 'string') return;
    const restarted = this.worker !== null && worker !== this.worker;
    this.worker = worker;
    if (!restarted) return;
    this.scanAgain([...this.known.values()], true);
    this.later?.(() => this.flush(), 0);
  }

  private retryLater(): void {
    const delay = RETRY_DELAYS_MS[this.failures];
    if (!this.later || delay === undefined) return;
    this.failures++;
    this.later(() => this.flush(), delay);
  }

  private enqueue(task: () => Promise<unknown>): void {
    this.chain = this.chain.then(task).then(
      () => {},
      (error: unknown) => report(error),
    );
  }
}
