// Service-worker cold start: the worker is stopped the way Chrome stops an idle one (CDP
// ServiceWorker.stopAllWorkers, as the e2e harness does), then the popup sends `getSettings` in
// the messaging library's wire format (exactly what `uiToBackground.sendMessage('getSettings')`
// sends) and times the round trip until the background's answer arrives. A second message right
// after gives the warm round trip for comparison.
//
// The CDP session is the popup's own: the harness's helpers open a throwaway tab, and the popup
// follows tab switches with a getTabFindings message, which would wake the worker before the
// measurement.
import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';
import { openExtensionPage } from '../../e2e/harness/extension';
import { waitFor } from '../../e2e/harness/wait';

export interface ColdStartRun {
  coldMs: number;
  warmMs: number;
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

export async function measureColdStart(browser: ExtensionBrowser, runs: number): Promise<ColdStartRun[]> {
  const popup = await openExtensionPage(browser, 'popup.html');
  let session: CDPSession | undefined;
  try {
    await popup.waitForLoadState('load');
    await popup.waitForTimeout(500);
    session = await browser.context.newCDPSession(popup);
    const versions = new Map<string, WorkerVersion>();
    session.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const version of event.versions as WorkerVersion[]) versions.set(version.versionId, version);
    });
    await session.send('ServiceWorker.enable');
    const prefix = `chrome-extension://${browser.extensionId}/`;
    const ours = () => [...versions.values()].filter((version) => version.scriptURL.startsWith(prefix));
    const allStopped = () => ours().length > 0 && ours().every((version) => version.runningStatus === 'stopped');

    const results: ColdStartRun[] = [];
    for (let run = 0; run < runs; run++) {
      await session.send('ServiceWorker.stopAllWorkers');
      await waitFor(allStopped, (stopped) => stopped, { timeout: 10_000, interval: 20, message: 'the service worker to stop' });
      await popup.waitForTimeout(200);
      if (!allStopped()) throw new Error('something woke the service worker before the measurement');
      // No named functions inside: tsx would wrap them in a helper the page does not have.
      const [coldMs, warmMs] = await popup.evaluate(async () => {
        const times: number[] = [];
        for (let i = 0; i < 2; i++) {
          const message = { id: Math.floor(Math.random() * 1e9), type: 'getSettings', data: undefined, timestamp: Date.now() };
          const start = performance.now();
          const reply = (await chrome.runtime.sendMessage(message)) as { res?: unknown; err?: unknown } | undefined;
          times.push(performance.now() - start);
          if (!reply || reply.err !== undefined || reply.res === undefined) throw new Error(`getSettings failed: ${JSON.stringify(reply)}`);
        }
        return times;
      });
      const timing = { coldMs: coldMs!, warmMs: warmMs! };
      results.push(timing);
    }
    return results;
  } finally {
    await session?.detach().catch(() => {});
    await popup.close().catch(() => {});
  }
}
