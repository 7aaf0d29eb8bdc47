// The background's side of the protocol: every handler is registered through here, so each
// message is checked for its sender and its payload before a handler sees it.
import type { GetDataType, GetReturnType, MaybePromise, RemoveListenerCallback } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ZodError } from 'zod';
import { contentToBackground } from './content';
import type { ContentToBackground, UiToBackground } from './protocol';
import { describeSender, refuse } from './refusal';
import { contentOrigin, isExtensionPage, type ContentOrigin, type MessageSender } from './senders';
import { uiToBackground } from './ui';
import { contentPayloadSchemas, KNOWN_MESSAGE_TYPES, uiPayloadSchemas } from './validation';

export type ContentHandlers = {
  [Type in keyof ContentToBackground]: (
    data: GetDataType<ContentToBackground[Type]>,
    from: ContentOrigin,
  ) => MaybePromise<GetReturnType<ContentToBackground[Type]>>;
};

export type UiHandlers = {
  [Type in keyof UiToBackground]: (
    data: GetDataType<UiToBackground[Type]>,
    sender: MessageSender,
  ) => MaybePromise<GetReturnType<UiToBackground[Type]>>;
};

/** Messages that change a tab's findings; only the top frame speaks for its page. */
const TOP_FRAME_ONLY: ReadonlySet<keyof ContentToBackground> = new Set(['scanBlocks', 'forgetBlocks', 'openDetails']);

export function listenToContentScripts(handlers: ContentHandlers): RemoveListenerCallback {
  const removers = (Object.keys(handlers) as (keyof ContentToBackground)[]).map((type) =>
    contentToBackground.onMessage(type, ({ data, sender }) => {
      const from = contentOrigin(sender);
      if (!from) return refuse(type, 'content messages must come from a tab', describeSender(sender));
      if (TOP_FRAME_ONLY.has(type) && from.frameId !== 0) {
        return refuse(type, 'only the top frame reports findings', describeSender(sender));
      }
      const payload = checkPayload(type, contentPayloadSchemas[type], data, sender);
      const handle = handlers[type] as (data: unknown, from: ContentOrigin) => unknown;
      return handle(payload, from) as never;
    }),
  );
  return () => removers.forEach((remove) => remove());
}

export function listenToExtensionPages(handlers: UiHandlers): RemoveListenerCallback {
  const removers = (Object.keys(handlers) as (keyof UiToBackground)[]).map((type) =>
    uiToBackground.onMessage(type, ({ data, sender }) => {
      if (!isExtensionPage(sender)) {
        return refuse(type, 'only ClaimLens pages may send this message', describeSender(sender));
      }
      const payload = checkPayload(type, uiPayloadSchemas[type], data, sender);
      const handle = handlers[type] as (data: unknown, sender: MessageSender) => unknown;
      return handle(payload, sender) as never;
    }),
  );
  return () => removers.forEach((remove) => remove());
}

/**
 * Logs messages that no handler will answer: not in the messaging library's format, or of a type
 * the protocol does not know. The messaging library ignores them silently.
 */
export function warnAboutUnknownMessages(): RemoveListenerCallback {
  const listener = (message: unknown, sender: MessageSender): undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    const timestamp = (message as { timestamp?: unknown } | null)?.timestamp;
    if (typeof type !== 'string' || typeof timestamp !== 'number') {
      console.warn(`[ClaimLens] ignored a malformed message from ${describeSender(sender)}`);
    } else if (!KNOWN_MESSAGE_TYPES.has(type)) {
      console.warn(`[ClaimLens] ignored unknown message "${type.slice(0, 60)}" from ${describeSender(sender)}`);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

interface PayloadSchema {
  safeParse(data: unknown): { success: true; data: unknown } | { success: false; error: ZodError };
}

function checkPayload(type: string, schema: PayloadSchema, data: unknown, sender: MessageSender): unknown {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${['data', ...issue.path.map(String)].join('.')}: ${issue.message}`)
    .join('; ');
  return refuse(type, `malformed payload (${problems})`, describeSender(sender));
}
