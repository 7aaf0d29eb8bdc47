// Issue 5: ClaimLens never breaks a page. Each hostile page (tests/fixtures/hostile/, written for
// these tests) is opened in Chromium with ClaimLens and again without it, and:
//   - its document (markup, open shadow roots, same-origin frames, field values) ends the same,
//     apart from one ClaimLens host (#claimlens-root) under <html>, and no mutation touches
//     anything else once the page is built;
//   - its scripts throw and log nothing they do not throw and log without ClaimLens;
//   - its requestAnimationFrame heartbeat has no gap over 500 ms that the page alone does not have;
//   - ClaimLens marks what the engine finds in the page's readable text, and nothing else: never
//     text in an editor or a form field, never inside a frame.
// The mutation storm runs 1,000 changes a second for 10 seconds.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths';
import { startFixtureServer, type FixtureServer } from '../harness/servers';
import { waitFor } from '../harness/wait';
import { launchExtensionBrowser, launchPlainBrowser, type PlainBrowser, type ReliabilityBrowser } from './support/browsers';
import { runWithExtension, runWithoutExtension, type ExtensionRunResult, type HostileCase, type RunResult } from './support/hostile-run';
import { evaluateIsolated, highlightNames } from './support/page-probe';

/** A gap in the page's animation frames longer than this, not seen without ClaimLens, fails. */
const HEARTBEAT_LIMIT_MS = 500;
const STORM_SECONDS = 10;

/** Errors of the run with ClaimLens that the run without it did not have (as many times). */
function newErrors(withExtension: readonly string[], without: readonly string[]): string[] {
  const left = [...without];
  return withExtension.filter((error) => {
    const index = left.indexOf(error);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

async function typeInto(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

const CASES: HostileCase[] = [
  { name: '100,000 text nodes', path: '/text-nodes-100k.html', minExpected: 20, timeout: 60_000 },
  { name: '5 MB of text', path: '/text-5mb.html', minExpected: 40, timeout: 60_000 },
  { name: 'nesting 2,000 deep', path: '/deep-nesting.html', minExpected: 3 },
  {
    name: `mutation storm (1,000 changes a second for ${STORM_SECONDS} s)`,
    path: `/mutation-storm.html?seconds=${STORM_SECONDS}`,
    minExpected: 20,
    timeout: 45_000,
    act: (page) =>
      waitFor(() => evaluateIsolated(page, () => document.documentElement.dataset.storm, undefined), (value) => value === 'done', {
        timeout: STORM_SECONDS * 1000 + 20_000,
        message: 'the storm to end',
      }).then(() => {}),
  },
  {
    name: 'editors and form fields holding claims',
    path: '/editable.html',
    minExpected: 1,
    // A reader types more claims into the editors and fields while ClaimLens runs.
    act: async (page) => {
      await typeInto(page, '#editor p:last-child', ' Also: Exosomes boost collagen by 300%.');
      await typeInto(page, '#plain-editor', ' PDRN cream fades dark spots fast.');
      await typeInto(page, '#textarea', ' Our exosome serum is better than botox.');
      await typeInto(page, '#input', ' Exosomes boost collagen by 300%.');
      await page.locator('#control').click();
    },
  },
  { name: 'same-origin frames', path: '/iframe.html', minExpected: 2 },
  { name: 'open shadow roots (nested, 50 deep, declarative, slotted, added late)', path: '/shadow.html', readyWhen: '[data-late="yes"]', minExpected: 7 },
  // The page's own text names no trend: only a look into its components' shadow roots finds them.
  { name: 'claims only inside web components (shadow roots within shadow roots)', path: '/shadow-only.html', minExpected: 2 },
  { name: 'right-to-left text and bidi controls', path: '/rtl.html', minExpected: 6 },
  { name: 'emoji and combining characters around claims', path: '/emoji.html', minExpected: 7 },
  {
    name: 'a page that overrides Range, MutationObserver, CSS, appendChild, attachShadow (and more)',
    path: '/overrides.html',
    minExpected: 4,
    // Opens the hover card from the keyboard, so ClaimLens creates its host on this page too.
    act: async (page, { withExtension }) => {
      await page.locator('h1').click();
      if (withExtension) await waitFor(() => highlightNames(page), (names) => names.length > 0, { message: 'a first highlight' });
      await page.keyboard.press('Alt+Shift+KeyJ');
      if (withExtension) {
        await waitFor(() => evaluateIsolated(page, () => document.getElementById('claimlens-root') !== null, undefined), Boolean, {
          message: 'the hover card host',
        });
      }
    },
  },
];

describe('hostile pages: ClaimLens never breaks a page', () => {
  let server: FixtureServer;
  let withExtension: ReliabilityBrowser;
  let without: PlainBrowser;
  const summary: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer({ root: path.join(repoRoot, 'tests', 'fixtures', 'hostile') });
    withExtension = await launchExtensionBrowser();
    without = await launchPlainBrowser();
  });
  afterAll(async () => {
    console.info(`[hostile pages] ${summary.length} pages\n${summary.join('\n')}`);
    await withExtension?.close();
    await without?.close();
    await server?.close();
  });

  for (const testCase of CASES) {
    it(testCase.name, { timeout: 150_000 }, async () => {
      const ext: ExtensionRunResult = await runWithExtension(withExtension.context, server.origin, testCase);
      const plain: RunResult = await runWithoutExtension(without.context, server.origin, testCase, ext.windowMs);
      summary.push(
        `${testCase.name}: ${ext.expected.length} findings expected, missing ${ext.comparison.missing.length}, ` +
          `unexpected ${ext.comparison.unexpected.length}; longest frame gap ${Math.round(ext.heartbeat.maxGap)} ms ` +
          `(without ClaimLens ${Math.round(plain.heartbeat.maxGap)} ms); page errors and console errors ` +
          `${JSON.stringify([...ext.errors.pageErrors, ...ext.errors.consoleErrors])} (without ClaimLens ` +
          `${JSON.stringify([...plain.errors.pageErrors, ...plain.errors.consoleErrors])})`,
      );

      // The fixture still holds what it is meant to test.
      expect(ext.expected.length, 'findings the engine expects on this page').toBeGreaterThanOrEqual(testCase.minExpected);

      // The page's document is the page's own: one host under <html>, nothing else changed.
      expect(ext.document.hosts, 'ClaimLens hosts').toBeLessThanOrEqual(1);
      if (ext.document.hosts === 1) expect(ext.document.hostParent).toBe('html');
      expect(plain.document.hosts).toBe(0);
      expect(ext.document.html.length).toBe(plain.document.html.length);
      expect(ext.document.html === plain.document.html, 'document with ClaimLens equals document without it').toBe(true);
      const foreignRecords = ext.records.filter(
        (record) => ![record.target, ...(record.added ?? []), ...(record.removed ?? [])].some((node) => node?.endsWith('#claimlens-root')),
      );
      expect(foreignRecords.slice(0, 5), 'mutations ClaimLens made to the page').toEqual(plain.records.slice(0, 5));

      // The page's scripts throw and log nothing they do not throw and log without ClaimLens.
      expect(newErrors(ext.errors.pageErrors, plain.errors.pageErrors), 'uncaught errors in the page').toEqual([]);
      expect(newErrors(ext.errors.consoleErrors, plain.errors.consoleErrors), 'console errors in the page').toEqual([]);

      // The page stays responsive.
      const excused = ext.heartbeat.maxGap <= Math.max(HEARTBEAT_LIMIT_MS, plain.heartbeat.maxGap * 1.5);
      expect(
        excused,
        `longest gap between animation frames: ${Math.round(ext.heartbeat.maxGap)} ms with ClaimLens ` +
          `(gaps ${ext.heartbeat.gaps.join(', ')}), ${Math.round(plain.heartbeat.maxGap)} ms without`,
      ).toBe(true);
      expect(ext.heartbeat.frames, 'animation frames with ClaimLens').toBeGreaterThan(0);

      // What should be found is found, and nothing else is marked.
      expect(ext.comparison.missing, 'expected findings not highlighted').toEqual([]);
      expect(ext.comparison.unexpected, 'highlights no expected finding explains').toEqual([]);
      expect(ext.highlights.inEditable, 'highlights in editors or form fields').toEqual([]);
      expect(ext.highlights.inFrames, 'ClaimLens highlights inside frames').toBe(0);
    });
  }
});
