// Reads a region of the page as blocks of text the way a reader sees them: the text nodes under
// one block-level element form one flow across <b>, <span> and <a>, so a claim split by markup
// is still one sentence (Mark My Search's "flows"). Each block keeps segments mapping its text
// offsets back to (Text node, offset), so findings can become Ranges without touching the page.
import { MAX_BLOCK_TEXT_LENGTH } from '../messaging/limits';
import { blockLevelOnly, type BlockBoundary, breaksFlow, isShadowRoot, isSkippedElement } from '../sites/dom-rules';

export interface TextSegment {
  /** null for a line break (<br>) that is part of the flow but is not a text node. */
  node: Text | null;
  /** Where this segment starts in the block's text. */
  start: number;
  /** Where this segment starts in the node's data (a huge node may span several blocks). */
  nodeOffset: number;
  length: number;
}

export interface FlowBlock {
  kind: 'flow';
  container: Element | ShadowRoot;
  /** Which run of the container's own text this is: a nested block splits it into runs. */
  run: number;
  text: string;
  segments: TextSegment[];
}

/** An image's alt text: Instagram writes the text it finds inside pictures there. */
export interface AltBlock {
  kind: 'alt';
  container: HTMLImageElement;
  run: 0;
  text: string;
}

export type PageBlock = FlowBlock | AltBlock;

export interface WalkOptions {
  /** Called for each open shadow root met, so its changes can be watched too. */
  onShadowRoot?(root: ShadowRoot): void;
  /** Longest block text; longer flows are cut into several blocks. */
  maxBlockLength?: number;
  /** Which elements start a block (the site adapter may add its own). */
  isBlockBoundary?: BlockBoundary;
}

/** Nodes visited between checkpoints, so a huge subtree with little text still yields often. */
const NODES_PER_CHECKPOINT = 200;
const SOURCE_WHITESPACE = /[\t\n\r\f]/g;

class RunBuilder {
  text = '';
  segments: TextSegment[] = [];
  constructor(readonly container: Element | ShadowRoot) {}

  append(node: Text | null, data: string, nodeOffset: number): void {
    this.segments.push({ node, start: this.text.length, nodeOffset, length: data.length });
    this.text += data;
  }
}

/**
 * Yields every block in `region` in document order, and `null` now and then as a checkpoint so a
 * scheduler can stop between steps. The region itself must already be known not to be skipped.
 */
export function* blocksIn(region: Element | ShadowRoot, options: WalkOptions = {}): Generator<PageBlock | null> {
  const maxLength = options.maxBlockLength ?? MAX_BLOCK_TEXT_LENGTH;
  const isBoundary = options.isBlockBoundary ?? blockLevelOnly;
  const document = region.ownerDocument;
  /** A skipped element that shows on the page (a field, an editor, a frame) lies since the last node. */
  let flowBroken = false;
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType !== Node.ELEMENT_NODE || !isSkippedElement(node as Element)) return NodeFilter.FILTER_ACCEPT;
      // Text on either side of a form field or an editor is not one sentence, and a range over
      // both sides would cover the field (its hover card would open over the field).
      if (breaksFlow(node as Element)) flowBroken = true;
      return NodeFilter.FILTER_REJECT;
    },
  });
  const runsPerContainer = new Map<Node, number>();
  let run: RunBuilder | null = null;
  let lastParent: Node | null = null;
  let lastContainer: Element | ShadowRoot = region;
  let visited = 0;

  const finishRun = (): FlowBlock | null => {
    const finished = run;
    run = null;
    if (!finished || finished.text.trim() === '') return null;
    const index = runsPerContainer.get(finished.container) ?? 0;
    runsPerContainer.set(finished.container, index + 1);
    return { kind: 'flow', container: finished.container, run: index, text: finished.text, segments: finished.segments };
  };

  const containerOf = (node: Node): Element | ShadowRoot => {
    const parent = node.parentNode;
    if (parent === lastParent) return lastContainer;
    let current = parent;
    while (current && current !== region && !isShadowRoot(current) && !isBoundary(current as Element)) {
      current = current.parentNode;
    }
    lastParent = parent;
    lastContainer = current && current.nodeType !== Node.DOCUMENT_NODE ? (current as Element | ShadowRoot) : region;
    return lastContainer;
  };

  // A region that hosts a shadow root itself (a component re-read after a change in its light
  // DOM): its root is read too, or its blocks would look gone and its late content unread.
  if (region.nodeType === Node.ELEMENT_NODE && (region as Element).shadowRoot) {
    const own = (region as Element).shadowRoot!;
    options.onShadowRoot?.(own);
    yield* blocksIn(own, options);
  }

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % NODES_PER_CHECKPOINT === 0) yield null;
    if (flowBroken) {
      flowBroken = false;
      const block = finishRun();
      if (block) yield block;
    }

    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      const container = containerOf(text);
      if (run && run.container !== container) {
        const block = finishRun();
        if (block) yield block;
      }
      const data = container instanceof Element && container.localName === 'pre'
        ? text.data
        : text.data.replace(SOURCE_WHITESPACE, ' ');
      for (let offset = 0; offset < data.length; ) {
        run ??= new RunBuilder(container);
        const room = maxLength - run.text.length;
        if (room <= 0) {
          const block = finishRun();
          if (block) yield block;
          continue;
        }
        const piece = data.slice(offset, offset + room);
        run.append(text, piece, offset);
        offset += piece.length;
      }
      continue;
    }

    const element = node as Element;
    if (element.localName === 'br') {
      if (run && run.text.length < maxLength && containerOf(element) === run.container) run.append(null, '\n', 0);
      continue;
    }
    if (isBoundary(element)) {
      const block = finishRun();
      if (block) yield block;
    }
    if (element.localName === 'img') {
      const alt = element.getAttribute('alt')?.trim();
      if (alt) yield { kind: 'alt', container: element as HTMLImageElement, run: 0, text: alt.slice(0, maxLength) };
    }
    const shadowRoot = element.shadowRoot;
    if (shadowRoot) {
      const block = finishRun();
      if (block) yield block;
      options.onShadowRoot?.(shadowRoot);
      yield* blocksIn(shadowRoot, options);
    }
  }
  const last = finishRun();
  if (last) yield last;
}
