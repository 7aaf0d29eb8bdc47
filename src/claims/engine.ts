// The claim-spotting engine: text in, findings out. No DOM, no browser APIs, so the extension's
// background and the command-line checker run exactly the same code.
import type { Claim, Finding } from './types';
import type { TrendTriggers } from './triggers';

export interface Engine {
  /** Findings in one block of text (a paragraph, a post, or a whole document). */
  scan(text: string): Finding[];
  /** The claims this engine was compiled from. */
  readonly claims: readonly Claim[];
}

export interface EngineInput {
  claims: readonly Claim[];
  trends: readonly TrendTriggers[];
}

export { createEngine } from './matcher';
