// ClaimLens's only node in the page: one host element with a shadow root, holding the hover card
// and any boxes drawn over the page. `all: initial` keeps the page's CSS out; the host takes no
// room and no clicks itself. It is created on first use, so a page with no findings gets nothing.
import { SHADOW_HOST_ID } from '../sites/dom-rules';

const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:fixed',
  'top:0',
  'left:0',
  'width:0',
  'height:0',
  'overflow:visible',
  'z-index:2147483647',
  'pointer-events:none',
].map((declaration) => `${declaration} !important`).join(';');

export class ShadowUi {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;

  constructor(
    private readonly document: Document,
    private readonly css: string,
  ) {}

  get hostElement(): HTMLElement | null {
    return this.host;
  }

  /** The shadow root; puts the host back if the page removed it. */
  mount(): ShadowRoot {
    if (!this.host || !this.shadow) {
      // A built-in element: a custom element name ("claimlens-root") would be upgraded with the
      // page's own definition if the page registered one, running the page's code in our host.
      this.host = this.document.createElement('div');
      this.host.id = SHADOW_HOST_ID;
      this.host.setAttribute('style', HOST_STYLE);
      // Open, so accessibility tools and end-to-end tests can see the card; page CSS cannot reach in.
      this.shadow = this.host.attachShadow({ mode: 'open' });
      this.applyStyles(this.shadow);
    }
    if (!this.host.isConnected) this.document.documentElement.append(this.host);
    return this.shadow;
  }

  /** Whether `event` happened inside ClaimLens's own UI. */
  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  dispose(): void {
    this.host?.remove();
    this.host = null;
    this.shadow = null;
  }

  private applyStyles(shadow: ShadowRoot): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(this.css);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      // Inside our own shadow root a <style> element touches nothing of the page.
      const style = this.document.createElement('style');
      style.textContent = this.css;
      shadow.append(style);
    }
  }
}
