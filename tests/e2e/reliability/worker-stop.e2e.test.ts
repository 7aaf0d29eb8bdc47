// Issue 5: Chrome stops an MV3 service worker whenever it likes — here, six times, while a page is
// streaming paragraphs (one every 20 ms, a third of them claims). Once the page is done, the tab's
// findings as the background keeps them are neither lost nor duplicated: distinct keys, one per
// finding the engine makes in the page's final text, and the page shows every one of them.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, extensionUrl, tabIdOf } from '../harness/extension';
import { compareHighlights, expectedBadge } from '../harness/oracle';
import { repoRoot } from '../harness/paths';
import { startFixtureServer, type FixtureServer } from '../harness/servers';
import { waitFor } from '../harness/wait';
import type { BlockFinding, TabFindings } from '../../../src/messaging/protocol';
import { launchExtensionBrowser, stopWorkerWhileBusy, type ReliabilityBrowser } from './support/browsers';
import { evaluateIsolated, expectedOn, readHighlights, type Expected } from './support/page-probe';

const PARAGRAPHS = 300;
const EVERY_MS = 20;
const STOP_AT = [20, 60, 100, 150, 200, 250];

/** The tab's findings as the background answers an extension page (the side panel's question). */
async function backgroundFindings(browser: ReliabilityBrowser, tabId: number): Promise<TabFindings | null> {
  const page = await browser.context.newPage();
  try {
    await page.goto(extensionUrl(browser, 'manifest.json'));
    return await waitFor(
      () =>
        page.evaluate(async (id) => {
          const reply = (await chrome.runtime.sendMessage({ id: Date.now(), type: 'getTabFindings', data: { tabId: id }, timestamp: Date.now() })) as
            | { res?: TabFindings | null; err?: { message: string } }
            | undefined;
          if (!reply || reply.err) throw new Error(reply?.err?.message ?? 'no reply');
          return reply.res ?? null;
        }, tabId),
      () => true,
      { timeout: 20_000, message: "the background's answer" },
    );
  } finally {
    await page.close();
  }
}

describe('service worker stopped while a page streams paragraphs', () => {
  let server: FixtureServer;
  let browser: ReliabilityBrowser;
  let page: Page;
  let tabId: number;
  let expected: Expected[];
  let stops = 0;

  beforeAll(async () => {
    server = await startFixtureServer({ root: path.join(repoRoot, 'tests', 'fixtures', 'hostile') });
    browser = await launchExtensionBrowser();
    page = await browser.context.newPage();
    await page.goto(server.url(`/streaming.html?count=${PARAGRAPHS}&every=${EVERY_MS}`));
    const added = () => evaluateIsolated(page, () => Number(document.documentElement.dataset.added ?? 0), undefined);
    // Stop the worker six times while the page streams, so some stops land while it is scanning.
    for (const atParagraph of STOP_AT) {
      await waitFor(added, (count) => count >= atParagraph, { timeout: 30_000, message: `${atParagraph} paragraphs` });
      await stopWorkerWhileBusy(browser);
      stops++;
    }
    expect(await added(), 'the page was still streaming after the last stop').toBeLessThan(PARAGRAPHS);
    await waitFor(() => evaluateIsolated(page, () => document.documentElement.dataset.streamed, undefined), (done) => done === 'yes', {
      timeout: 60_000,
      message: 'the stream to end',
    });
    expected = await expectedOn(page);
    tabId = await tabIdOf(browser, page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the page holds the claims it is meant to (the test checks itself)', () => {
    expect(stops).toBe(STOP_AT.length);
    expect(expected.length).toBeGreaterThanOrEqual(PARAGRAPHS / 3);
  });

  it('highlights every finding of the final page, and nothing else', async () => {
    const comparison = await waitFor(
      async () => compareHighlights((await readHighlights(page)).groups, expected),
      (result) => result.missing.length === 0,
      { timeout: 60_000, interval: 500, message: 'every finding to be highlighted' },
    ).catch(async () => compareHighlights((await readHighlights(page)).groups, expected));
    expect(comparison.missing.slice(0, 10), `${comparison.missing.length} findings not highlighted`).toEqual([]);
    expect(comparison.unexpected).toEqual([]);
  });

  it("keeps the tab's findings in the background: none lost, none duplicated", async () => {
    let stored: BlockFinding[] = [];
    await waitFor(
      async () => (stored = (await backgroundFindings(browser, tabId))?.findings ?? []),
      (findings) => findings.length >= expected.length,
      { timeout: 30_000, interval: 500, message: `${expected.length} findings in the background` },
    ).catch(() => {});
    const keys = stored.map((finding) => finding.key);
    expect(new Set(keys).size, 'distinct finding keys').toBe(keys.length);
    expect(stored.length, 'findings kept for the tab').toBe(expected.length);
    // The same findings, quote for quote.
    const quotes = (list: { quote: string; claimId: string }[]) => list.map((f) => `${f.claimId}|${f.quote}`).sort();
    expect(quotes(stored)).toEqual(quotes(expected));
  });

  it('counts them on the badge', async () => {
    await waitFor(() => badgeText(browser, tabId), (text) => text === expectedBadge(expected), {
      timeout: 20_000,
      message: `the badge to read ${expectedBadge(expected)}`,
    });
  });
});
