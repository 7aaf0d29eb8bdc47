// The toolbar badge: how many distinct claims the page makes, coloured by the worst verdict.
import { browser } from 'wxt/browser';
import { VERDICT_COLOR, worstVerdict } from '../claims/verdict-display';
import type { BlockFinding } from '../messaging/protocol';

export interface Badge {
  text: string;
  color: string | null;
}

/** Counts claims the page asserts; a page that denies a claim ("not FDA-approved") is not flagged for it. */
export function badgeFor(findings: readonly BlockFinding[]): Badge {
  const asserted = findings.filter((finding) => finding.stance === 'asserted');
  const claimIds = new Set(asserted.map((finding) => finding.claimId));
  if (claimIds.size === 0) return { text: '', color: null };
  const worst = worstVerdict(asserted.map((finding) => finding.verdict));
  return {
    text: claimIds.size > 99 ? '99+' : String(claimIds.size),
    color: worst ? VERDICT_COLOR[worst] : null,
  };
}

export async function showBadge(tabId: number, findings: readonly BlockFinding[]): Promise<void> {
  // Chrome MV3 names it `action`; Firefox MV2 `browserAction`.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const { text, color } = badgeFor(findings);
  try {
    await action.setBadgeText({ tabId, text });
    if (color) await action.setBadgeBackgroundColor({ tabId, color });
  } catch {
    // The tab closed while we were scanning: there is no badge left to update.
  }
}
