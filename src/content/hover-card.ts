// The small card shown over a finding: the verdict in its colour, the evidence level, a one-line
// summary and a "Details" button. Built once in the shadow root; every text goes in through
// textContent, never as markup, because claim and page text must never become HTML.
import { EVIDENCE_LABEL, VERDICT_LABEL } from '../claims/verdict-display';
import { GROUP_COLOR } from './highlight-styles';
import type { PlacedFinding } from './finding-layer';
import { guard } from './lifetime';
import type { ShadowUi } from './shadow-ui';

/** Gap between the finding and the card, and between the card and the viewport's edges. */
const GAP = 8;

interface CardParts {
  card: HTMLElement;
  label: HTMLElement;
  stance: HTMLElement;
  claim: HTMLElement;
  evidence: HTMLElement;
  summary: HTMLElement;
  details: HTMLButtonElement;
}

export class HoverCard {
  private parts: CardParts | null = null;
  private shown: PlacedFinding | null = null;
  private focused = false;

  constructor(
    private readonly ui: ShadowUi,
    private readonly onDetails: (finding: PlacedFinding) => void,
    private readonly onEscape: () => void,
  ) {}

  get current(): PlacedFinding | null {
    return this.shown;
  }

  get hasFocus(): boolean {
    return this.focused;
  }

  show(finding: PlacedFinding, anchor: DOMRectReadOnly, view: Pick<Window, 'innerWidth' | 'innerHeight'>): void {
    const parts = this.build();
    const verdict = finding.card?.verdict ?? finding.finding.verdict;
    const evidence = finding.card?.evidence ?? finding.finding.evidence;
    parts.card.style.setProperty('--verdict', GROUP_COLOR[verdict]);
    parts.label.textContent = VERDICT_LABEL[verdict];
    parts.stance.textContent =
      finding.finding.stance === 'refuted' ? 'This passage argues against the claim below.' : '';
    parts.stance.hidden = finding.finding.stance !== 'refuted';
    parts.claim.textContent = finding.card ? `Claim: ${finding.card.claim}` : '';
    parts.claim.hidden = !finding.card;
    parts.evidence.textContent = EVIDENCE_LABEL[evidence];
    parts.summary.textContent = finding.card?.summary ?? '';
    parts.card.hidden = false;
    this.shown = finding;
    this.place(parts.card, anchor, view);
  }

  /** Moves keyboard focus into the card (keyboard navigation). */
  focus(): void {
    this.parts?.details.focus({ preventScroll: true });
  }

  hide(): void {
    if (this.parts) this.parts.card.hidden = true;
    this.shown = null;
    this.focused = false;
  }

  private place(card: HTMLElement, anchor: DOMRectReadOnly, view: Pick<Window, 'innerWidth' | 'innerHeight'>): void {
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const below = anchor.bottom + GAP;
    const top = below + height > view.innerHeight && anchor.top - GAP - height >= 0 ? anchor.top - GAP - height : below;
    const left = Math.max(GAP, Math.min(anchor.left, view.innerWidth - width - GAP));
    card.style.top = `${Math.max(GAP, top)}px`;
    card.style.left = `${left}px`;
  }

  private build(): CardParts {
    const root = this.ui.mount();
    if (this.parts && this.parts.card.getRootNode() === root) return this.parts;
    const document = root.ownerDocument;
    const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] => {
      const node = document.createElement(tag);
      node.className = className;
      return node;
    };

    const card = element('div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-labelledby', 'claimlens-verdict');
    card.setAttribute('aria-describedby', 'claimlens-summary');
    card.tabIndex = -1;
    card.hidden = true;

    const verdict = element('div', 'verdict');
    const dot = element('span', 'dot');
    dot.setAttribute('aria-hidden', 'true');
    const label = element('span', 'label');
    label.id = 'claimlens-verdict';
    verdict.append(dot, label);

    const stance = element('div', 'stance');
    const claim = element('div', 'claim');
    const evidence = element('div', 'evidence');
    const summary = element('p', 'summary');
    summary.id = 'claimlens-summary';

    const actions = element('div', 'actions');
    const details = element('button', 'details');
    details.type = 'button';
    details.textContent = 'Details';
    const keys = element('span', 'keys');
    keys.textContent = 'Alt+Shift+J / K: next / previous · Esc: close';
    actions.append(details, keys);

    card.append(verdict, stance, claim, evidence, summary, actions);
    details.addEventListener('click', guard(() => {
      if (this.shown) this.onDetails(this.shown);
    }));
    card.addEventListener('focusin', () => (this.focused = true));
    card.addEventListener('focusout', () => (this.focused = false));
    card.addEventListener('keydown', guard((event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.onEscape();
    }));
    root.append(card);
    this.parts = { card, label, stance, claim, evidence, summary, details };
    return this.parts;
  }
}
