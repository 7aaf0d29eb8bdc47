// Storage that lives as long as the browser session: an MV3 service worker is stopped after
// idling and restarted on the next event, and everything it keeps in memory is lost.
// browser.storage.session outlives those restarts (and is not readable by content scripts).
import { browser } from 'wxt/browser';

export interface SessionArea {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export function browserSessionArea(): SessionArea {
  const area = browser.storage?.session;
  // Browsers without storage.session run the background as a persistent page: memory suffices.
  if (!area) return memorySessionArea();
  return {
    async get<T>(key: string) {
      const items = await area.get(key);
      return items[key] as T | undefined;
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
    async remove(key) {
      await area.remove(key);
    },
  };
}

export function memorySessionArea(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    async get<T>(key: string) {
      const value = items.get(key);
      return value === undefined ? undefined : (structuredClone(value) as T);
    },
    async set(key, value) {
      items.set(key, structuredClone(value));
    },
    async remove(key) {
      items.delete(key);
    },
  };
}
