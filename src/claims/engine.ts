// The claim-spotting engine: text in, findings out. No DOM, no browser APIs, so the extension's
// background and the command-line checker run exactly the same code.
import type { Claim, Finding } from './types';
import type { TrendTriggers } from './triggers';
import type { Trend } from './vocabulary';

export interface ScanOptions {
  /**
   * The trend the whole page is about (its title names it). Claims in text that names no trend
   * ingredient are then read as about this one, with low confidence.
   */
  pageTrend?: Trend | null;
}

export interface Engine {
  /** Findings in one block of text (a paragraph, a post, or a whole document). */
  scan(text: string, options?: ScanOptions): Finding[];
  /** The first trend ingredient the text names (a page title, say), if any. */
  trendNamedIn(text: string): Trend | null;
  /** The claims this engine was compiled from. */
  readonly claims: readonly Claim[];
}

export interface EngineInput {
  claims: readonly Claim[];
  trends: readonly TrendTriggers[];
}

export { createEngine } from './matcher';
