// What a content script needs to know about its page before it does anything.
import type { PageState } from '../messaging/protocol';
import type { Settings } from '../settings/settings';

export function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

export function isSitePaused(url: string, settings: Settings): boolean {
  const hostname = hostnameOf(url);
  return hostname !== null && settings.pausedSites.includes(hostname);
}

export function pageStateFor(url: string, settings: Settings): PageState {
  return {
    paused: isSitePaused(url, settings),
    sensitivity: settings.sensitivity,
    highlightStyle: settings.highlightStyle,
  };
}
