// Issue 3, test 2: the toolbar badge counts the distinct claims a page makes; a page that names no
// trend ingredient gets no badge and no highlights.
import { describe, expect, it } from 'vitest';
import { badgeText, highlightedTexts, readHighlights, tabIdOf, useHarness, waitFor } from './harness';
import { compareHighlights, expectedBadge, expectedFindings } from './harness/oracle';

describe('toolbar badge', () => {
  const h = useHarness();

  it('shows the number of distinct claims on a product page', async () => {
    const page = await h().open(h().http.url('/product-vesicle-serum.html'));
    const expected = await expectedFindings(page);
    const badge = expectedBadge(expected);
    // The fixture repeats a claim, so distinct claims are fewer than findings.
    const asserted = expected.filter((finding) => finding.stance === 'asserted');
    expect(new Set(asserted.map((finding) => finding.claimId)).size).toBeGreaterThanOrEqual(3);
    expect(asserted.length).toBeGreaterThan(new Set(asserted.map((finding) => finding.claimId)).size);

    const tabId = await tabIdOf(h().browser, page);
    await waitFor(() => badgeText(h().browser, tabId), (text) => text === badge, {
      message: `the badge to read "${badge}"`,
    });
    await waitFor(async () => compareHighlights(await readHighlights(page), expected).missing, (missing) => missing.length === 0, {
      message: 'the product page to be highlighted',
    });
    await page.close();
  });

  it('leaves a page without trend ingredients alone: empty badge, no highlights', async () => {
    // Open a page with claims first in the same tab, so a stale badge would show.
    const page = await h().open(h().http.url('/product-vesicle-serum.html'));
    const tabId = await tabIdOf(h().browser, page);
    await waitFor(() => badgeText(h().browser, tabId), (text) => text !== '', { message: 'a badge on the product page' });

    await page.goto(h().http.url('/no-trend-sunscreen.html'));
    expect(await expectedFindings(page, { sensitivity: 'all' })).toEqual([]);
    await waitFor(() => badgeText(h().browser, tabId), (text) => text === '', { message: 'the badge to clear' });
    // Nothing to wait for on a page without findings: give the content script the time to load
    // and read the page (the load event has fired; its scan is one pass), then check repeatedly.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))));
    for (let i = 0; i < 3; i++) {
      expect(await highlightedTexts(page)).toEqual([]);
      expect(await badgeText(h().browser, tabId)).toBe('');
    }
    await page.close();
  });
});
