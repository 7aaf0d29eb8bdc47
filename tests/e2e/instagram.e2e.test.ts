// Issue 3, test 3: the Instagram-like feed served as https://www.instagram.com/ (so the real match
// patterns and the Instagram adapter apply). Captions and image alt texts are checked, posts added
// as the feed scrolls get checked too, and a single-page navigation to a post rescans.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, INSTAGRAM_ORIGIN, readHighlights, tabIdOf, useHarness, waitFor } from './harness';
import { compareHighlights, expectedBadge, expectedFindings, type ExpectedFinding } from './harness/oracle';

const POSTS_IN_FEED = 6;
/** Read the way the Instagram adapter reads: posts, with each [dir=auto] caption or comment a block. */
const INSTAGRAM_TEXT = { root: 'main article', textRunSelector: '[dir="auto"]' };

async function expectHighlighted(page: Page, expected: ExpectedFinding[], what: string, all = expected) {
  return waitFor(
    async () => {
      const { missing } = compareHighlights(await readHighlights(page), expected);
      return { missing, unexpected: compareHighlights(await readHighlights(page), all).unexpected };
    },
    (comparison) => comparison.missing.length === 0,
    { message: what, timeout: 20_000 },
  ).catch(async (error: Error) => {
    throw new Error(`${error.message}\nhighlights: ${JSON.stringify(await readHighlights(page), null, 1)}`);
  });
}

/**
 * Scrolls each post into view in turn and waits for its findings to be marked (posts are read as
 * they come near the viewport, and image frames are drawn only for images in view).
 */
async function expectPostsHighlighted(page: Page, what: string): Promise<ExpectedFinding[]> {
  const all = await expectedFindings(page, INSTAGRAM_TEXT);
  const count = await page.locator('main article').count();
  for (let n = 1; n <= count; n++) {
    const post = `main article:nth-of-type(${n})`;
    await page.locator(post).scrollIntoViewIfNeeded();
    await page.locator(`${post} img`).first().scrollIntoViewIfNeeded();
    const expected = await expectedFindings(page, { ...INSTAGRAM_TEXT, root: post });
    const result = await expectHighlighted(page, expected, `${what}: post ${n}`, all);
    expect(result.unexpected).toEqual([]);
  }
  return all;
}

describe('Instagram-like feed at https://www.instagram.com/', () => {
  const h = useHarness({ instagram: true });
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await h().open(`${INSTAGRAM_ORIGIN}/`);
    tabId = await tabIdOf(h().browser, page);
  });

  it('highlights claims in the first posts, in captions and in image alt text', async () => {
    await waitFor(() => page.locator('main article').count(), (count) => count >= 2, { message: 'the first posts' });
    const expected = await expectedFindings(page, INSTAGRAM_TEXT);
    expect(expected.some((finding) => finding.block.kind === 'alt')).toBe(true);
    expect(expected.some((finding) => finding.block.kind === 'flow')).toBe(true);
    await expectPostsHighlighted(page, 'the first posts to be highlighted');
  });

  it('checks posts that the feed adds as it is scrolled', async () => {
    await waitFor(
      async () => {
        await page.mouse.wheel(0, 2_000);
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        return page.locator('main article').count();
      },
      (count) => count >= POSTS_IN_FEED,
      { message: `the feed to grow to ${POSTS_IN_FEED} posts` },
    );
    const expected = await expectedFindings(page, INSTAGRAM_TEXT);
    const later = expected.filter((finding) => finding.block.text.includes('PDRN') || finding.block.text.includes('EXOSOME FACIAL'));
    expect(later.length).toBeGreaterThan(0);
    await expectPostsHighlighted(page, 'the added posts to be highlighted');
    await waitFor(() => badgeText(h().browser, tabId), (text) => text === expectedBadge(expected), {
      message: `the badge to count the feed's claims (${expectedBadge(expected)})`,
    });
  });

  it('rescans after a single-page navigation to a post', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('main article').first().locator('a[href^="/p/"]').click();
    await waitFor(() => new URL(page.url()).pathname, (path) => path === '/p/C7lumi01/', { message: 'the post URL' });
    await page.locator('.post-page article').waitFor();
    const expected = await expectedFindings(page, INSTAGRAM_TEXT);
    // The post page shows comments the feed did not: one of them makes a claim.
    expect(expected.some((finding) => finding.block.text.includes('human stem cells'))).toBe(true);
    await expectPostsHighlighted(page, 'the post page to be highlighted');
    // The tab's findings are the post page's now, not the feed's.
    await waitFor(() => badgeText(h().browser, tabId), (text) => text === expectedBadge(expected), {
      message: `the badge to count the post page's claims (${expectedBadge(expected)})`,
    });
  });

  it('rescans the feed after navigating back', async () => {
    await page.goBack();
    await waitFor(() => page.locator('main article').count(), (count) => count >= 2, { message: 'the feed again' });
    await expectPostsHighlighted(page, 'the feed to be highlighted again');
  });
});
