// Messengers between content scripts and the background.
//
//   content script:  contentToBackground.sendMessage('scanBlocks', {...})
//                    backgroundToContent.onMessage('showFinding', ({ data }) => ...)
//   background:      contentToBackground.onMessage(...) (through ./receive.ts, which validates)
//                    backgroundToContent.sendMessage('refresh', undefined, tabId)
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundToContent, ContentToBackground } from './protocol';

export const contentToBackground = defineExtensionMessaging<ContentToBackground>();
export const backgroundToContent = defineExtensionMessaging<BackgroundToContent>();
