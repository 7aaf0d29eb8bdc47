// Issue 3, test 4: the side panel lists the article's findings grouped by topic, each with its
// verdict, the quote from the page, and the claim's sources.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TOPIC_NAME } from '../../src/ui/labels/topic-names';
import { readHighlights, squash, useHarness, waitFor } from './harness';
import { bundledClaim, compareHighlights, expectedFindings, type ExpectedFinding } from './harness/oracle';
import { openSidePanelFor, readSidePanelFindings } from './harness/ui';

describe('side panel', () => {
  const h = useHarness();
  let article: Page;
  let panel: Page;
  let expected: ExpectedFinding[];

  beforeAll(async () => {
    article = await h().open(h().http.url('/article-exosome-facial.html'));
    expected = await expectedFindings(article);
    await waitFor(async () => compareHighlights(await readHighlights(article), expected).missing.length === 0, undefined, {
      message: 'the article to be checked',
    });
    panel = await openSidePanelFor(h().browser, article);
  });

  it('lists the findings grouped by topic', async () => {
    const byTopic = new Map<string, ExpectedFinding[]>();
    for (const finding of expected) byTopic.set(finding.topic, [...(byTopic.get(finding.topic) ?? []), finding]);
    expect(byTopic.size).toBeGreaterThanOrEqual(2);

    const shown = await waitFor(
      () => readSidePanelFindings(panel),
      (groups) => groups.length === byTopic.size,
      { message: `${byTopic.size} topic groups in the side panel` },
    );
    for (const group of shown) {
      const wanted = byTopic.get(group.topic);
      expect(wanted, `unexpected topic ${group.topic}`).toBeDefined();
      expect(group.heading).toContain(TOPIC_NAME[group.topic as keyof typeof TOPIC_NAME]);
      expect(group.findings.map((f) => f.verdict).sort()).toEqual(wanted!.map((f) => f.verdict).sort());
      for (const finding of wanted!) {
        const quoteStart = squash(finding.quote).slice(0, 40);
        expect(group.findings.some((card) => squash(card.text).includes(quoteStart)), `quote "${quoteStart}" in ${group.topic}`).toBe(true);
      }
    }
  });

  it("shows each finding's sources", async () => {
    // Sources sit behind a disclosure in each card: open them all.
    await panel.evaluate(() => document.querySelectorAll('section[aria-labelledby="cl-page-findings-title"] details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    for (const finding of expected) {
      const claim = bundledClaim(finding.claimId)!;
      expect(claim.sources.length, `${claim.id} has sources`).toBeGreaterThan(0);
      const card = panel.locator(`section[aria-labelledby="cl-page-findings-title"] section[data-topic="${finding.topic}"] article[data-verdict="${finding.verdict}"]`, {
        hasText: claim.claim.slice(0, 40),
      });
      await card.first().waitFor();
      const text = squash((await card.first().textContent()) ?? '');
      for (const source of claim.sources) {
        expect(text, `source ${source.id} of ${claim.id}`).toContain(squash(source.citation).slice(0, 50));
      }
    }
  });
});
