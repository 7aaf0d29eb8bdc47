// What the extension should find on a page, worked out independently of the extension: the page's
// text read block by block in the browser (one block per paragraph, list item, heading, caption,
// and one per image alt text), then the bundled claims engine (the same pure code the CLI uses)
// run over each block in Node. The tests compare the product's highlights, badge and panels with
// this, so they follow the claims database as it grows instead of hard-coding its verdicts.
import type { Page } from 'playwright-core';
import { bundledDb } from '../../../src/claims/bundled';
import { createEngine, type Engine } from '../../../src/claims/engine';
import type { Claim, Finding } from '../../../src/claims/types';

export interface PageTextBlock {
  kind: 'flow' | 'alt';
  text: string;
}

export interface ExpectedFinding extends Finding {
  block: PageTextBlock;
}

let engine: Engine | undefined;

/** The bundled engine, plus any extra claims (a user claim the test adds through the options page). */
export function oracleEngine(extraClaims: readonly Claim[] = []): Engine {
  if (extraClaims.length > 0) return createEngine({ claims: [...bundledDb.claims, ...extraClaims], trends: bundledDb.trends });
  engine ??= createEngine({ claims: bundledDb.claims, trends: bundledDb.trends });
  return engine;
}

export function bundledClaim(id: string): Claim | undefined {
  return bundledDb.claims.find((claim) => claim.id === id);
}

/**
 * The page's readable text as blocks: text nodes grouped under their nearest block-level ancestor
 * (so `<b>`, `<em>`, `<a>`, `<span>` do not split a sentence), skipping scripts, styles, hidden
 * subtrees and the ClaimLens shadow host; plus each image's alt text as its own block.
 */
export function readPageBlocks(
  page: Page,
  options: { root?: string; textRunSelector?: string } = {},
): Promise<PageTextBlock[]> {
  return page.evaluate(({ rootSelector, textRunSelector }) => {
    const BLOCK = new Set(
      ('address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure ' +
        'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table ' +
        'tbody td tfoot th thead tr ul').split(' '),
    );
    const SKIP = new Set('script style noscript template svg math head title iframe object embed canvas video audio input textarea select option'.split(' '));
    const isBlock = (el: Element) => BLOCK.has(el.localName) || (!!textRunSelector && el.matches(textRunSelector));
    const roots = [...document.querySelectorAll(rootSelector)];
    const flows = new Map<Element, string[]>();
    const alts: string[] = [];
    const visit = (element: Element, block: Element) => {
      for (const child of element.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const list = flows.get(block) ?? [];
          list.push((child as Text).data);
          flows.set(block, list);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const el = child as Element;
          if (SKIP.has(el.localName) || el.id === 'claimlens-root' || el.hasAttribute('hidden')) continue;
          if (el.localName === 'br') {
            flows.get(block)?.push(' ');
            continue;
          }
          if (el.localName === 'img') {
            const alt = el.getAttribute('alt')?.trim();
            if (alt) alts.push(alt);
            continue;
          }
          visit(el, isBlock(el) ? el : block);
        }
      }
    };
    for (const root of roots) visit(root, root);
    const blocks: { kind: 'flow' | 'alt'; text: string }[] = [];
    for (const parts of flows.values()) {
      const text = parts.join('').replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ kind: 'flow', text });
    }
    for (const alt of alts) blocks.push({ kind: 'alt', text: alt });
    return blocks;
  }, { rootSelector: options.root ?? 'body', textRunSelector: options.textRunSelector ?? '' });
}

/**
 * Findings the extension should report for the page, under the default sensitivity ("confident":
 * only findings whose ingredient is named in the same sentence) or "all".
 */
export async function expectedFindings(
  page: Page,
  options: {
    sensitivity?: 'confident' | 'all';
    extraClaims?: readonly Claim[];
    /** Elements whose text is read (default: body). */
    root?: string;
    /** Elements that form a block of their own besides block-level ones (Instagram: [dir=auto]). */
    textRunSelector?: string;
  } = {},
): Promise<ExpectedFinding[]> {
  const scanner = oracleEngine(options.extraClaims);
  const blocks = await readPageBlocks(page, options);
  const found: ExpectedFinding[] = [];
  for (const block of blocks) {
    for (const finding of scanner.scan(block.text)) {
      if (options.sensitivity !== 'all' && finding.confidence !== 'high') continue;
      found.push({ ...finding, block });
    }
  }
  return found;
}

/** The badge the page should get: distinct claims the page asserts ('' when none). */
export function expectedBadge(findings: readonly Finding[]): string {
  const claims = new Set(findings.filter((finding) => finding.stance === 'asserted').map((finding) => finding.claimId));
  return claims.size === 0 ? '' : claims.size > 99 ? '99+' : String(claims.size);
}

/** The highlight a finding belongs in: its verdict, or "refuted" when the text argues against the claim. */
export function highlightGroupOf(finding: Pick<Finding, 'verdict' | 'stance'>): string {
  return finding.stance === 'refuted' ? 'refuted' : finding.verdict;
}

const squashText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

function sameSpan(highlighted: string, quote: string): boolean {
  const a = squashText(highlighted);
  const b = squashText(quote);
  return a.length > 0 && (a.includes(b) || b.includes(a));
}

/**
 * Compares a page's highlights with the expected findings. `missing`: findings with no range in
 * their group covering their quote; `unexpected`: ranges that no expected finding explains.
 */
export function compareHighlights(
  highlights: Record<string, string[]>,
  expected: readonly ExpectedFinding[],
): { missing: string[]; unexpected: string[] } {
  const missing = expected
    .filter((finding) => !(highlights[highlightGroupOf(finding)] ?? []).some((text) => sameSpan(text, finding.quote)))
    .map((finding) => `${highlightGroupOf(finding)} (${finding.claimId}): "${finding.quote}"`);
  const unexpected = Object.entries(highlights)
    .filter(([group]) => group !== 'flash')
    .flatMap(([group, texts]) =>
      texts
        // A range whose text left the page collapses to nothing and paints nothing.
        .filter((text) => text.trim() !== '')
        .filter((text) => !expected.some((finding) => highlightGroupOf(finding) === group && sameSpan(text, finding.quote)))
        .map((text) => `${group}: "${text}"`),
    );
  return { missing, unexpected };
}
