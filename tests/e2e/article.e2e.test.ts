// Issue 3, test 1: an article about an exosome facial. Claims are highlighted by verdict with the
// CSS Custom Highlight API (including one split across inline tags), the page's own DOM is left
// alone apart from ClaimLens's one shadow host, and hovering a highlight shows a card.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { VERDICT_LABEL } from '../../src/claims/verdict-display';
import {
  documentBeforeAndAfter,
  highlightPoint,
  readHighlights,
  saveScreenshot,
  shadowHostCount,
  shadowText,
  squash,
  useHarness,
  waitFor,
} from './harness';
import { bundledClaim, compareHighlights, expectedFindings, highlightGroupOf, type ExpectedFinding } from './harness/oracle';

const ARTICLE = '/article-exosome-facial.html';

describe('article page', () => {
  const h = useHarness();
  let page: Page;
  let expected: ExpectedFinding[];

  beforeAll(async () => {
    page = await h().open(h().http.url(ARTICLE));
    expected = await expectedFindings(page);
  });

  it('contains claims the bundled database knows, with more than one verdict', () => {
    // Guards the fixture: if the database stops recognising these sentences the test says so.
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(new Set(expected.map(highlightGroupOf)).size).toBeGreaterThanOrEqual(2);
    expect(expected.some((finding) => finding.block.text.includes('boost collagen production'))).toBe(true);
  });

  it('highlights every claim in the highlight of its verdict, and nothing else', async () => {
    const result = await waitFor(
      async () => compareHighlights(await readHighlights(page), expected),
      (comparison) => comparison.missing.length === 0,
      { message: 'every expected claim to be highlighted' },
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}\nhighlights: ${JSON.stringify(await readHighlights(page), null, 1)}`);
    });
    expect(result.unexpected).toEqual([]);
    const names = Object.keys(await readHighlights(page)).filter((name) => name !== 'flash');
    for (const name of names) expect(['accurate', 'overstated', 'unproven', 'misleading', 'false', 'refuted']).toContain(name);
  });

  it('highlights a claim whose words are split across inline tags', async () => {
    const covered = await waitFor(
      () =>
        page.evaluate(() => {
          const paragraph = document.getElementById('split-claim')!;
          const elements = new Set<string>();
          let text = '';
          for (const [name, highlight] of CSS.highlights) {
            if (!name.startsWith('claimlens-') || name === 'claimlens-flash') continue;
            for (const range of highlight) {
              if (!(range instanceof Range) || !range.intersectsNode(paragraph)) continue;
              text += range.toString();
              const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (range.intersectsNode(node) && node.textContent!.trim()) elements.add(node.parentElement!.localName);
              }
            }
          }
          return { text, elements: [...elements].sort() };
        }),
      (value) => value.elements.length > 0,
      { message: 'a highlight in the paragraph with the split claim' },
    );
    // "boost" is in <strong>, "collagen production" in <a>: one claim across both.
    expect(squash(covered.text)).toContain('boost collagen production');
    expect(covered.elements).toEqual(expect.arrayContaining(['strong', 'a']));
  });

  it("leaves the page's DOM as it was, apart from one shadow host", async () => {
    await waitFor(async () => compareHighlights(await readHighlights(page), expected).missing.length === 0, undefined, {
      message: 'the page to be highlighted',
    });
    const { before, after } = await documentBeforeAndAfter(page);
    expect(after).toBe(before);
    expect(await shadowHostCount(page)).toBeLessThanOrEqual(1);
  });

  it('shows a card with the verdict and summary when a highlight is hovered', async () => {
    const finding = expected.find((f) => f.stance === 'asserted' && f.block.text.includes('FDA approved')) ?? expected[0]!;
    const claim = bundledClaim(finding.claimId)!;
    const point = await highlightPoint(page, finding.quote.slice(0, 40));
    await page.mouse.move(point.x, point.y);
    const text = await waitFor(
      () => shadowText(page),
      (value) => !!value && value.includes(VERDICT_LABEL[finding.verdict]) && value.includes(claim.summary.slice(0, 60)),
      { message: `a card saying "${VERDICT_LABEL[finding.verdict]}" and the claim's summary in the shadow root` },
    );
    expect(text).toContain(VERDICT_LABEL[finding.verdict]);
    expect(await shadowHostCount(page)).toBe(1);
    // The card lives in the shadow root; the page's own DOM is still untouched.
    const { before, after } = await documentBeforeAndAfter(page);
    expect(after).toBe(before);
  });

  it('saves light and dark screenshots of the highlighted page', async () => {
    // Close the hover card (Escape, as its hint says) so the highlights themselves show.
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const file = await saveScreenshot(page, `article-${colorScheme}`);
      expect(file).toMatch(/article-(light|dark)\.png$/);
    }
  });
});
