// Cheap structural rules for reading a page's text: which elements break the flow of text, and
// which subtrees are never read or touched. Tag checks only — no computed style — because these run
// on every element the walker meets.

/** Elements that start a new line of text: a claim never continues across one of them. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Subtrees whose text is not reading matter (code, media, form controls). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'iframe', 'object',
  'embed', 'canvas', 'video', 'audio', 'input', 'textarea', 'select', 'option', 'optgroup',
]);

/** Skipped elements the reader sees as a box of their own: text on either side is not one flow. */
const FLOW_BREAKING_TAGS = new Set([
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'input', 'textarea', 'select',
]);

export const SHADOW_HOST_ID = 'claimlens-root';

const HIDDEN_INLINE = /(?:^|;)\s*display\s*:\s*none\b/i;

export function isBlockLevel(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

function hasEditableAttribute(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** An element whose subtree ClaimLens must neither read nor highlight. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.id === SHADOW_HOST_ID) return true;
  if (element.hasAttribute('hidden')) return true;
  // The attribute, not element.style: reading .style makes the browser keep a style object per element.
  const inlineStyle = element.getAttribute('style');
  if (inlineStyle !== null && HIDDEN_INLINE.test(inlineStyle)) return true;
  return hasEditableAttribute(element);
}

/**
 * A skipped element that still shows (a form field, an editor, a frame, a picture): the text before
 * and after it are separate runs. Invisible ones (script, style, hidden) leave the flow whole.
 */
export function breaksFlow(element: Element): boolean {
  return FLOW_BREAKING_TAGS.has(element.localName) || hasEditableAttribute(element);
}

/** True when `node` or an ancestor is a skipped subtree (script, hidden, form field, editor). */
export function isInsideSkipped(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let current: Node | null = node; current; current = parentAcrossShadow(current)) {
    if (current.nodeType === Node.ELEMENT_NODE && isSkippedElement(current as Element)) return true;
  }
  return false;
}

/** The parent node, stepping out of a shadow root to its host. */
export function parentAcrossShadow(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return isShadowRoot(node) ? node.host : null;
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node && !!(node as ShadowRoot).host;
}

/** Whether `node` lies inside `container`, looking through shadow roots. */
export function composedContains(container: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = parentAcrossShadow(current)) {
    if (current === container) return true;
  }
  return false;
}

/** Decides whether an element starts its own block of text (block-level tags, plus site rules). */
export type BlockBoundary = (element: Element) => boolean;

export const blockLevelOnly: BlockBoundary = isBlockLevel;

/**
 * The block `node` belongs to: its nearest block-boundary ancestor (or itself), never going above
 * `limit`, and never out of a shadow root.
 */
export function blockOf(node: Node, isBoundary: BlockBoundary, limit?: Node): Element | ShadowRoot | null {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current === limit) return current as Element | ShadowRoot;
    if (isShadowRoot(current)) return current;
    if (current.nodeType === Node.ELEMENT_NODE && isBoundary(current as Element)) return current as Element;
  }
  return null;
}
