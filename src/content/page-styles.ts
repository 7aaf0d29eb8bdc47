// ClaimLens's one stylesheet for the page: ::highlight() rules need to live in the document (and in
// each open shadow root holding findings). It is a constructed sheet in adoptedStyleSheets, so no
// <style> node is ever added to the page.
import { report } from './report';

type StyledRoot = Document | ShadowRoot;

export class PageStyles {
  private readonly sheet: CSSStyleSheet | null;
  private readonly roots = new Set<StyledRoot>();

  constructor(document: Document) {
    this.sheet = createSheet(document);
  }

  get usable(): boolean {
    return this.sheet !== null;
  }

  setRules(css: string): void {
    try {
      this.sheet?.replaceSync(css);
    } catch (error) {
      report(error);
    }
  }

  /**
   * Makes sure `root` uses the sheet. Checked on every use, because some pages reassign their
   * adoptedStyleSheets wholesale. False when the browser refuses (the caller falls back).
   */
  adoptInto(root: StyledRoot): boolean {
    const sheet = this.sheet;
    if (!sheet) return false;
    try {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.roots.add(root);
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  }

  dispose(): void {
    for (const root of this.roots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
      } catch (error) {
        report(error);
      }
    }
    this.roots.clear();
  }
}

function createSheet(document: Document): CSSStyleSheet | null {
  try {
    const Sheet = globalThis.CSSStyleSheet ?? document.defaultView?.CSSStyleSheet;
    return typeof Sheet === 'function' && 'adoptedStyleSheets' in document ? new Sheet() : null;
  } catch {
    return null;
  }
}
