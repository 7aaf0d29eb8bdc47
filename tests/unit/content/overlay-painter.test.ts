import { afterEach, describe, expect, it } from 'vitest';
import { Lifetime } from '../../../src/content/lifetime';
import { MAX_BOXES, OverlayPainter } from '../../../src/content/overlay-painter';
import { ShadowUi } from '../../../src/content/shadow-ui';
import { UI_CSS } from '../../../src/content/ui-styles';
import { SHADOW_HOST_ID } from '../../../src/sites/dom-rules';
import { fakeContext } from './support/fakes';

const rect = (left: number, top: number, width = 40, height = 16) => new DOMRect(left, top, width, height);

function setup(rects: Map<Range, DOMRect[]>) {
  const ui = new ShadowUi(document, UI_CSS);
  const lifetime = new Lifetime(fakeContext().ctx);
  const painter = new OverlayPainter(ui, lifetime, window, (range) => rects.get(range) ?? []);
  const boxes = () => [...(document.getElementById(SHADOW_HOST_ID)?.shadowRoot?.querySelectorAll('.mark') ?? [])] as HTMLElement[];
  return { ui, painter, boxes, lifetime };
}

describe('OverlayPainter (fallback without CSS highlights, and alt-text findings)', () => {
  afterEach(() => document.getElementById(SHADOW_HOST_ID)?.remove());

  it('draws one box per client rect in ClaimLens’s own shadow root, coloured by verdict', () => {
    const range = document.createRange();
    const { painter, boxes } = setup(new Map([[range, [rect(10, 20), rect(10, 40)]]]));
    painter.add({ range, group: 'false', onImage: false });
    painter.paint();
    expect(boxes()).toHaveLength(2);
    expect(boxes()[0]!.className).toBe('mark underline');
    expect(boxes()[0]!.style.getPropertyValue('--verdict')).toBe('#cf222e');
    expect(boxes()[1]!.style.top).toBe('40px');
  });

  it('frames images and follows the chosen style', () => {
    const text = document.createRange();
    const image = document.createRange();
    const { painter, boxes } = setup(new Map([[text, [rect(0, 0)]], [image, [rect(0, 100, 200, 200)]]]));
    painter.add({ range: text, group: 'unproven', onImage: false });
    painter.add({ range: image, group: 'misleading', onImage: true });
    painter.setStyle('background');
    painter.paint();
    expect(boxes().map((box) => box.className)).toEqual(['mark background', 'mark image']);
    painter.setStyle('none');
    painter.paint();
    expect(boxes()).toHaveLength(0);
  });

  it('skips rects outside the viewport and caps the number of boxes', () => {
    const far = document.createRange();
    const many = document.createRange();
    const { painter, boxes } = setup(
      new Map([
        [far, [rect(0, window.innerHeight + 500)]],
        [many, Array.from({ length: MAX_BOXES + 50 }, (_, i) => rect(i, 10))],
      ]),
    );
    painter.add({ range: far, group: 'false', onImage: false });
    painter.add({ range: many, group: 'false', onImage: false });
    painter.paint();
    expect(boxes()).toHaveLength(MAX_BOXES);
  });

  it('adds only the one host element to the page, with an open shadow root', () => {
    const range = document.createRange();
    const before = document.documentElement.children.length;
    const { painter, ui } = setup(new Map([[range, [rect(0, 0)]]]));
    painter.add({ range, group: 'false', onImage: false });
    painter.paint();
    expect(document.documentElement.children.length).toBe(before + 1);
    const host = document.getElementById(SHADOW_HOST_ID)!;
    expect(host.getAttribute('style')).toContain('all:initial !important');
    expect(host.shadowRoot).not.toBeNull();
    ui.dispose();
    expect(document.getElementById(SHADOW_HOST_ID)).toBeNull();
  });
});
