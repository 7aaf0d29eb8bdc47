// Browsers for the reliability tests: the harness's Chromium with the built extension, plus a
// local DevTools port (so a second CDP client can listen to the service worker), and the same
// Chromium without the extension, to compare a page's own behaviour with and without ClaimLens.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, launchWithExtension, type ExtensionBrowser } from '../../harness/browser';
import { chromiumPath } from '../../harness/paths';
import { wakeServiceWorker } from '../../harness/extension';
import { waitFor } from '../../harness/wait';


export interface ReliabilityBrowser extends ExtensionBrowser {
  /** Chromium's DevTools port on 127.0.0.1 (0 when not asked for). */
  devtoolsPort: number;
}

export interface ReliabilityLaunchOptions {
  hostResolverRules?: string[];
  /** Open a DevTools port on 127.0.0.1 for a second CDP client (the network recorder). */
  devtools?: boolean;
}

function hostArgs(rules: string[] | undefined): string[] {
  return rules?.length ? [`--host-resolver-rules=${rules.join(',')}`] : [];
}

/** Chromium with a snapshot of the built extension, in a throwaway profile (the harness's launch). */
export async function launchExtensionBrowser(options: ReliabilityLaunchOptions = {}): Promise<ReliabilityBrowser> {
  const browser = await launchWithExtension({
    hostResolverRules: options.hostResolverRules,
    extraArgs: options.devtools ? ['--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0'] : [],
  });
  try {
    let devtoolsPort = 0;
    if (options.devtools) {
      // Chromium writes the port it chose into the profile.
      const file = path.join(browser.userDataDir, 'DevToolsActivePort');
      devtoolsPort = await waitFor(() => Number(readFileSync(file, 'utf8').split('\n')[0]), (port) => port > 0, {
        timeout: 10_000,
        message: 'the DevTools port',
      });
    }
    return { ...browser, devtoolsPort };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The same Chromium with no extension at all (Playwright's default --disable-extensions). */
export async function launchPlainBrowser(options: { hostResolverRules?: string[] } = {}): Promise<PlainBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'claimlens-rel-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: process.env.CLAIMLENS_HEADED !== '1',
    args: [...CHROMIUM_ARGS, ...hostArgs(options.hostResolverRules)],
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/**
 * Stops the extension's service worker (CDP ServiceWorker.stopAllWorkers) and waits until Chrome
 * reports it stopped. Unlike the harness's stopServiceWorker, which waits for it to *stay*
 * stopped, this watches the stream of status events: a page that keeps sending messages wakes the
 * worker again at once, and a poll could miss the stop in between.
 */
export async function stopWorkerWhileBusy(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  try {
    const session = await browser.context.newCDPSession(page);
    const prefix = `chrome-extension://${browser.extensionId}/`;
    let armed = false;
    let stopped = false;
    session.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const version of event.versions as { scriptURL: string; runningStatus: string }[]) {
        if (armed && version.scriptURL.startsWith(prefix) && version.runningStatus === 'stopped') stopped = true;
      }
    });
    await session.send('ServiceWorker.enable');
    armed = true;
    await session.send('ServiceWorker.stopAllWorkers');
    await waitFor(() => stopped, Boolean, { timeout: 10_000, interval: 20, message: 'the service worker to stop' });
  } finally {
    await page.close().catch(() => {});
  }
}

/** Stop (even while busy), then wake: a service-worker restart with everything in memory lost. */
export async function restartWorker(browser: ExtensionBrowser): Promise<void> {
  await stopWorkerWhileBusy(browser);
  await wakeServiceWorker(browser);
}
