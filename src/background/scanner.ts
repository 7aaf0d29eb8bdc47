// Runs the engine over text blocks and turns its findings into what the protocol carries:
// findings tied to their block with a stable key, and a card for every claim found.
import type { BlockFinding, ScanResult, TextBlock } from '../messaging/protocol';
import { contextAround } from '../research-log/finding-context';
import type { Settings } from '../settings/settings';
import { cardsForFindings } from './claim-cards';
import type { CompiledClaims } from './claims-service';
import { filterBySensitivity } from './sensitivity';

/** Block id used for text checked outside a page (side panel, context menu). */
export const CHECKED_TEXT_BLOCK_ID = 'checked-text';

export function findingKey(blockId: string, start: number, claimId: string): string {
  return `${blockId}:${start}:${claimId}`;
}

/**
 * `pageTitle`: when the title names a trend ingredient, claims in blocks that name none are read
 * as about it (with low confidence, so only "every finding" shows them).
 */
export function scanTextBlocks(
  compiled: CompiledClaims,
  blocks: readonly TextBlock[],
  sensitivity: Settings['sensitivity'],
  pageTitle = '',
): BlockFinding[] {
  const findings: BlockFinding[] = [];
  const pageTrend = compiled.engine.trendNamedIn(pageTitle);
  for (const block of blocks) {
    let found;
    try {
      found = compiled.engine.scan(block.text, { pageTrend });
    } catch (error) {
      // One odd block must not cost the rest of the page its findings.
      console.error(`[ClaimLens] scanning block "${block.id}" failed`, error);
      continue;
    }
    for (const finding of filterBySensitivity(found, sensitivity)) {
      findings.push({
        ...finding,
        blockId: block.id,
        key: findingKey(block.id, finding.start, finding.claimId),
        ...contextAround(block.text, finding.start, finding.end),
      });
    }
  }
  return findings;
}

export function toScanResult(compiled: CompiledClaims, findings: BlockFinding[]): ScanResult {
  return { findings, cards: cardsForFindings(findings, compiled.claimById) };
}

export function scanCheckedText(compiled: CompiledClaims, text: string, sensitivity: Settings['sensitivity']): ScanResult {
  return toScanResult(compiled, scanTextBlocks(compiled, [{ id: CHECKED_TEXT_BLOCK_ID, text }], sensitivity));
}
