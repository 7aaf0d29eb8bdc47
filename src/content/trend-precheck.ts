// One cheap look at a whole region before it is read block by block. Reading blocks is costly (a
// TreeWalker with a filter, segments per text node); nearly every page names no trend ingredient,
// and for those this look is all ClaimLens does: the browser hands over the region's text in one
// piece (textContent), the trigger test runs over it in chunks, and what textContent leaves out
// (alt text, open shadow roots) is looked at through selectors, without touching every element.
import type { Region } from '../sites/adapter';

/** Characters tested per step. */
const CHUNK = 65_536;
/** Chunks overlap, so a trend name across a chunk boundary is whole in one of them. */
const OVERLAP = 512;
/** Custom elements (a hyphen in the name): where pages attach shadow roots. */
const CUSTOM_ELEMENTS = ".//*[contains(local-name(), '-')]";

/**
 * Whether `region` may hold a block that names a trend ingredient; false means it does not. Text
 * the reader does not see (scripts, hidden elements) is tested too: it can only make the answer
 * "may". Every open shadow root met is reported, so changes inside it are watched. Yields between
 * steps, so a scheduler can stop in between.
 */
export function* mayNameTrend(
  region: Region,
  isTrendText: (text: string) => boolean,
  onShadowRoot: (root: ShadowRoot) => void,
): Generator<void, boolean> {
  const text = region.textContent ?? '';
  yield;
  for (let start = 0; start < text.length; start += CHUNK) {
    if (isTrendText(text.slice(Math.max(0, start - OVERLAP), start + CHUNK))) return true;
    yield;
  }
  const alts = [...region.querySelectorAll('img[alt]')].map((image) => image.getAttribute('alt')).join('\n');
  if (alts && isTrendText(alts)) return true;
  for (const root of openShadowRoots(region)) {
    onShadowRoot(root);
    if (yield* mayNameTrend(root, isTrendText, onShadowRoot)) return true;
  }
  return false;
}

/**
 * The open shadow roots directly inside `region` (not inside other shadow roots). Only custom
 * elements are asked: looking at every element costs more than reading the text (22 ms against
 * 12 ms on 5 MB, since each element needs a wrapper in the content script's world), and built-in
 * elements rarely host a shadow root; one that does is read when its region's own text names a
 * trend ingredient (the region is then walked, shadow roots and all).
 */
function openShadowRoots(region: Region): ShadowRoot[] {
  const hosts: Element[] = region.nodeType === Node.ELEMENT_NODE ? [region as Element] : [];
  const document = region.ownerDocument;
  if (typeof document.evaluate === 'function') {
    const found = document.evaluate(CUSTOM_ELEMENTS, region, null, XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, null);
    for (let i = 0; i < found.snapshotLength; i++) hosts.push(found.snapshotItem(i) as Element);
  } else {
    // No XPath (test DOMs): the same custom elements, found by walking.
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node as Element).localName.includes('-')) hosts.push(node as Element);
    }
  }
  return hosts.flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
}
