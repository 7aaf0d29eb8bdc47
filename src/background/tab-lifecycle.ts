// Findings belong to one page in one tab: they go when the tab closes or leaves the page.
import { browser } from 'wxt/browser';
import { isSamePage } from './page-findings';
import type { BackgroundServices } from './services';
import { publishTabFindings } from './tab-updates';

export function watchTabs(services: BackgroundServices): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    services.tabFindings.remove(tabId).catch(ignore);
    services.researchLogRecorder.forgetTab(tabId).catch(ignore);
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    const url = changeInfo.url;
    if (url === undefined) return;
    // A content script that already reported the new page keeps its findings; any other
    // page's findings are stale (and a page without a content script never clears them).
    void forgetOtherPage(services, tabId, url);
  });
}

export async function forgetOtherPage(services: BackgroundServices, tabId: number, url: string): Promise<void> {
  let cleared = false;
  try {
    await services.tabFindings.update(tabId, (current) => {
      if (!current || isSamePage(current.url, url)) return current;
      cleared = true;
      return null;
    });
  } catch {
    return;
  }
  if (!cleared) return;
  // The tab left the page: coming back to it is another visit in the research log.
  await services.researchLogRecorder.forgetTab(tabId).catch(ignore);
  await publishTabFindings(tabId, null);
}

function ignore(): void {}
