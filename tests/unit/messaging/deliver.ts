// Delivers a message to this context's runtime.onMessage listeners with a chosen sender, the
// way the browser would (fakeBrowser's own sendMessage always reports an empty sender).
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Reply = { res?: unknown; err?: { message?: string } } | undefined;

let nextId = 1;

export const extensionPage = (page = 'popup.html', tabId?: number) => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL(`/${page}` as '/'),
  ...(tabId !== undefined && { tab: { id: tabId } }),
});

export const contentScript = (tabId = 7, url = 'https://shop.example/serum', frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId,
  tab: { id: tabId, url },
});

export async function deliverRaw(message: unknown, sender: object): Promise<Reply> {
  let respond!: (reply: Reply) => void;
  const replied = new Promise<Reply>((resolve) => (respond = resolve));
  const results = (await fakeBrowser.runtime.onMessage.trigger(message, sender, respond)) as unknown[];
  return results.some((result) => result === true) ? replied : undefined;
}

export function deliver(type: string, data: unknown, sender: object): Promise<Reply> {
  return deliverRaw({ id: nextId++, type, data, timestamp: Date.now() }, sender);
}
