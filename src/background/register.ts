// Wires every background listener. Runs synchronously at the top of the service worker: an MV3
// worker woken by an event only delivers it to listeners registered in its first turn.
import { listenToContentScripts, listenToExtensionPages, warnAboutUnknownMessages } from '../messaging/receive';
import { browser } from 'wxt/browser';
import { createContentHandlers } from './content-handlers';
import { createContextMenu, onFactCheckSelection } from './context-menu';
import { factCheckSelection } from './selection-check';
import { createBackgroundServices, type BackgroundServices } from './services';
import { watchTabs } from './tab-lifecycle';
import { createUiHandlers } from './ui-handlers';

/** Returns a function that removes the message listeners (tests register more than once). */
export function registerBackground(services: BackgroundServices = createBackgroundServices()): () => void {
  const stopWarning = warnAboutUnknownMessages();
  const stopContent = listenToContentScripts(createContentHandlers(services));
  const stopUi = listenToExtensionPages(createUiHandlers(services));
  browser.runtime.onInstalled.addListener(() => void createContextMenu());
  onFactCheckSelection((selectionText, tab) => void factCheckSelection(services, selectionText, tab));
  watchTabs(services);
  return () => {
    stopWarning();
    stopContent();
    stopUi();
  };
}
