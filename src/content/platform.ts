// The browser APIs ClaimLens relies on, captured once when the script starts. In Chrome a content
// script lives in an isolated world, so the page cannot swap these out from under it; capturing
// them still keeps later page changes (and other extensions' patches) from mattering, and lets
// tests inject their own.
import { type HighlightApi, nativeHighlightApi } from './highlight-registry';

export interface Platform {
  MutationObserver: typeof MutationObserver;
  /** Missing in very old browsers: feeds are then read without waiting for the viewport. */
  IntersectionObserver: typeof IntersectionObserver | undefined;
  /** Missing where CSS Custom Highlights are unsupported: findings are drawn as boxes instead. */
  highlightApi: HighlightApi | null;
  now(): number;
}

export function capturePlatform(scope: typeof globalThis = globalThis): Platform {
  const performance = scope.performance;
  return {
    MutationObserver: scope.MutationObserver,
    IntersectionObserver: typeof scope.IntersectionObserver === 'function' ? scope.IntersectionObserver : undefined,
    highlightApi: nativeHighlightApi(scope),
    now: performance ? () => performance.now() : () => Date.now(),
  };
}
