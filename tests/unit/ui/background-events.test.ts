import { describe, expect, it } from 'vitest';
import { createBackgroundSubscriber } from '../../../src/ui/services/background-events';

/** Mimics @webext-core/messaging: one listener per type, a second one throws. */
function singleListenerMessenger() {
  const listeners = new Map<string, (message: { data: unknown }) => void>();
  return {
    listeners,
    onMessage(type: string, listener: (message: { data: never }) => void) {
      if (listeners.has(type)) throw new Error(`only one listener for ${type}`);
      listeners.set(type, listener as (message: { data: unknown }) => void);
      return () => listeners.delete(type);
    },
  };
}

describe('background notifications', () => {
  it('lets several hooks in one page listen to the same notification', () => {
    const messenger = singleListenerMessenger();
    const subscribe = createBackgroundSubscriber(messenger);
    const seen: string[] = [];
    const stopA = subscribe('findingsChanged', ({ tabId }) => seen.push(`a${tabId}`));
    const stopB = subscribe('findingsChanged', ({ tabId }) => seen.push(`b${tabId}`));
    messenger.listeners.get('findingsChanged')!({ data: { tabId: 4 } });
    expect(seen).toEqual(['a4', 'b4']);

    stopA();
    messenger.listeners.get('findingsChanged')!({ data: { tabId: 5 } });
    expect(seen).toEqual(['a4', 'b4', 'b5']);
    stopB();
    expect(messenger.listeners.has('findingsChanged')).toBe(false);
  });
});
