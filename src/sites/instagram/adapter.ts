// Instagram: a single-page app with an endless feed. Only posts, post dialogs, profile headers and
// reels are read; a feed post is read once it comes near the viewport, so a long feed costs
// nothing until the user scrolls to it.
import type { Region, SiteAdapter } from '../adapter';
import { blockOf, isBlockLevel, isShadowRoot } from '../dom-rules';
import { isTextRun, POST_SELECTOR, REELS_PATH, REELS_SCOPE_SELECTOR, SCOPE_SELECTOR } from './selectors';

const isBlockBoundary = (element: Element): boolean => isBlockLevel(element) || isTextRun(element);

/** Instagram's adapter; `location` decides which scopes apply (reels play outside articles). */
export function instagramAdapter(location: Pick<Location, 'pathname'>): SiteAdapter {
  const scopeSelector = (): string =>
    REELS_PATH.test(location.pathname) ? `${SCOPE_SELECTOR}, ${REELS_SCOPE_SELECTOR}` : SCOPE_SELECTOR;

  const scopeOf = (node: Node): Element | null => {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return element?.closest(scopeSelector()) ?? null;
  };

  return {
    name: 'instagram',
    isBlockBoundary,
    initialRegions: (document) => [...document.querySelectorAll(scopeSelector())],
    regionFor(node) {
      const scope = scopeOf(node);
      return scope ? blockOf(node, isBlockBoundary, scope) : null;
    },
    regionsWithin(element): Region[] {
      if (scopeOf(element)) return [element];
      return [...element.querySelectorAll(scopeSelector())];
    },
    gateFor(region) {
      if (isShadowRoot(region)) return null;
      return region.closest(POST_SELECTOR);
    },
  };
}
