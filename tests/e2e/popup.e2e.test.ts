// Issue 3, test 8: the popup counts the page's findings by verdict; "Pause on this site" removes
// the highlights, and the choice holds after the page is reloaded.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { VERDICT_LABEL } from '../../src/claims/verdict-display';
import { badgeText, highlightedTexts, readHighlights, tabIdOf, useHarness, waitFor } from './harness';
import { compareHighlights, expectedFindings, type ExpectedFinding } from './harness/oracle';
import { openPopupFor } from './harness/ui';

function readVerdictCounts(popup: Page): Promise<Record<string, { text: string; count: number }>> {
  return popup.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[aria-label="Findings by verdict"] [data-verdict]')].map((chip) => [
        chip.getAttribute('data-verdict'),
        { text: (chip.textContent ?? '').trim(), count: Number(chip.querySelector('[class*="count"]')?.textContent) },
      ]),
    ),
  );
}

describe('popup', () => {
  const h = useHarness();
  let article: Page;
  let expected: ExpectedFinding[];
  let tabId: number;

  beforeAll(async () => {
    article = await h().open(h().http.url('/article-exosome-facial.html'));
    expected = await expectedFindings(article);
    tabId = await tabIdOf(h().browser, article);
    await waitFor(async () => compareHighlights(await readHighlights(article), expected).missing.length === 0, undefined, {
      message: 'the article to be highlighted',
    });
  });

  it("counts the page's claims by verdict", async () => {
    const wanted: Record<string, number> = {};
    for (const finding of expected) if (finding.stance === 'asserted') wanted[finding.verdict] = (wanted[finding.verdict] ?? 0) + 1;
    expect(Object.keys(wanted).length).toBeGreaterThanOrEqual(2);

    const popup = await openPopupFor(h().browser, article);
    const counts = await waitFor(() => readVerdictCounts(popup), (shown) => Object.keys(shown).length > 0, {
      message: 'verdict counts in the popup',
    });
    expect(Object.fromEntries(Object.entries(counts).map(([verdict, chip]) => [verdict, chip.count]))).toEqual(wanted);
    for (const [verdict, chip] of Object.entries(counts)) {
      expect(chip.text).toContain(VERDICT_LABEL[verdict as keyof typeof VERDICT_LABEL]);
    }
    await popup.close();
  });

  it("pauses the site: the page's highlights go", async () => {
    const popup = await openPopupFor(h().browser, article);
    const pause = popup.getByRole('button', { name: /pause on this site/i });
    await pause.waitFor();
    await pause.click();
    await popup.getByText(/paused on 127\.0\.0\.1/i).waitFor();
    await waitFor(() => highlightedTexts(article), (texts) => texts.length === 0, { message: 'the highlights to be removed' });
    await popup.close();
  });

  it('pauses the site: the badge clears', async () => {
    await waitFor(() => badgeText(h().browser, tabId), (text) => text === '', { message: 'the badge to clear after pausing' });
  });

  it('stays paused after the page is reloaded', async () => {
    await article.reload({ waitUntil: 'load' });
    // A paused page must stay unhighlighted: check it for a while after load, not just once.
    for (let i = 0; i < 5; i++) {
      await article.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
      expect(await highlightedTexts(article)).toEqual([]);
    }
    expect(await badgeText(h().browser, tabId)).toBe('');
  });

  it('shows the site as paused in a new popup, and resumes it', async () => {
    const again = await openPopupFor(h().browser, article);
    await again.getByText(/paused on 127\.0\.0\.1/i).waitFor();
    await again.getByRole('button', { name: /resume on this site/i }).click();
    await waitFor(async () => compareHighlights(await readHighlights(article), expected).missing.length === 0, undefined, {
      message: 'the highlights to come back after resuming',
    });
    await again.close();
  });
});
