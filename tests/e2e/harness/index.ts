// The end-to-end harness: Debian's Chromium with the built extension, local fixture servers, and
// helpers to look at pages, extension pages, the badge and the service worker.
//
//   const h = useHarness({ instagram: true });   // in a describe/file: starts in beforeAll, stops in afterAll
//   const page = await h().open(h().http.url('/article-exosome-facial.html'));
//   await waitForHighlight(page, 'regenerates');
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { screenshotsDir } from './paths';
import { startFixtureServer, startInstagramServer, type FixtureServer } from './servers';

export * from './browser';
export * from './extension';
export * from './page';
export * from './paths';
export * from './servers';
export * from './wait';

export interface Harness {
  browser: ExtensionBrowser;
  /** Plain-HTTP server for tests/fixtures/pages at http://127.0.0.1:<port>/. */
  http: FixtureServer;
  /** The Instagram-like feed; Chromium resolves www.instagram.com to it. */
  instagram?: FixtureServer;
  /** Opens a new tab at `url` and waits for it to load. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Serve the Instagram-like feed at https://www.instagram.com/. */
  instagram?: boolean;
}

export const INSTAGRAM_ORIGIN = 'https://www.instagram.com';

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const started: { close(): Promise<void> }[] = [];
  const close = async () => {
    for (const item of started.reverse()) await item.close().catch(() => {});
  };
  try {
    const http = await startFixtureServer();
    started.push(http);
    let instagram: FixtureServer | undefined;
    if (options.instagram) {
      instagram = await startInstagramServer();
      started.push(instagram);
    }
    const browser = await launchWithExtension({
      hostResolverRules: instagram ? [`MAP www.instagram.com 127.0.0.1:${instagram.port}`] : [],
    });
    started.push(browser);
    return {
      browser,
      http,
      instagram,
      async open(url) {
        const page = await browser.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Starts a harness before the file's tests and always closes it after them, even on failure. */
export function useHarness(options: HarnessOptions = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('The harness did not start (see the beforeAll error).');
    return harness;
  };
}

/** Saves a full-page screenshot under tests/.results/screenshots/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
