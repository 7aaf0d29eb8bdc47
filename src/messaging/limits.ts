// Size limits on what a content script may send. The background refuses larger payloads, so a
// content script should trim to these before sending. Kept import-free for the content bundle.
export const MAX_URL_LENGTH = 2_048;
export const MAX_TITLE_LENGTH = 500;
export const MAX_BLOCKS_PER_MESSAGE = 500;
export const MAX_BLOCK_TEXT_LENGTH = 20_000;
export const MAX_BLOCK_ID_LENGTH = 64;
export const MAX_KEY_LENGTH = 200;
/** Text the side panel or the context menu may fact-check in one go. */
export const MAX_CHECK_TEXT_LENGTH = 20_000;
