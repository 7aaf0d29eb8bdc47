// Opens ClaimLens's side panel (Chrome) or sidebar (Firefox). Browsers allow this only while
// handling a user gesture, so callers open it first, before any await.
import { browser } from 'wxt/browser';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/** Best effort: when the browser refuses, the user can still open the panel themselves. */
export function openSidePanel(target: { tabId?: number; windowId?: number }): void {
  try {
    const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
    if (sidebarAction) {
      sidebarAction.open().catch(ignore);
      return;
    }
    if (target.tabId !== undefined) browser.sidePanel?.open({ tabId: target.tabId }).catch(ignore);
    else if (target.windowId !== undefined) browser.sidePanel?.open({ windowId: target.windowId }).catch(ignore);
  } catch {
    // No side panel API here (or no gesture); nothing else to try.
  }
}

function ignore(): void {}
