// Findings as CSS Custom Highlights: one Highlight per group (a verdict, or "refuted"), registered
// in CSS.highlights as `claimlens-<group>`. Highlights only point at ranges; the page's nodes are
// never wrapped or changed (10ten Japanese Reader's approach). The API is injected so tests and
// browsers without it can use something else.
import type { Finding } from '../claims/types';
import { VERDICT_SEVERITY } from '../claims/verdict-display';
import type { Verdict } from '../claims/vocabulary';

/** How a finding is marked: by its claim's verdict, or "refuted" when the text argues against it. */
export type HighlightGroup = Verdict | 'refuted';

/** Worst first; the order also sets which highlight paints on top where two overlap. */
export const HIGHLIGHT_GROUPS: readonly HighlightGroup[] = [...VERDICT_SEVERITY, 'refuted'];

export const FLASH_HIGHLIGHT = 'claimlens-flash';

export function highlightName(group: HighlightGroup): string {
  return `claimlens-${group}`;
}

export function groupOf(finding: Pick<Finding, 'verdict' | 'stance'>): HighlightGroup {
  return finding.stance === 'refuted' ? 'refuted' : finding.verdict;
}

export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
  priority: number;
}

export interface HighlightApi {
  createHighlight(): HighlightLike;
  readonly registry: {
    set(name: string, highlight: HighlightLike): unknown;
    delete(name: string): boolean;
  };
}

/** The browser's own API, captured once at startup; null where it is missing. */
export function nativeHighlightApi(scope: object = globalThis): HighlightApi | null {
  const Highlight = (scope as { Highlight?: new () => HighlightLike }).Highlight;
  const registry = (scope as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS?.highlights;
  if (typeof Highlight !== 'function' || typeof registry?.set !== 'function') return null;
  return { createHighlight: () => new Highlight(), registry };
}

export class HighlightRegistry {
  private readonly highlights = new Map<string, HighlightLike>();

  constructor(private readonly api: HighlightApi) {}

  add(group: HighlightGroup, range: Range): void {
    this.highlight(highlightName(group), HIGHLIGHT_GROUPS.length - HIGHLIGHT_GROUPS.indexOf(group)).add(range);
  }

  delete(group: HighlightGroup, range: Range): void {
    this.highlights.get(highlightName(group))?.delete(range);
  }

  flash(range: Range): void {
    this.highlight(FLASH_HIGHLIGHT, HIGHLIGHT_GROUPS.length + 1).add(range);
  }

  unflash(range: Range): void {
    this.highlights.get(FLASH_HIGHLIGHT)?.delete(range);
  }

  sizeOf(group: HighlightGroup): number {
    return this.highlights.get(highlightName(group))?.size ?? 0;
  }

  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
  }

  /** Removes ClaimLens's highlights from the page's registry altogether. */
  dispose(): void {
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      this.api.registry.delete(name);
    }
    this.highlights.clear();
  }

  /** Highlights are registered on first use: a page with no findings gets none. */
  private highlight(name: string, priority: number): HighlightLike {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = this.api.createHighlight();
      highlight.priority = priority;
      this.api.registry.set(name, highlight);
      this.highlights.set(name, highlight);
    }
    return highlight;
  }
}
