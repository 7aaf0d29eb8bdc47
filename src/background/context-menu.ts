// The "Fact-check selection" context menu item.
import { browser, type Browser } from 'wxt/browser';

export const FACT_CHECK_MENU_ID = 'claimlens-fact-check-selection';

/** Called on install and update; menu items persist across service-worker restarts. */
export async function createContextMenu(): Promise<void> {
  try {
    await browser.contextMenus.removeAll();
  } catch {
    // Nothing to remove on a fresh install.
  }
  browser.contextMenus.create(
    { id: FACT_CHECK_MENU_ID, title: 'Fact-check selection', contexts: ['selection'] },
    // Reading lastError keeps a duplicate-id race from being reported as unchecked.
    () => void browser.runtime.lastError,
  );
}

export function onFactCheckSelection(
  handle: (selectionText: string | undefined, tab: Browser.tabs.Tab | undefined) => void,
): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FACT_CHECK_MENU_ID) handle(info.selectionText, tab);
  });
}
