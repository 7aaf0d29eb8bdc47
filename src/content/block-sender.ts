// Sends trend blocks to the background in batches and applies the replies. Messages go one after
// another, so a page reset always reaches the background before the blocks of the new page, and a
// reply about text that has since changed is dropped (the newer text is already on its way).
import { MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../messaging/limits';
import type { ScanResult, TextBlock } from '../messaging/protocol';
import type { TrackedBlock } from './block-registry';
import type { BackgroundChannel } from './channel';
import { report } from './report';

/** Blocks per scanBlocks message. */
export const BLOCKS_PER_MESSAGE = 50;

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
  /** Blocks the background has been told about in this page. */
  private readonly known = new Set<string>();
  private chain: Promise<void> = Promise.resolve();
  private resetDue = true;
  private announceDue = false;
  private page = 0;

  constructor(
    private readonly channel: Pick<BackgroundChannel, 'send'>,
    private readonly identity: () => PageIdentity,
    private readonly onResult: (sent: readonly SentBlock[], result: ScanResult) => void,
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
  }

  /** Sends everything waiting, in batches. */
  flush(): void {
    if (this.toForget.size > 0) {
      const ids = [...this.toForget];
      this.toForget.clear();
      for (let i = 0; i < ids.length; i += BLOCKS_PER_MESSAGE) {
        const blockIds = ids.slice(i, i + BLOCKS_PER_MESSAGE);
        this.enqueue(() => this.channel.send('forgetBlocks', { blockIds }));
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
    for (const { id } of batch) this.known.add(id);
    this.enqueue(async () => {
      const { url, title } = this.identity();
      try {
        const result = await this.channel.send('scanBlocks', {
          url: url.slice(0, MAX_URL_LENGTH),
          title: title.slice(0, MAX_TITLE_LENGTH),
          reset,
          blocks,
        });
        if (page === this.page && result) this.onResult(sent, result);
      } catch (error) {
        // The next message must still tell the background that a new page began.
        if (reset && page === this.page) this.resetDue = true;
        throw error;
      }
    });
  }

  private enqueue(task: () => Promise<unknown>): void {
    this.chain = this.chain.then(task).then(
      () => {},
      (error: unknown) => report(error),
    );
  }
}
