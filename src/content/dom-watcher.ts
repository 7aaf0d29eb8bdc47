// One MutationObserver for the document and every open shadow root met while reading. Its
// callback hands the records over and asks for a slice — no DOM reads, no matching, nothing else.
import { guard } from './lifetime';

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // alt: text inside images; hidden: content revealed or hidden without being re-inserted;
  // contenteditable: text that becomes an editor is the reader's own, and is no longer marked.
  attributeFilter: ['alt', 'hidden', 'contenteditable'],
};

export class DomWatcher {
  private readonly observer: MutationObserver;
  private readonly watched = new WeakSet<Node>();

  constructor(Observer: typeof MutationObserver, onRecords: (records: MutationRecord[]) => void) {
    this.observer = new Observer(guard(onRecords));
  }

  watch(root: Document | ShadowRoot): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, OPTIONS);
  }

  stop(): void {
    this.observer.disconnect();
  }
}
