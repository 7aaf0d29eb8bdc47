// Fan-out over the BackgroundToUi messenger: @webext-core/messaging allows one listener per
// message type in a page, while several hooks in one page want the same notification.
import type { BackgroundToUi } from '../../messaging/protocol';
import type { BackgroundEventData, SubscribeToBackground } from './ui-services';

interface SingleListenerMessenger {
  onMessage<K extends keyof BackgroundToUi>(
    type: K,
    listener: (message: { data: BackgroundEventData<K> }) => void,
  ): () => void;
}

export function createBackgroundSubscriber(messenger: SingleListenerMessenger): SubscribeToBackground {
  const listeners = new Map<keyof BackgroundToUi, Set<(data: never) => void>>();
  const detach = new Map<keyof BackgroundToUi, () => void>();

  return (type, listener) => {
    let set = listeners.get(type);
    if (!set) {
      const created = new Set<(data: never) => void>();
      listeners.set(type, created);
      detach.set(
        type,
        messenger.onMessage(type, ({ data }) => {
          for (const each of [...created]) (each as (data: unknown) => void)(data);
        }),
      );
      set = created;
    }
    set.add(listener as (data: never) => void);
    return () => {
      set.delete(listener as (data: never) => void);
      if (set.size === 0) {
        detach.get(type)?.();
        detach.delete(type);
        listeners.delete(type);
      }
    };
  };
}
