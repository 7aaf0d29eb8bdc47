// Every Instagram selector ClaimLens uses, in one place, because Instagram's markup changes
// often. They lean on semantic structure (article, role, dir=auto, alt) rather than generated
// class names. Each one has a fixture page in tests/fixtures/instagram/ and a test reading it.

/**
 * Parts of an Instagram page whose text is read. All are block-level elements, so a block of text
 * is the same whichever of them a walk starts from.
 *
 * - `article`: a post in the home feed or on its own page (feed.html, post-page.html)
 * - `div[role="dialog"]`: a post opened over the profile grid, with its comments (post-dialog.html)
 * - `header section`: a profile's header; the bio is text in it (profile.html)
 */
export const SCOPE_SELECTOR = 'article, div[role="dialog"], header section';

/** Reels play in `main`, one after another, without an article around each (reels.html). */
export const REELS_SCOPE_SELECTOR = 'main';
export const REELS_PATH = /^\/reels?\//;

/** A post in a feed: read only while it is near the viewport (feed.html). */
export const POST_SELECTOR = 'article';

/**
 * Captions, comments and bios are each one element with dir="auto" (next to the username link
 * and the "more" button): each is a block of its own (feed.html, post-dialog.html, profile.html).
 */
export function isTextRun(element: Element): boolean {
  return element.getAttribute('dir') === 'auto';
}
