// The content script's view of the background: the two protocol maps, as plain functions. The
// entrypoint adapts the shared messengers (src/messaging/content.ts) to this; tests pass fakes.
import type { BackgroundToContent, ContentToBackground } from '../messaging/protocol';

type Data<F extends (...args: never[]) => unknown> = Parameters<F> extends [infer D] ? D : undefined;

export interface BackgroundChannel {
  send<K extends keyof ContentToBackground>(
    type: K,
    data: Data<ContentToBackground[K]>,
  ): Promise<ReturnType<ContentToBackground[K]>>;
  /** Handles a message from the background; returns a function that stops handling it. */
  handle<K extends keyof BackgroundToContent>(
    type: K,
    handler: (data: Data<BackgroundToContent[K]>) => ReturnType<BackgroundToContent[K]> | Promise<ReturnType<BackgroundToContent[K]>>,
  ): () => void;
}
