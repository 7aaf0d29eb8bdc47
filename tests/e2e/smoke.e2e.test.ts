// The harness itself: the built extension loads in Debian's Chromium, its service worker is found
// and can be stopped and woken, fixture pages are served, and www.instagram.com reaches the local
// HTTPS fixture server through the host-resolver rule.
import { describe, expect, it } from 'vitest';
import {
  evaluateInWorker,
  INSTAGRAM_ORIGIN,
  restartServiceWorker,
  tabIdOf,
  useHarness,
  workerRunningStatus,
} from './harness';

describe('e2e harness', () => {
  const h = useHarness({ instagram: true });

  it('loads the extension and finds its service worker', async () => {
    const { browser } = h();
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await evaluateInWorker(browser, () => chrome.runtime.getManifest(), undefined);
    expect(manifest.name).toBe('ClaimLens');
    expect(manifest.manifest_version).toBe(3);
  });

  it('serves fixture pages over plain HTTP and finds their tab ids', async () => {
    const page = await h().open(h().http.url('/no-trend-sunscreen.html'));
    expect(await page.title()).toContain('sunscreen');
    const tabId = await tabIdOf(h().browser, page);
    expect(tabId).toBeGreaterThan(0);
    await page.close();
  });

  it('serves the Instagram-like feed at https://www.instagram.com/', async () => {
    const page = await h().open(`${INSTAGRAM_ORIGIN}/`);
    expect(page.url()).toBe(`${INSTAGRAM_ORIGIN}/`);
    await expect.poll(() => page.locator('article').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => location.protocol)).toBe('https:');
    await page.close();
  });

  it('stops and wakes the service worker', async () => {
    const { browser } = h();
    await evaluateInWorker(browser, () => {
      (globalThis as { e2eMarker?: number }).e2eMarker = 1;
    }, undefined);
    await restartServiceWorker(browser);
    expect(await workerRunningStatus(browser)).toBe('running');
    const marker = await evaluateInWorker(browser, () => (globalThis as { e2eMarker?: number }).e2eMarker, undefined);
    expect(marker).toBeUndefined();
  });
});
