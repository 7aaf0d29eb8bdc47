// A scope for timers and listeners that ends either when the content script is invalidated (WXT's
// ctx: extension reloaded or updated) or earlier, when ClaimLens stops on this page (paused site,
// refresh). WXT's ctx helpers can only end everything at once; pages need to stop and start again.
import { report } from './report';

/** The part of WXT's ContentScriptContext this needs (also easy to fake in tests). */
export interface InvalidationSource {
  onInvalidated(callback: () => void): () => void;
  readonly isValid: boolean;
}

export class Lifetime implements InvalidationSource {
  private readonly controller = new AbortController();
  private readonly cleanups = new Set<() => void>();
  private readonly stopWatchingParent: () => void;

  constructor(parent: InvalidationSource) {
    this.stopWatchingParent = parent.onInvalidated(() => this.end());
    if (!parent.isValid) this.end();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.ended;
  }

  /** Lets a shorter lifetime nest inside this one. */
  onInvalidated(callback: () => void): () => void {
    return this.onEnd(callback);
  }

  /** Runs `cleanup` when the lifetime ends; returns a function that runs it early. */
  onEnd(cleanup: () => void): () => void {
    if (this.ended) {
      cleanup();
      return () => {};
    }
    let done = false;
    const once = (): void => {
      if (done) return;
      done = true;
      this.cleanups.delete(once);
      cleanup();
    };
    this.cleanups.add(once);
    return once;
  }

  listen<T extends EventTarget>(target: T, type: string, handler: (event: Event) => void, options: AddEventListenerOptions = {}): void {
    if (this.ended) return;
    target.addEventListener(type, guard(handler), { ...options, signal: this.signal });
  }

  setTimeout(callback: () => void, delay: number): () => void {
    const id = globalThis.setTimeout(guard(() => {
      cancel();
      callback();
    }), delay);
    const cancel = this.onEnd(() => globalThis.clearTimeout(id));
    return cancel;
  }

  requestFrame(callback: () => void): () => void {
    if (typeof globalThis.requestAnimationFrame !== 'function') return this.setTimeout(callback, 16);
    const id = globalThis.requestAnimationFrame(guard(() => {
      cancel();
      callback();
    }));
    const cancel = this.onEnd(() => globalThis.cancelAnimationFrame(id));
    return cancel;
  }

  end(): void {
    if (this.ended) return;
    this.controller.abort();
    this.stopWatchingParent();
    for (const cleanup of [...this.cleanups]) guard(cleanup)();
    this.cleanups.clear();
  }
}

/** Wraps a callback the page's events or the browser call, so no exception escapes from it. */
export function guard<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      callback(...args);
    } catch (error) {
      report(error);
    }
  };
}

export interface SliceDeadline {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}

/** Calls `callback` when the page is idle (or after `timeout` ms at the latest). */
export function requestIdle(lifetime: Lifetime, callback: (deadline: SliceDeadline | null) => void, timeout: number): () => void {
  if (typeof globalThis.requestIdleCallback !== 'function') return lifetime.setTimeout(() => callback(null), 16);
  const id = globalThis.requestIdleCallback(guard((deadline: IdleDeadline) => {
    cancel();
    callback(deadline);
  }), { timeout });
  const cancel = lifetime.onEnd(() => globalThis.cancelIdleCallback(id));
  return cancel;
}
