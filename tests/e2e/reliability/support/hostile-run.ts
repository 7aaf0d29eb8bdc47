// Runs one hostile fixture page twice — in Chromium with ClaimLens, then in Chromium without it —
// and collects what the tests compare: the document (markup, shadow roots, frames, field values),
// mutation records, errors the page threw or logged, its animation-frame heartbeat, and
// ClaimLens's highlights next to what the engine finds in the page's text.
import type { BrowserContext, Page } from 'playwright-core';
import { compareHighlights } from '../../harness/oracle';
import { waitFor } from '../../harness/wait';
import {
  expectedOn,
  mutationRecords,
  readHeartbeat,
  readHighlights,
  resetHeartbeat,
  serializeDocument,
  evaluateIsolated,
  watchMutations,
  type Expected,
  type Heartbeat,
} from './page-probe';

export interface HostileCase {
  name: string;
  /** Path on the hostile fixture server, with the query for the run with ClaimLens. */
  path: string;
  /** The path for the run without ClaimLens, if different. */
  baselinePath?: string;
  /** Extra condition (an attribute selector on <html>) for "the page has finished building". */
  readyWhen?: string;
  /** What the test does to the page once it is ready (typing into an editor, say). */
  act?(page: Page, run: { withExtension: boolean }): Promise<void>;
  /** Longest wait for ClaimLens to mark everything expected. */
  timeout?: number;
  /** At least this many findings must be expected (the fixture still holds its claims). */
  minExpected: number;
}

export interface PageErrors {
  pageErrors: string[];
  consoleErrors: string[];
}

export interface RunResult {
  document: Awaited<ReturnType<typeof serializeDocument>>;
  records: Awaited<ReturnType<typeof mutationRecords>>;
  errors: PageErrors;
  heartbeat: Heartbeat;
  /** Milliseconds from "ready" to the end of the run. */
  windowMs: number;
}

export interface ExtensionRunResult extends RunResult {
  expected: Expected[];
  highlights: Awaited<ReturnType<typeof readHighlights>>;
  comparison: { missing: string[]; unexpected: string[] };
}

/** Time allowed after the highlights match, for late work to show up (extra marks, errors). */
const SETTLE_MS = 1_000;

function collectErrors(page: Page): PageErrors {
  const errors: PageErrors = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => errors.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.consoleErrors.push(message.text());
  });
  return errors;
}

export async function runWithExtension(context: BrowserContext, origin: string, testCase: HostileCase): Promise<ExtensionRunResult> {
  const opened = await openReadyWithErrors(context, `${origin}${testCase.path}`, testCase);
  const tab = opened.page;
  await tab.bringToFront();
  await resetHeartbeat(tab);
  const started = Date.now();
  await testCase.act?.(tab, { withExtension: true });
  await watchMutations(tab);

  const expected = await expectedOn(tab);
  let comparison = { missing: ['(not read yet)'], unexpected: [] as string[] };
  await waitFor(
    async () => {
      comparison = compareHighlights((await readHighlights(tab)).groups, expected);
      return comparison;
    },
    (result) => result.missing.length === 0,
    { timeout: testCase.timeout ?? 30_000, interval: 250, message: `${testCase.name}: ClaimLens to mark every expected finding` },
  ).catch((error: Error) => {
    // Reported by the test with the comparison; the rest of the run is still collected.
    comparison = { ...comparison, missing: comparison.missing.length ? comparison.missing : [error.message] };
  });
  await tab.waitForTimeout(SETTLE_MS);
  const highlights = await readHighlights(tab);
  comparison = compareHighlights(highlights.groups, expected);
  const result: ExtensionRunResult = {
    expected,
    highlights,
    comparison,
    document: await serializeDocument(tab),
    records: await mutationRecords(tab),
    errors: opened.errors,
    heartbeat: await readHeartbeat(tab),
    windowMs: Date.now() - started,
  };
  await tab.close();
  return result;
}

/** The same page without ClaimLens, watched for as long as the run with ClaimLens lasted. */
export async function runWithoutExtension(context: BrowserContext, origin: string, testCase: HostileCase, windowMs: number): Promise<RunResult> {
  const tab = await openReadyWithErrors(context, `${origin}${testCase.baselinePath ?? testCase.path}`, testCase);
  await tab.page.bringToFront();
  await resetHeartbeat(tab.page);
  const started = Date.now();
  await testCase.act?.(tab.page, { withExtension: false });
  await watchMutations(tab.page);
  const remaining = windowMs - (Date.now() - started);
  if (remaining > 0) await tab.page.waitForTimeout(remaining);
  const result: RunResult = {
    document: await serializeDocument(tab.page),
    records: await mutationRecords(tab.page),
    errors: tab.errors,
    heartbeat: await readHeartbeat(tab.page),
    windowMs: Date.now() - started,
  };
  await tab.page.close();
  return result;
}

async function openReadyWithErrors(context: BrowserContext, url: string, testCase: HostileCase) {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const selector = `[data-ready="yes"]${testCase.readyWhen ?? ''}`;
  await waitFor(() => evaluateIsolated(page, (sel: string) => document.documentElement.matches(sel), selector), Boolean, {
    timeout: 60_000,
    message: `${testCase.name}: the page to finish building (${selector})`,
  });
  // The page's own first layout of a few megabytes of text can take a second: it is over before
  // the heartbeat is watched, in both runs.
  await evaluateIsolated(
    page,
    () =>
      new Promise<boolean>((resolve) => {
        document.body.getBoundingClientRect();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
      }),
    undefined,
  );
  return { page, errors };
}
