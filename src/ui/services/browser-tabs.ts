// The active tab of the window this page lives in (popup or side panel), and when it changes.
import { browser } from 'wxt/browser';
import type { ActiveTab, TabEvents } from './ui-services';

export function createBrowserTabEvents(): TabEvents {
  return {
    async getActiveTab(): Promise<ActiveTab | null> {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!tab || tab.id === undefined) return null;
      return { id: tab.id, url: tab.url, title: tab.title };
    },

    onActiveTabChange(listener) {
      let windowId: number | undefined;
      // The side panel lives in one window; switches in other windows are not its business.
      browser.windows
        .getCurrent()
        .then((current) => (windowId = current.id))
        .catch(() => undefined);
      const onActivated = (info: { tabId: number; windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) listener();
      };
      const onUpdated = (_tabId: number, change: { url?: string; status?: string; title?: string }, tab: { active?: boolean; windowId?: number }) => {
        if (!tab.active || (windowId !== undefined && tab.windowId !== windowId)) return;
        if (change.url !== undefined || change.status === 'complete' || change.title !== undefined) listener();
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },
  };
}
