// Issue 3, test 7: Chrome stops idle service workers. After a stop and restart, the tab's findings
// (badge, side panel) and the user's settings are all still there.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  badgeText,
  openExtensionPage,
  readHighlights,
  restartServiceWorker,
  tabIdOf,
  useHarness,
  waitFor,
  workerRunningStatus,
} from './harness';
import { compareHighlights, expectedBadge, expectedFindings, type ExpectedFinding } from './harness/oracle';
import { openSidePanelFor, readSidePanelFindings } from './harness/ui';

function readSettings(options: Page) {
  return options.evaluate(() => ({
    region: (document.querySelector('select.cl-settings__region') as HTMLSelectElement | null)?.value ?? null,
    highlight: (document.querySelector('input[type="radio"][value="background"]') as HTMLInputElement | null)?.checked ?? null,
  }));
}

describe('service worker restart', () => {
  const h = useHarness();
  let article: Page;
  let tabId: number;
  let expected: ExpectedFinding[];

  beforeAll(async () => {
    article = await h().open(h().http.url('/article-exosome-facial.html'));
    expected = await expectedFindings(article);
    tabId = await tabIdOf(h().browser, article);
    await waitFor(async () => compareHighlights(await readHighlights(article), expected).missing.length === 0, undefined, {
      message: 'the article to be highlighted',
    });
    await waitFor(() => badgeText(h().browser, tabId), (text) => text === expectedBadge(expected), { message: 'the badge' });

    const options = await openExtensionPage(h().browser, 'options.html');
    await options.getByLabel('Your region').selectOption('EU');
    await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    // A controlled radio: it shows as checked once the background has stored the choice.
    await options.getByLabel(/Background tint/).click();
    await waitFor(() => readSettings(options), (s) => s.region === 'EU' && s.highlight === true, { message: 'settings applied' });
    await options.close();

    await restartServiceWorker(h().browser);
    expect(await workerRunningStatus(h().browser)).toBe('running');
  });

  it("keeps the tab's badge", async () => {
    expect(await badgeText(h().browser, tabId)).toBe(expectedBadge(expected));
  });

  it("still gives the side panel the tab's findings", async () => {
    const panel = await openSidePanelFor(h().browser, article);
    const groups = await waitFor(() => readSidePanelFindings(panel), (list) => list.length > 0, {
      message: 'findings in the side panel after the restart',
    });
    expect(groups.flatMap((group) => group.findings).length).toBe(expected.length);
    await panel.close();
  });

  it('keeps the settings', async () => {
    const options = await openExtensionPage(h().browser, 'options.html');
    const settings = await waitFor(() => readSettings(options), (s) => s.region !== null, { message: 'the settings to load' });
    expect(settings).toEqual({ region: 'EU', highlight: true });
    await options.close();
  });

  it("adds to the tab's findings, rather than starting over, when the page changes after the restart", async () => {
    // The page gains a paragraph with a new claim: the restarted worker must add its finding to
    // the ones it stored before the restart (a worker that lost them would count only the new one).
    await article.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.id = 'added-after-restart';
      paragraph.textContent = 'A reader wrote in to say her exosome gel heals wounds faster than anything else.';
      document.querySelector('article')!.append(paragraph);
    });
    const now = await expectedFindings(article);
    expect(now.length).toBeGreaterThan(expected.length);
    expect(expectedBadge(now)).not.toBe(expectedBadge(expected));
    await waitFor(async () => compareHighlights(await readHighlights(article), now).missing.length === 0, undefined, {
      message: 'the added paragraph to be highlighted',
    });
    await waitFor(() => badgeText(h().browser, tabId), (text) => text === expectedBadge(now), {
      message: `the badge to count old and new claims (${expectedBadge(now)})`,
    });
    const panel = await openSidePanelFor(h().browser, article);
    await waitFor(
      async () => (await readSidePanelFindings(panel)).flatMap((group) => group.findings).length,
      (count) => count === now.length,
      { message: `${now.length} findings in the side panel` },
    );
    await panel.close();
  });

  it('keeps checking pages', async () => {
    const page = await h().open(h().http.url('/product-vesicle-serum.html'));
    const found = await expectedFindings(page);
    await waitFor(async () => compareHighlights(await readHighlights(page), found).missing.length === 0, undefined, {
      message: 'a page opened after the restart to be highlighted',
    });
    await page.close();
  });
});
