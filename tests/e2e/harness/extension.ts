// Reaching into the extension from a test: its pages, its service worker, the toolbar badge, tabs.
import type { CDPSession, Page, Worker } from 'playwright-core';

/** A function run in another context (page or worker); it sees only its argument. */
type PageFunction<A, R> = (arg: A) => R | Promise<R>;
import type { ExtensionBrowser } from './browser';
import { waitFor } from './wait';

export type ExtensionPageName = 'popup.html' | 'sidepanel.html' | 'options.html';

export function extensionUrl(browser: ExtensionBrowser, file: string, query?: Record<string, string | number>): string {
  const url = new URL(`chrome-extension://${browser.extensionId}/${file}`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, String(value));
  return url.href;
}

/** Opens popup.html / sidepanel.html / options.html as an ordinary tab. */
export async function openExtensionPage(
  browser: ExtensionBrowser,
  file: ExtensionPageName,
  query?: Record<string, string | number>,
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, file, query));
  return page;
}

function currentWorker(browser: ExtensionBrowser): Worker | undefined {
  return browser.context
    .serviceWorkers()
    .filter((worker) => worker.url().startsWith(`chrome-extension://${browser.extensionId}/`))
    .at(-1);
}

/**
 * Runs `fn` in the extension's service worker. A stopped worker is woken first (Playwright keeps
 * the same Worker handle across a restart, but evaluating while it is stopped fails).
 */
export async function evaluateInWorker<R, A>(
  browser: ExtensionBrowser,
  fn: PageFunction<A, R>,
  arg: A,
): Promise<R> {
  let woke = false;
  return waitFor(
    async () => {
      const worker = currentWorker(browser);
      if (!worker || (woke && (await workerRunningStatus(browser)) !== 'running')) {
        if (!woke) await wakeServiceWorker(browser);
        woke = true;
        throw new Error('service worker not running');
      }
      try {
        return { value: (await worker.evaluate(fn as never, arg as never)) as R };
      } catch (error) {
        if (!woke) await wakeServiceWorker(browser);
        woke = true;
        throw error;
      }
    },
    () => true,
    { timeout: 20_000, message: 'an evaluation in the service worker' },
  ).then((result) => result.value);
}

/** The toolbar badge text for a tab ('' when there is none). */
export function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return evaluateInWorker(browser, (id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * The Chrome tab id of a Playwright page. The extension has no `tabs` permission, so tab URLs are
 * hidden from it: the page is brought to the front and the active tab of the focused window is
 * taken (all Playwright pages of a persistent context are tabs of one window).
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const found = await evaluateInWorker(
    browser,
    async () => {
      const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tabs.map((tab) => ({ id: tab.id, url: tab.url }));
    },
    undefined,
  );
  const tab = found[0];
  if (found.length !== 1 || tab?.id === undefined) throw new Error(`Expected one active tab, found ${JSON.stringify(found)}`);
  if (tab.url !== undefined && tab.url !== page.url()) {
    throw new Error(`The active tab is ${tab.url}, not ${page.url()}`);
  }
  return tab.id;
}

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping' | 'none';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: Exclude<RunningStatus, 'none'>;
}

/**
 * Runs `fn` with a CDP session on a throwaway blank tab, with the ServiceWorker domain enabled
 * (it needs a page target: a persistent context has no browser-level session) and a live view of
 * the extension's worker versions.
 */
async function withWorkerVersions<R>(
  browser: ExtensionBrowser,
  fn: (session: CDPSession, ours: () => WorkerVersion[]) => Promise<R>,
): Promise<R> {
  const page = await browser.context.newPage();
  try {
    const session = await browser.context.newCDPSession(page);
    const versions = new Map<string, WorkerVersion>();
    session.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const version of event.versions as WorkerVersion[]) versions.set(version.versionId, version);
    });
    await session.send('ServiceWorker.enable');
    const prefix = `chrome-extension://${browser.extensionId}/`;
    const ours = () => [...versions.values()].filter((version) => version.scriptURL.startsWith(prefix));
    // enable() replays the known versions as events.
    await waitFor(ours, (list) => list.length > 0, { timeout: 3_000, message: 'worker versions' }).catch(() => {});
    return await fn(session, ours);
  } finally {
    await page.close().catch(() => {});
  }
}

/** The extension service worker's running status, read through CDP's ServiceWorker domain. */
export async function workerRunningStatus(browser: ExtensionBrowser): Promise<RunningStatus> {
  return withWorkerVersions(browser, async (_session, ours) => {
    const list = ours();
    if (list.some((version) => version.runningStatus === 'running')) return 'running';
    return list.at(-1)?.runningStatus ?? 'none';
  });
}

/**
 * Stops the extension's service worker the way Chrome does when it is idle (CDP
 * `ServiceWorker.stopAllWorkers`), and waits until it is stopped. Its in-memory state is gone;
 * whatever it keeps must come back from storage when it next wakes.
 */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  await withWorkerVersions(browser, async (session, ours) => {
    await session.send('ServiceWorker.stopAllWorkers');
    await waitFor(ours, (list) => list.length > 0 && list.every((version) => version.runningStatus === 'stopped'), {
      timeout: 10_000,
      message: 'the service worker to stop',
    });
  });
}

/**
 * Wakes the service worker with an event, as any extension page or content script would: a
 * runtime message (unknown to the product's protocol, so it is ignored) sent from a throwaway
 * extension tab (the extension's manifest.json, which runs no product code).
 */
export async function wakeServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(extensionUrl(browser, 'manifest.json'));
    await page.evaluate(() => chrome.runtime.sendMessage({ claimlensE2eWake: true }).catch(() => undefined));
  } finally {
    await page.close().catch(() => {});
  }
  await waitFor(() => workerRunningStatus(browser), (status) => status === 'running', {
    timeout: 10_000,
    message: 'the service worker to start',
  });
}

/** Stop, then wake: a service worker restart with everything in memory lost. */
export async function restartServiceWorker(browser: ExtensionBrowser): Promise<void> {
  await stopServiceWorker(browser);
  await wakeServiceWorker(browser);
}
