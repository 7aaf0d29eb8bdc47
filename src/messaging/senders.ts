// Who sent a message. Content scripts run inside web pages the page can influence; extension
// pages (popup, side panel, options) are the only senders trusted with UI messages. An extension
// page opened as a tab has `sender.tab` too, so trust is decided by the sender's URL.
import { browser, type Browser } from 'wxt/browser';

export type MessageSender = Browser.runtime.MessageSender;

/** Where a content-script message came from. */
export interface ContentOrigin {
  tabId: number;
  frameId: number;
  url: string | undefined;
}

export function isExtensionPage(sender: MessageSender): boolean {
  const extensionRoot = browser.runtime.getURL('/');
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionRoot);
}

/** The tab of a content-script sender, or null when the sender is not in a tab. */
export function contentOrigin(sender: MessageSender): ContentOrigin | null {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  return { tabId, frameId: sender.frameId ?? 0, url: sender.url };
}
