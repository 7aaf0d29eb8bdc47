// Draws findings as boxes in ClaimLens's shadow root, from Range.getClientRects(): for findings in
// an image's alt text (there is no text to highlight), and for every finding where the CSS Custom
// Highlight API is missing. Boxes follow the page on scroll and resize, repainted once per frame.
import { GROUP_COLOR, type HighlightStyle, tint } from './highlight-styles';
import type { HighlightGroup } from './highlight-registry';
import type { Lifetime } from './lifetime';
import type { ShadowUi } from './shadow-ui';

export interface OverlayMark {
  range: Range;
  group: HighlightGroup;
  /** The range surrounds an image: drawn as a frame around it. */
  onImage: boolean;
}

export type RectsOf = (range: Range) => ArrayLike<DOMRectReadOnly>;

/** Boxes drawn per frame at most; a page with more findings than this is not made slower. */
export const MAX_BOXES = 400;

export class OverlayPainter {
  private readonly marks = new Set<OverlayMark>();
  private readonly flashes = new Set<Range>();
  private layer: HTMLElement | null = null;
  private repaintPending = false;
  private following = false;
  private style: HighlightStyle = 'underline';

  constructor(
    private readonly ui: ShadowUi,
    private readonly lifetime: Lifetime,
    private readonly view: Window,
    private readonly rectsOf: RectsOf = (range) => range.getClientRects(),
  ) {}

  add(mark: OverlayMark): void {
    this.marks.add(mark);
    this.repaint();
  }

  remove(mark: OverlayMark): void {
    if (this.marks.delete(mark)) this.repaint();
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.repaint();
  }

  flash(range: Range, durationMs: number): void {
    this.flashes.add(range);
    this.repaint();
    this.lifetime.setTimeout(() => {
      this.flashes.delete(range);
      this.repaint();
    }, durationMs);
  }

  clear(): void {
    this.marks.clear();
    this.flashes.clear();
    this.layer?.replaceChildren();
  }

  /** Draws now (tests and the first paint); otherwise use repaint(). */
  paint(): void {
    if (this.marks.size === 0 && this.flashes.size === 0) {
      this.layer?.replaceChildren();
      return;
    }
    const layer = this.ensureLayer();
    const boxes: HTMLElement[] = [];
    const height = this.view.innerHeight;
    const draw = (range: Range, className: string, group: HighlightGroup | null): void => {
      for (const rect of Array.from(this.rectsOf(range))) {
        if (boxes.length >= MAX_BOXES) return;
        if (rect.width === 0 || rect.bottom < 0 || rect.top > height) continue;
        boxes.push(this.box(rect, className, group));
      }
    };
    for (const mark of this.marks) {
      if (this.style === 'none') break;
      draw(mark.range, mark.onImage ? 'image' : this.style, mark.group);
    }
    for (const range of this.flashes) draw(range, 'flash', null);
    layer.replaceChildren(...boxes);
  }

  /** Schedules one paint for the next frame. */
  repaint(): void {
    this.follow();
    if (this.repaintPending) return;
    this.repaintPending = true;
    this.lifetime.requestFrame(() => {
      this.repaintPending = false;
      this.paint();
    });
  }

  private follow(): void {
    if (this.following) return;
    this.following = true;
    const repaint = (): void => this.repaint();
    this.lifetime.listen(this.view, 'scroll', repaint, { capture: true, passive: true });
    this.lifetime.listen(this.view, 'resize', repaint, { passive: true });
  }

  private ensureLayer(): HTMLElement {
    const root = this.ui.mount();
    if (!this.layer || this.layer.getRootNode() !== root) {
      this.layer = root.ownerDocument.createElement('div');
      this.layer.className = 'layer';
      root.append(this.layer);
    }
    return this.layer;
  }

  private box(rect: DOMRectReadOnly, className: string, group: HighlightGroup | null): HTMLElement {
    const box = this.ui.mount().ownerDocument.createElement('div');
    box.className = `mark ${className}`;
    const { style } = box;
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    if (group) {
      style.setProperty('--verdict', GROUP_COLOR[group]);
      style.setProperty('--tint', tint(GROUP_COLOR[group], 0.22));
    }
    return box;
  }
}
