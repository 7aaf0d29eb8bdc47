// Telling the other contexts that something changed. Every send is best effort: most tabs have
// no content script (browser pages, paused sites) and often no extension page is open.
import { browser } from 'wxt/browser';
import { backgroundToContent } from '../messaging/content';
import type { BackgroundToUi } from '../messaging/protocol';
import { backgroundToUi } from '../messaging/ui';

export function notifyUi<Type extends keyof BackgroundToUi>(
  type: Type,
  ...data: Parameters<BackgroundToUi[Type]>
): Promise<void> {
  const send = backgroundToUi.sendMessage as (type: string, data?: unknown) => Promise<unknown>;
  return send(type, data[0]).then(ignore, ignore);
}

/** Asks every content script to fetch its page state again and rescan (claims or settings changed). */
export async function refreshContentScripts(): Promise<void> {
  let tabs: { id?: number }[];
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return;
  }
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      try {
        await backgroundToContent.sendMessage('refresh', undefined, id);
      } catch {
        // No content script in this tab.
      }
    }),
  );
}

function ignore(): void {}
