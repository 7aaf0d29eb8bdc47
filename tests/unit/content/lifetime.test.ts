import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guard, Lifetime } from '../../../src/content/lifetime';
import { fakeContext } from './support/fakes';

describe('Lifetime', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('cancels its timers and listeners when it ends', () => {
    const lifetime = new Lifetime(fakeContext().ctx);
    const timer = vi.fn();
    const listener = vi.fn();
    lifetime.setTimeout(timer, 10);
    lifetime.listen(window, 'claimlens-test', listener);
    lifetime.end();
    vi.advanceTimersByTime(20);
    window.dispatchEvent(new Event('claimlens-test'));
    expect(timer).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
  });

  it('ends with the content script context, and nested lifetimes with it', () => {
    const context = fakeContext();
    const outer = new Lifetime(context.ctx);
    const inner = new Lifetime(outer);
    const cleanup = vi.fn();
    inner.onEnd(cleanup);
    context.invalidate();
    expect(inner.ended).toBe(true);
    expect(cleanup).toHaveBeenCalledOnce();
  });

  it('can end early without ending its parent', () => {
    const outer = new Lifetime(fakeContext().ctx);
    const inner = new Lifetime(outer);
    inner.end();
    expect(outer.ended).toBe(false);
  });

  it('keeps exceptions from escaping guarded callbacks', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    expect(() => guard(() => { throw new Error('bug'); })()).not.toThrow();
  });
});
