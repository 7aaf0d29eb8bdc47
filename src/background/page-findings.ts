// How one tab's findings change as its content script reports. Pure: the store persists them.
import type { BlockFinding, TabFindings } from '../messaging/protocol';

export interface BlocksScanned {
  tabId: number;
  url: string;
  title: string;
  /** A new page (first scan or single-page navigation): earlier findings no longer apply. */
  reset: boolean;
  blockIds: readonly string[];
  findings: readonly BlockFinding[];
  at: number;
}

/** Replaces the findings of every scanned block (a changed block may have lost its claims). */
export function withScannedBlocks(current: TabFindings | null, scan: BlocksScanned): TabFindings {
  const base = scan.reset || !current ? null : current;
  const rescanned = new Set(scan.blockIds);
  const kept = (base?.findings ?? []).filter((finding) => !rescanned.has(finding.blockId));
  return {
    tabId: scan.tabId,
    url: scan.url,
    title: scan.title,
    findings: [...kept, ...scan.findings],
    updatedAt: scan.at,
    ...(base?.focusKey !== undefined && { focusKey: base.focusKey }),
  };
}

export function withoutBlocks(current: TabFindings | null, blockIds: readonly string[], at: number): TabFindings | null {
  if (!current) return current;
  const gone = new Set(blockIds);
  const findings = current.findings.filter((finding) => !gone.has(finding.blockId));
  if (findings.length === current.findings.length) return current;
  return { ...current, findings, updatedAt: at };
}

/**
 * A content script announced its page. A paused page has no findings (its badge clears); a page
 * the tab had not reported yet is recorded empty, so the popup knows the site even before (or
 * without) any finding.
 */
export function withPageAnnounced(
  current: TabFindings | null,
  page: { tabId: number; url: string; paused: boolean; at: number },
): TabFindings | null {
  const samePage = current !== null && isSamePage(current.url, page.url);
  if (samePage && !(page.paused && current.findings.length > 0)) return current;
  return {
    tabId: page.tabId,
    url: page.url,
    title: samePage ? current.title : '',
    findings: [],
    updatedAt: page.at,
  };
}

/** Marks the finding the user asked about; a key the page never reported is ignored. */
export function withFocus(current: TabFindings | null, key: string, at: number): TabFindings | null {
  if (!current || !current.findings.some((finding) => finding.key === key)) return current;
  return { ...current, focusKey: key, updatedAt: at };
}

/** Same page for findings' purposes: fragments (#section) do not make a new page. */
export function isSamePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
