import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '../../../src/content/card-controller';
import type { PlacedFinding } from '../../../src/content/finding-layer';
import { HoverCard } from '../../../src/content/hover-card';
import { Lifetime } from '../../../src/content/lifetime';
import { ShadowUi } from '../../../src/content/shadow-ui';
import { UI_CSS } from '../../../src/content/ui-styles';
import { SHADOW_HOST_ID } from '../../../src/sites/dom-rules';
import type { Verdict } from '../../../src/claims/vocabulary';
import { fakeContext } from './support/fakes';

function finding(key: string, verdict: Verdict, summary: string, stance: 'asserted' | 'refuted' = 'asserted'): PlacedFinding {
  const p = document.createElement('p');
  p.textContent = `Text of ${key}`;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return {
    range,
    group: stance === 'refuted' ? 'refuted' : verdict,
    onImage: false,
    finding: {
      key, blockId: 'b1', claimId: key, topic: 'anti-ageing', trend: 'exosomes', evidence: 'preclinical',
      verdict, stance, quote: 'q', start: 0, end: 1, confidence: 'high',
    },
    card: { claimId: key, claim: `Claim ${key}`, summary, verdict, evidence: 'preclinical', topic: 'anti-ageing' },
  };
}

const lifetimes: Lifetime[] = [];

function setup(findings: PlacedFinding[], rects: Map<Range, DOMRect>) {
  const ui = new ShadowUi(document, UI_CSS);
  const lifetime = new Lifetime(fakeContext().ctx);
  lifetimes.push(lifetime);
  lifetime.onEnd(() => ui.dispose());
  const details = vi.fn();
  const reveal = vi.fn();
  let controller!: CardController;
  const card = new HoverCard(ui, (placed) => details(placed.finding.key), () => controller.close());
  controller = new CardController({
    view: window,
    lifetime,
    ui,
    card,
    findings: () => findings,
    hoverEnabled: () => true,
    rectsOf: (range) => (rects.has(range) ? [rects.get(range)!] : []),
    reveal,
  });
  controller.start();
  const shadow = () => document.getElementById(SHADOW_HOST_ID)!.shadowRoot!;
  const cardElement = () => shadow().querySelector('[role="dialog"]') as HTMLElement;
  return { card, controller, details, reveal, shadow, cardElement, lifetime };
}

const key = (code: string, extra: KeyboardEventInit = {}) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { code, key: code, altKey: true, shiftKey: true, bubbles: true, ...extra }));

describe('hover card', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    for (const lifetime of lifetimes.splice(0)) lifetime.end();
  });

  it('appears when the pointer rests on a finding and shows verdict, evidence and summary', () => {
    const first = finding('k1', 'misleading', 'Only shown in lab dishes.');
    const { cardElement } = setup([first], new Map([[first.range, new DOMRect(100, 100, 80, 16)]]));
    window.dispatchEvent(new MouseEvent('pointermove', { clientX: 120, clientY: 108 }));
    vi.advanceTimersByTime(400);
    const card = cardElement();
    expect(card.hidden).toBe(false);
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.querySelector('.label')!.textContent).toBe('Misleading');
    expect(card.style.getPropertyValue('--verdict')).toBe('#c2410c');
    expect(card.querySelector('.evidence')!.textContent).toBe('Lab or animal studies only');
    expect(card.querySelector('.summary')!.textContent).toBe('Only shown in lab dishes.');
  });

  it('goes away when the pointer leaves, and never shows for a pointer elsewhere', () => {
    const first = finding('k1', 'false', 'S');
    const { cardElement } = setup([first], new Map([[first.range, new DOMRect(100, 100, 80, 16)]]));
    window.dispatchEvent(new MouseEvent('pointermove', { clientX: 500, clientY: 500 }));
    vi.advanceTimersByTime(400);
    expect(document.getElementById(SHADOW_HOST_ID)).toBeNull();
    window.dispatchEvent(new MouseEvent('pointermove', { clientX: 110, clientY: 105 }));
    vi.advanceTimersByTime(400);
    expect(cardElement().hidden).toBe(false);
    window.dispatchEvent(new MouseEvent('pointermove', { clientX: 500, clientY: 500 }));
    vi.advanceTimersByTime(500);
    expect(cardElement().hidden).toBe(true);
  });

  it('puts claim text in as text, never as markup', () => {
    const hostile = finding('k1', 'false', '<img src=x onerror="window.pwned=1">');
    hostile.card!.claim = '<b>bold</b>';
    const { cardElement, controller } = setup([hostile], new Map());
    controller.open(hostile, false);
    expect(cardElement().querySelector('.summary')!.textContent).toBe('<img src=x onerror="window.pwned=1">');
    expect(cardElement().querySelector('img, b')).toBeNull();
  });

  it('moves between findings with Alt+Shift+J / K, focusing the card, and closes with Escape', () => {
    const first = finding('k1', 'false', 'one');
    const second = finding('k2', 'unproven', 'two');
    const { shadow, cardElement, reveal } = setup([first, second], new Map());
    key('KeyJ');
    expect(reveal).toHaveBeenLastCalledWith(first);
    expect(cardElement().querySelector('.summary')!.textContent).toBe('one');
    expect(shadow().activeElement?.textContent).toBe('Details');
    key('KeyJ');
    expect(cardElement().querySelector('.summary')!.textContent).toBe('two');
    key('KeyK');
    expect(cardElement().querySelector('.summary')!.textContent).toBe('one');
    shadow().activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(cardElement().hidden).toBe(true);
  });

  it('leaves the shortcut alone while the reader types in a field', () => {
    const first = finding('k1', 'false', 'one');
    const { reveal } = setup([first], new Map());
    const input = document.createElement('input');
    document.body.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true }));
    expect(reveal).not.toHaveBeenCalled();
  });

  it('sends the finding’s key when Details is pressed', () => {
    const first = finding('b3:10:exo-claim', 'overstated', 'S');
    const { shadow, controller, details } = setup([first], new Map());
    controller.open(first, true);
    (shadow().querySelector('button.details') as HTMLButtonElement).click();
    expect(details).toHaveBeenCalledWith('b3:10:exo-claim');
  });

  it('says when the passage argues against the claim', () => {
    const refuting = finding('k1', 'false', 'S', 'refuted');
    const { cardElement, controller } = setup([refuting], new Map());
    controller.open(refuting, false);
    const stance = cardElement().querySelector('.stance') as HTMLElement;
    expect(stance.hidden).toBe(false);
    expect(stance.textContent).toContain('argues against');
  });
});
