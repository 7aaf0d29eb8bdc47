// A build step for wxt.config.ts: @webext-core/messaging looks message handlers up in a plain
// object, so a page sending a message typed "constructor" or "toString" reached Object.prototype
// and got an answer. Only handlers ClaimLens registered may answer.
import type { Plugin } from 'vite';

const MESSAGING = /@webext-core[\\/]messaging[\\/]dist[\\/]generic-[\w-]+\.mjs$/;
const LOOKUP = 'const listener = perTypeListeners[message.type];';
const OWN_LOOKUP =
  'const listener = Object.prototype.hasOwnProperty.call(perTypeListeners, message.type) ? perTypeListeners[message.type] : undefined;';

export function ownMessageHandlers(): Plugin {
  return {
    name: 'claimlens:own-message-handlers',
    enforce: 'pre',
    transform(code, id) {
      if (!MESSAGING.test(id)) return null;
      if (!code.includes(LOOKUP)) throw new Error(`${id}: the handler lookup changed; update src/validation/own-message-handlers.ts`);
      return { code: code.replace(LOOKUP, OWN_LOOKUP), map: null };
    },
  };
}
