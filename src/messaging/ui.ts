// Messengers between extension pages (popup, side panel, options) and the background.
//
//   UI page:     const settings = await uiToBackground.sendMessage('getSettings');
//                backgroundToUi.onMessage('findingsChanged', ({ data }) => ...)
//   background:  uiToBackground.onMessage(...) (through ./receive.ts, which checks the sender)
//                backgroundToUi.sendMessage('settingsChanged')
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackgroundToUi, UiToBackground } from './protocol';

export const uiToBackground = defineExtensionMessaging<UiToBackground>();
export const backgroundToUi = defineExtensionMessaging<BackgroundToUi>();
