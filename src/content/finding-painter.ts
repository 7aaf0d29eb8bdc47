// Marks findings on the page: text findings as CSS Custom Highlights where the browser has them;
// alt-text findings (no text to paint), browsers without the API and pages that refuse our
// stylesheet get boxes in the shadow root.
import { type HighlightApi, HighlightRegistry } from './highlight-registry';
import { type HighlightStyle, highlightRules } from './highlight-styles';
import type { Lifetime } from './lifetime';
import type { OverlayMark, OverlayPainter } from './overlay-painter';
import type { PageStyles } from './page-styles';

export class FindingPainter {
  readonly highlights: HighlightRegistry | null;
  private readonly onOverlay = new Set<OverlayMark>();

  constructor(
    highlightApi: HighlightApi | null,
    private readonly styles: PageStyles,
    private readonly overlay: OverlayPainter,
    private readonly lifetime: Lifetime,
  ) {
    this.highlights = highlightApi && styles.usable ? new HighlightRegistry(highlightApi) : null;
  }

  setStyle(style: HighlightStyle): void {
    this.styles.setRules(highlightRules(style));
    this.overlay.setStyle(style);
  }

  add(mark: OverlayMark): void {
    // An image's range paints nothing as a highlight, but it is registered all the same so every
    // finding counts in CSS.highlights (what end-to-end tests and other tools read); the frame
    // around the image is what the reader sees.
    if (this.highlights && (mark.onImage || this.styleRootOf(mark.range))) {
      this.highlights.add(mark.group, mark.range);
      if (!mark.onImage) return;
    }
    this.onOverlay.add(mark);
    this.overlay.add(mark);
  }

  remove(mark: OverlayMark): void {
    this.highlights?.delete(mark.group, mark.range);
    if (this.onOverlay.delete(mark)) this.overlay.remove(mark);
  }

  /** Briefly marks a finding strongly, so the eye finds it after a jump. */
  flash(mark: OverlayMark, durationMs: number): void {
    const highlights = this.highlights;
    if (!highlights || this.onOverlay.has(mark)) {
      this.overlay.flash(mark.range, durationMs);
      return;
    }
    highlights.flash(mark.range);
    this.lifetime.setTimeout(() => highlights.unflash(mark.range), durationMs);
  }

  clear(): void {
    this.highlights?.clear();
    this.onOverlay.clear();
    this.overlay.clear();
  }

  dispose(): void {
    this.highlights?.dispose();
    this.styles.dispose();
    this.onOverlay.clear();
    this.overlay.clear();
  }

  /** ::highlight() rules apply per tree: the document, or the open shadow root the text is in. */
  private styleRootOf(range: Range): boolean {
    const root = range.startContainer.getRootNode();
    const document = range.startContainer.ownerDocument;
    if (!document || !this.styles.adoptInto(document)) return false;
    return root === document || this.styles.adoptInto(root as ShadowRoot);
  }
}
