// When the hover card shows: after the pointer rests on a finding (highlights have no events, so
// the pointer is hit-tested against range rects a few times a second), or when the reader moves
// between findings with Alt+Shift+J / Alt+Shift+K. Escape closes it.
import type { PlacedFinding } from './finding-layer';
import { findingAt } from './hit-test';
import type { HoverCard } from './hover-card';
import type { Lifetime } from './lifetime';
import type { RectsOf } from './overlay-painter';
import { inReadingOrder, stepFrom } from './reading-order';
import type { ShadowUi } from './shadow-ui';

const HIT_TEST_EVERY_MS = 80;
const SHOW_AFTER_MS = 250;
const HIDE_AFTER_MS = 300;
const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

export interface CardControllerDeps {
  view: Window;
  lifetime: Lifetime;
  ui: ShadowUi;
  card: HoverCard;
  findings(): PlacedFinding[];
  /** False when the user chose no highlighting: nothing visible to hover. */
  hoverEnabled(): boolean;
  rectsOf: RectsOf;
  /** Scrolls a finding into view and flashes it. */
  reveal(finding: PlacedFinding): void;
}

function noop(): void {}

export class CardController {
  private following = false;
  private pointer = { x: 0, y: 0, overCard: false };
  private hitTestPending = false;
  private pendingShow: PlacedFinding | null = null;
  private cancelShow = noop;
  private cancelHide = noop;
  private lastVisited: PlacedFinding | undefined;
  private focusBefore: HTMLElement | null = null;

  constructor(private readonly deps: CardControllerDeps) {}

  /** Starts following the pointer and the keyboard; called once the page has a finding. */
  start(): void {
    if (this.following) return;
    this.following = true;
    const { lifetime, view } = this.deps;
    lifetime.listen(view, 'pointermove', (event) => this.onPointerMove(event as PointerEvent), { capture: true, passive: true });
    lifetime.listen(view, 'keydown', (event) => this.onKeyDown(event as KeyboardEvent), { capture: true });
  }

  /** Shows the card for `finding` after bringing it into view; `focus` for keyboard users. */
  open(finding: PlacedFinding, focus: boolean): void {
    const { card, view, rectsOf } = this.deps;
    this.cancelShow();
    this.cancelHide();
    this.lastVisited = finding;
    this.deps.reveal(finding);
    const rect = Array.from(rectsOf(finding.range))[0] ?? finding.range.getBoundingClientRect();
    if (focus && !card.hasFocus) {
      const active = this.deps.view.document.activeElement;
      this.focusBefore = active instanceof HTMLElement && active !== this.deps.ui.hostElement ? active : null;
    }
    card.show(finding, rect, view);
    if (focus) card.focus();
  }

  close(): void {
    const { card } = this.deps;
    const hadFocus = card.hasFocus;
    this.cancelShow();
    this.cancelHide();
    card.hide();
    if (hadFocus) this.focusBefore?.focus({ preventScroll: true });
    this.focusBefore = null;
  }

  private onPointerMove(event: PointerEvent): void {
    this.pointer.x = event.clientX;
    this.pointer.y = event.clientY;
    this.pointer.overCard = this.deps.card.current !== null && this.deps.ui.contains(event);
    if (this.hitTestPending) return;
    this.hitTestPending = true;
    this.deps.lifetime.setTimeout(() => {
      this.hitTestPending = false;
      this.hitTest();
    }, HIT_TEST_EVERY_MS);
  }

  private hitTest(): void {
    const { card, lifetime, view } = this.deps;
    if (this.pointer.overCard) return this.cancelHide();
    const hit = this.deps.hoverEnabled()
      ? findingAt(this.pointer.x, this.pointer.y, this.deps.findings(), this.deps.rectsOf)
      : null;
    if (hit && hit.item === card.current) {
      this.cancelHide();
      return;
    }
    if (hit) {
      this.cancelHide();
      if (this.pendingShow === hit.item) return;
      this.cancelShow();
      this.pendingShow = hit.item;
      this.cancelShow = lifetime.setTimeout(() => {
        this.pendingShow = null;
        this.lastVisited = hit.item;
        card.show(hit.item, hit.rect, view);
      }, SHOW_AFTER_MS);
      return;
    }
    this.cancelShow();
    this.pendingShow = null;
    if (card.current && !card.hasFocus) {
      this.cancelHide();
      this.cancelHide = lifetime.setTimeout(() => this.close(), HIDE_AFTER_MS);
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.deps.card.current) {
      // The page may use Escape too: close the card but let the key through.
      this.close();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== 'KeyJ' && event.code !== 'KeyK') return;
    if (this.isTyping(event)) return;
    const ordered = inReadingOrder(this.deps.findings());
    const next = stepFrom(ordered, this.deps.card.current ?? this.lastVisited, event.code === 'KeyJ' ? 1 : -1);
    if (!next) return;
    event.preventDefault();
    this.open(next, true);
  }

  /** Keys typed into the page's fields are the page's (Option+Shift+J types a letter on a Mac). */
  private isTyping(event: KeyboardEvent): boolean {
    if (this.deps.ui.contains(event)) return false;
    const target = event.composedPath()[0];
    return target instanceof Element && target.closest(EDITABLE) !== null;
  }
}
