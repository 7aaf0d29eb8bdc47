// Extension pages as a user sees them. The popup and side panel show "the active tab of their
// window"; opened as tabs in the tests, they are pointed at a page by bringing that page to the
// front afterwards (they follow tab switches), exactly as they would follow a user switching tabs.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { openExtensionPage, type ExtensionPageName } from './extension';

export async function openExtensionPageFor(
  browser: ExtensionBrowser,
  file: Exclude<ExtensionPageName, 'options.html'>,
  target: Page,
): Promise<Page> {
  const ui = await openExtensionPage(browser, file);
  await target.bringToFront();
  return ui;
}

/** The side panel, opened as a tab and following `target`. */
export const openSidePanelFor = (browser: ExtensionBrowser, target: Page) =>
  openExtensionPageFor(browser, 'sidepanel.html', target);

/** The popup, opened as a tab and following `target`. */
export const openPopupFor = (browser: ExtensionBrowser, target: Page) => openExtensionPageFor(browser, 'popup.html', target);

/** The side panel's findings as shown: topic heading → the finding cards' quotes and verdicts. */
export function readSidePanelFindings(panel: Page) {
  return panel.evaluate(() =>
    // The page's findings are the section titled by #cl-page-findings-title (not the claim search).
    [...document.querySelectorAll('section[aria-labelledby="cl-page-findings-title"] section[data-topic]')].map((section) => ({
        topic: section.getAttribute('data-topic') ?? '',
        heading: section.querySelector('h3')?.textContent?.trim() ?? '',
        findings: [...section.querySelectorAll('article[data-verdict]')].map((card) => ({
          verdict: card.getAttribute('data-verdict') ?? '',
          text: (card.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
      })),
  );
}
