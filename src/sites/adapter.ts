// What ClaimLens needs to know about a site to read it: which parts of the page hold text worth
// checking, what counts as one block of text there, and whether reading should wait until a part
// scrolls near the viewport. One adapter per site (Hypothesis's adapters, refined-github's
// one-feature-per-file); the content runtime knows nothing site-specific.
import type { BlockBoundary } from './dom-rules';

/** A part of the page read in one walk: an element, or an open shadow root. */
export type Region = Element | ShadowRoot;

export interface SiteAdapter {
  readonly name: string;
  /** Which elements start a block of text on this site. Must be the same for every walk. */
  readonly isBlockBoundary: BlockBoundary;
  /** Regions to read when the page starts, and again after a single-page navigation. */
  initialRegions(document: Document): Region[];
  /** The region to read again after `node` changed, or null when the site's text lies elsewhere. */
  regionFor(node: Node): Region | null;
  /** Regions to read inside `element`, a block-level element just added to the page. */
  regionsWithin(element: Element): Region[];
  /** The element whose nearness to the viewport gates reading `region`; null reads it at once. */
  gateFor(region: Region): Element | null;
}
