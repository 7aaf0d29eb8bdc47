// Looking at a hostile page without trusting it. A page may replace CSS, Range, JSON.stringify or
// Array.prototype.includes on its own window, so the tests read it from a fresh CDP isolated
// world (pristine built-ins, same DOM and the same CSS.highlights registry), and read the page's
// own variables (its heartbeat) with CDP's native serialisation rather than the page's JSON.
import type { CDPSession, Page } from 'playwright-core';
import { oracleEngine } from '../../harness/oracle';
import type { Finding } from '../../../../src/claims/types';

export const SHADOW_HOST_ID = 'claimlens-root';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface EvaluateResult {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

async function evaluateIn(page: Page, expression: string, contextId?: number): Promise<unknown> {
  const session = await cdp(page);
  const reply = (await session.send('Runtime.evaluate', {
    expression,
    ...(contextId !== undefined && { contextId }),
    returnByValue: true,
    awaitPromise: true,
  })) as EvaluateResult;
  if (reply.exceptionDetails) {
    throw new Error(`evaluation failed: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
  }
  return reply.result.value;
}

/** Runs `fn(arg)` in a new isolated world of the page's main frame (the page's overrides are not there). */
export async function evaluateIsolated<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const session = await cdp(page);
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'claimlens-reliability-probe',
  })) as { executionContextId: number };
  // esbuild may name functions through a __name helper that the other world does not have.
  const expression = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
  return (await evaluateIn(page, expression, executionContextId)) as R;
}

/** Evaluates `expression` in the page's own world, serialised by CDP (not by the page's JSON). */
export function evaluateMain<R>(page: Page, expression: string): Promise<R> {
  return evaluateIn(page, expression) as Promise<R>;
}

/** The page's requestAnimationFrame heartbeat since its last reset (tests/fixtures/hostile/_lib). */
export interface Heartbeat {
  maxGap: number;
  frames: number;
  gaps: number[];
}

export const resetHeartbeat = (page: Page) => evaluateMain<void>(page, 'window.__hostile.heartbeat.reset()');
export const readHeartbeat = (page: Page) =>
  evaluateMain<Heartbeat>(page, '({ maxGap: window.__hostile.heartbeat.maxGap, frames: window.__hostile.heartbeat.frames, gaps: window.__hostile.heartbeat.gaps.slice() })');
export const watchMutations = (page: Page) => evaluateMain<void>(page, 'window.__hostile.watch()');
export const mutationRecords = (page: Page) =>
  evaluateMain<{ type: string; target: string; attribute?: string; added?: string[]; removed?: string[] }[]>(page, 'window.__hostile.records()');

/** The names of ClaimLens's highlights registered in the page's document. */
export function highlightNames(page: Page): Promise<string[]> {
  return evaluateIsolated(page, () => [...CSS.highlights.keys()].filter((name) => name.startsWith('claimlens-')), undefined);
}

/** Every ClaimLens highlight range's text, by group, plus the ranges that touch an editor or field. */
export function readHighlights(page: Page): Promise<{ groups: Record<string, string[]>; inEditable: string[]; inFrames: number }> {
  return evaluateIsolated(page, () => {
    const groups: Record<string, string[]> = {};
    const inEditable: string[] = [];
    const editable = [...document.querySelectorAll('input, textarea, select, option, [contenteditable]:not([contenteditable="false"])')];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('claimlens-')) continue;
      const group = name.slice('claimlens-'.length);
      groups[group] ??= [];
      for (const range of highlight as Iterable<AbstractRange>) {
        const text = range instanceof Range ? range.toString() : '';
        groups[group]!.push(text);
        if (range instanceof Range && editable.some((element) => range.intersectsNode(element))) inEditable.push(text);
      }
    }
    // Highlights registered in any same-origin frame's document.
    let inFrames = 0;
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        const registry = (frame.contentWindow as (Window & { CSS: typeof CSS }) | null)?.CSS?.highlights;
        if (registry) for (const [name] of registry) if (name.startsWith('claimlens-')) inFrames++;
      } catch {
        // Cross-origin: not ours to read.
      }
    }
    return { groups, inEditable, inFrames };
  }, undefined);
}

/**
 * The whole document as text: markup, open shadow roots (recursively), same-origin frames, and the
 * live state of form fields (value, checked, selection), with ClaimLens's host left out. Two runs
 * of the same page give the same string unless something changed the page.
 */
export function serializeDocument(page: Page): Promise<{ html: string; hosts: number; hostParent: string | null; hostAttributes: string[] }> {
  return evaluateIsolated(page, (hostId: string) => {
    const out: string[] = [];
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const visit = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) return void out.push(escape((node as Text).data));
      if (node.nodeType === Node.COMMENT_NODE) return void out.push(`<!--${(node as Comment).data}-->`);
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      const element = node as Element;
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (element.id === hostId) return;
        const attributes = [...element.attributes].map((attribute) => ` ${attribute.name}="${escape(attribute.value)}"`).join('');
        out.push(`<${element.localName}${attributes}>`);
        if (element instanceof HTMLInputElement) out.push(`[value=${escape(element.value)} checked=${element.checked}]`);
        if (element instanceof HTMLTextAreaElement) out.push(`[value=${escape(element.value)}]`);
        if (element instanceof HTMLSelectElement) out.push(`[selected=${element.selectedIndex}]`);
        if (element.shadowRoot) {
          out.push('<#shadow-root>');
          visit(element.shadowRoot);
          out.push('</#shadow-root>');
        }
        if (element instanceof HTMLIFrameElement) {
          try {
            const inner = element.contentDocument?.documentElement;
            if (inner) {
              out.push('<#frame>');
              visit(inner);
              out.push('</#frame>');
            }
          } catch {
            out.push('<#cross-origin-frame>');
          }
        }
        if (element instanceof HTMLTemplateElement) visit(element.content);
      }
      for (const child of node.childNodes) visit(child);
      if (node.nodeType === Node.ELEMENT_NODE) out.push(`</${element.localName}>`);
    };
    visit(document.documentElement);
    const hosts = [...document.querySelectorAll(`#${hostId}`)];
    return {
      html: out.join(''),
      hosts: hosts.length,
      hostParent: hosts[0]?.parentElement?.localName ?? null,
      hostAttributes: hosts[0] ? [...hosts[0].attributes].map((attribute) => attribute.name).sort() : [],
    };
  }, SHADOW_HOST_ID);
}

export interface PageTextBlock {
  kind: 'flow' | 'alt';
  text: string;
}

/**
 * The page's readable text as blocks, read by the rules ClaimLens documents (src/content/README.md),
 * implemented again here: text under the nearest block-level element (or open shadow root) is one
 * flow, which a nested block, a shadow host, a form field, an editor or an embedded frame or
 * media element cuts into runs; each image's alt text is a block of its own; scripts, styles, form
 * fields, editors (contenteditable other than "false", designMode), `hidden` and inline
 * display:none are skipped; frames are not read.
 */
export function readBlocks(page: Page): Promise<PageTextBlock[]> {
  return evaluateIsolated(page, (hostId: string) => {
    const BLOCK = new Set(
      ('address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure ' +
        'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table ' +
        'tbody td tfoot th thead tr ul').split(' '),
    );
    const SKIP = new Set(
      'script style noscript template svg math head title iframe object embed canvas video audio input textarea select option optgroup'.split(' '),
    );
    const BREAKS = new Set('iframe object embed canvas video audio input textarea select'.split(' '));
    const editor = (element: Element) => {
      const value = element.getAttribute('contenteditable');
      return value !== null && value !== 'false';
    };
    const skipped = (element: Element) =>
      SKIP.has(element.localName) ||
      element.id === hostId ||
      element.hasAttribute('hidden') ||
      /(?:^|;)\s*display\s*:\s*none\b/i.test(element.getAttribute('style') ?? '') ||
      editor(element);
    const runs: string[][] = [];
    const current = new Map<Node, string[]>();
    const alts: string[] = [];
    const push = (block: Node, text: string) => {
      let run = current.get(block);
      if (!run) {
        current.set(block, (run = []));
        runs.push(run);
      }
      run.push(text);
    };
    const cut = (block: Node) => current.delete(block);
    const visit = (parent: Node, block: Node) => {
      for (const child of parent.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          push(block, (child as Text).data);
          continue;
        }
        if (child.nodeType !== Node.ELEMENT_NODE) continue;
        const element = child as Element;
        if (skipped(element)) {
          if (BREAKS.has(element.localName) || editor(element)) cut(block);
          continue;
        }
        if (element.localName === 'br') {
          push(block, ' ');
          continue;
        }
        if (element.localName === 'img') {
          const alt = element.getAttribute('alt')?.trim();
          if (alt) alts.push(alt);
          continue;
        }
        const isBlock = BLOCK.has(element.localName);
        if (isBlock) cut(block);
        if (element.shadowRoot) {
          cut(block);
          visit(element.shadowRoot, element.shadowRoot);
        }
        visit(element, isBlock ? element : block);
        if (isBlock) cut(block);
      }
    };
    if (document.designMode !== 'on' && document.body) visit(document.body, document.body);
    const blocks: { kind: 'flow' | 'alt'; text: string }[] = [];
    for (const run of runs) {
      const text = run.join('').replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ kind: 'flow', text });
    }
    for (const alt of alts) blocks.push({ kind: 'alt', text: alt });
    return blocks;
  }, SHADOW_HOST_ID);
}

export interface Expected extends Finding {
  block: PageTextBlock;
}

/** What ClaimLens should find on the page (default sensitivity: confident findings only). */
export async function expectedOn(page: Page): Promise<Expected[]> {
  const engine = oracleEngine();
  const found: Expected[] = [];
  for (const block of await readBlocks(page)) {
    for (const finding of engine.scan(block.text)) if (finding.confidence === 'high') found.push({ ...finding, block });
  }
  return found;
}
