// Looking at a page the way the product affects it: its CSS highlights, its DOM, the shadow host.
// CSS.highlights is per document, so the registry the content script fills in its isolated world
// is visible from the page's main world, where page.evaluate runs.
import type { Page } from 'playwright-core';
import { GROUP_COLOR } from '../../../src/content/highlight-styles';
import { waitFor, type WaitOptions } from './wait';

export const SHADOW_HOST_ID = 'claimlens-root';
export const HIGHLIGHT_PREFIX = 'claimlens-';

/**
 * What ClaimLens marks on the page, by group (a verdict, "refuted", or "flash"):
 * - the text of every range in every `claimlens-*` CSS highlight;
 * - for findings in an image's alt text, which has no text to highlight, the image's alt text when
 *   a frame is drawn over the image in ClaimLens's shadow root (the group read from the frame's
 *   `--verdict` colour). Frames are drawn only for images in or near the viewport.
 */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(
    ({ prefix, hostId, colors }) => {
      const result: Record<string, string[]> = {};
      const push = (group: string, text: string) => (result[group] ??= []).push(text);
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith(prefix)) continue;
        result[name.slice(prefix.length)] ??= [];
        for (const range of highlight) {
          const text = range.toString();
          const node = range instanceof Range ? range.startContainer.childNodes[range.startOffset] : undefined;
          push(name.slice(prefix.length), !text.trim() && node instanceof HTMLImageElement ? node.alt : text);
        }
      }
      const root = document.getElementById(hostId)?.shadowRoot;
      const frames = root ? [...root.querySelectorAll<HTMLElement>('.mark.image')] : [];
      if (frames.length > 0) {
        const images = [...document.querySelectorAll<HTMLImageElement>('img[alt]')];
        const groupByColor = new Map(Object.entries(colors).map(([group, color]) => [color.toLowerCase(), group]));
        for (const frame of frames) {
          const box = frame.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          const image = images.find((img) => {
            const r = img.getBoundingClientRect();
            return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
          });
          const color = frame.style.getPropertyValue('--verdict').trim().toLowerCase();
          if (image) push(groupByColor.get(color) ?? `unknown(${color})`, image.alt);
        }
      }
      return result;
    },
    { prefix: HIGHLIGHT_PREFIX, hostId: SHADOW_HOST_ID, colors: GROUP_COLOR },
  );
}

/** Every highlighted text on the page, whatever its verdict (not the passing "show on page" flash). */
export async function highlightedTexts(page: Page): Promise<string[]> {
  const { flash: _flash, ...groups } = await readHighlights(page);
  return Object.values(groups).flat();
}

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** True when some highlighted range contains `fragment` (whitespace and case folded). */
export function isHighlighted(texts: string[], fragment: string): boolean {
  const wanted = squash(fragment);
  return texts.some((text) => squash(text).includes(wanted));
}

/** Waits until a highlighted range contains `fragment`; returns all highlights then. */
export async function waitForHighlight(page: Page, fragment: string, options: WaitOptions = {}) {
  await waitFor(() => highlightedTexts(page), (texts) => isHighlighted(texts, fragment), {
    message: `a highlight containing "${fragment}"`,
    ...options,
  });
  return readHighlights(page);
}

/** The viewport point at the middle of the first line of the highlighted range containing `fragment`. */
export async function highlightPoint(page: Page, fragment: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ prefix, wanted }) => {
      const squashText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith(prefix)) continue;
        for (const range of highlight) {
          if (!(range instanceof Range) || !squashText(range.toString()).includes(wanted)) continue;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
          return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    { prefix: HIGHLIGHT_PREFIX, wanted: squash(fragment) },
  );
  if (!point) throw new Error(`No highlighted range contains "${fragment}"`);
  return point;
}

/** How many ClaimLens shadow hosts the document has. */
export function shadowHostCount(page: Page): Promise<number> {
  return page.evaluate((id) => document.querySelectorAll(`#${id}`).length, SHADOW_HOST_ID);
}

/**
 * Text inside the ClaimLens shadow root (open roots only: a closed root reads as null). The card is
 * the product's own UI, so the test reads its visible text rather than its markup.
 */
export function shadowText(page: Page): Promise<string | null> {
  return page.evaluate((id) => {
    const host = document.getElementById(id);
    const root = host?.shadowRoot;
    if (!root) return null;
    const visible: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('style,script,template')) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (parent.getClientRects().length === 0) continue;
      visible.push(node.textContent ?? '');
    }
    return visible.join(' ').replace(/\s+/g, ' ').trim();
  }, SHADOW_HOST_ID);
}

/**
 * The page's document as HTML, without the ClaimLens shadow host, next to the document the server
 * sent (the same URL fetched again and parsed without running anything: the static fixture pages
 * have no scripts, so that is the page as the browser built it before any content script ran).
 * Head, body and the attributes of <html> are all compared; adopted style sheets are not markup.
 */
export function documentBeforeAndAfter(page: Page): Promise<{ before: string; after: string }> {
  return page.evaluate(async (id) => {
    const serialise = (root: HTMLElement) => {
      const copy = root.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(`#${id}`).forEach((host) => host.remove());
      // Whitespace between </body> and </html> is moved into <body> by the parser either way.
      return copy.outerHTML;
    };
    const html = await (await fetch(location.href, { cache: 'no-store' })).text();
    const original = new DOMParser().parseFromString(html, 'text/html');
    return { before: serialise(original.documentElement), after: serialise(document.documentElement) };
  }, SHADOW_HOST_ID);
}
