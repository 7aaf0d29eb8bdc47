// Opening the side panel differs per browser. Both calls must be made synchronously in the
// click handler: the browsers accept them only while the user gesture is still active.
import { browser } from 'wxt/browser';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

export function openSidePanel(tabId: number): Promise<void> {
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  if (sidebarAction) return sidebarAction.open();
  if (browser.sidePanel) return browser.sidePanel.open({ tabId });
  return Promise.reject(new Error('This browser has no side panel API'));
}
