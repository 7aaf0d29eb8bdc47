// The Instagram-like feed at https://www.instagram.com/ (served locally; Chromium maps the host to
// it): posts are appended in batches as the reader scrolls on, and the page times each post from
// its insertion until a ClaimLens highlight range inside it appears in CSS.highlights.
import type { ExtensionBrowser } from '../../e2e/harness/browser';

export const FEED_POSTS = 500;
export const FEED_INITIAL_POSTS = 20;
export const FEED_BATCH = 4;
/** The pause between batches (the next page of the feed arriving). */
export const FEED_PAUSE_MS = 50;
/** A post not highlighted this long after insertion counts as never highlighted. */
export const FEED_TIMEOUT_MS = 1_000;

export interface FeedResult {
  posts: number;
  /** Insertion-to-highlight times of the appended posts, ms; null: not highlighted within the timeout. */
  latencies: (number | null)[];
}

export async function measureFeed(browser: ExtensionBrowser, url: string): Promise<FeedResult> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The first posts are read as the page starts; give the extension a moment to do that.
    await page.waitForFunction(
      () => [...CSS.highlights.keys()].some((name) => name.startsWith('claimlens-')),
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(500);
    const latencies = await page.evaluate(
      (options) =>
        (window as unknown as { benchFeed: { run(o: typeof options): Promise<(number | null)[]> } }).benchFeed.run(options),
      { batch: FEED_BATCH, pauseMs: FEED_PAUSE_MS, timeoutMs: FEED_TIMEOUT_MS },
    );
    const posts = await page.locator('main article').count();
    return { posts, latencies };
  } finally {
    await page.close().catch(() => {});
  }
}
