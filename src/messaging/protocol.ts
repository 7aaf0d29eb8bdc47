// Every message between ClaimLens's contexts, named by direction. Payloads that come from a
// content script are untrusted (the page can influence them) and are validated by the schemas in
// ./validation.ts before the background uses them; UI messages are accepted only from the
// extension's own pages.
import type { Claim, Finding } from '../claims/types';
import type { BackupCounts } from '../db/backup-contents';
import type { DisputeInput } from '../disputes/types';
import type { Settings } from '../settings/settings';

/** A run of visible text the content script found (a paragraph, a caption, an alt text). */
export interface TextBlock {
  /** Unique within the page load, chosen by the content script. */
  id: string;
  text: string;
}

export interface BlockFinding extends Finding {
  blockId: string;
  /** `${blockId}:${start}:${claimId}` — stable for the page load; used by "show on page". */
  key: string;
  /** Up to ~32 characters of the block's text before and after the quote, computed by the
   *  background at scan time (for citing the quote in context and finding it again). */
  prefix?: string;
  suffix?: string;
}

/** What the hover card needs about a claim. */
export interface ClaimCard {
  claimId: string;
  claim: string;
  summary: string;
  verdict: Claim['verdict'];
  evidence: Claim['evidence'];
  topic: Claim['topic'];
}

export interface ScanResult {
  findings: BlockFinding[];
  cards: Record<string, ClaimCard>;
}

/** A page's scan result, with which run of the service worker answered it. */
export interface PageScanResult extends ScanResult {
  /**
   * Changes when Chrome restarts the worker. The worker stores a tab's findings after answering,
   * so a restart may have lost the last ones: a page that sees a new worker sends them again.
   */
  worker: string;
}

export interface PageState {
  paused: boolean;
  sensitivity: Settings['sensitivity'];
  highlightStyle: Settings['highlightStyle'];
}

export interface TabFindings {
  tabId: number;
  url: string;
  title: string;
  findings: BlockFinding[];
  updatedAt: number;
  /** A finding the user asked to see from the page's hover card ("details"). */
  focusKey?: string;
}

/** The result of "Fact-check selection" from the context menu, shown by the side panel. */
export interface SelectionCheck {
  text: string;
  result: ScanResult;
  at: number;
}

export interface ContentToBackground {
  /** Page settings for this content script's page (paused? how to highlight?). */
  getPageState(data: { url: string }): PageState;
  /** New or changed blocks. `reset` starts a new page (first scan, or SPA navigation). */
  scanBlocks(data: { url: string; title: string; reset: boolean; blocks: TextBlock[] }): PageScanResult;
  /** Blocks that left the page, so their findings no longer count. */
  forgetBlocks(data: { blockIds: string[] }): void;
  /** The user asked for details of a finding from the hover card. */
  openDetails(data: { key: string }): void;
}

export interface BackgroundToContent {
  /** Scroll to a finding and flash its highlight. */
  showFinding(data: { key: string }): boolean;
  /** Settings or claims changed: ask for page state again and rescan everything. */
  refresh(): void;
}

export type SaveResult = { ok: true } | { ok: false; errors: string[] };

/** A restore either stores the whole backup (and says how much) or nothing (and says why). */
export type RestoreResult = SaveResult & { restored?: BackupCounts };

export interface UiToBackground {
  getTabFindings(data: { tabId: number }): TabFindings | null;
  getSettings(): Settings;
  updateSettings(data: Partial<Settings>): Settings;
  setSitePaused(data: { hostname: string; paused: boolean }): Settings;
  saveUserClaim(data: { claim: unknown; replaceId?: string }): SaveResult;
  deleteUserClaim(data: { id: string }): void;
  importUserClaims(data: { json: string }): SaveResult & { imported?: number };
  exportUserClaims(): string;
  /** Fact-check arbitrary text (used by the side panel and the context menu). */
  checkText(data: { text: string }): ScanResult;
  /** Show a finding on its page (side panel "show on page"). */
  showFinding(data: { tabId: number; key: string }): boolean;
  getSelectionCheck(): SelectionCheck | null;
  /** "I think this is wrong" on a finding; the reason is required, a source URL optional. */
  addDispute(data: DisputeInput): SaveResult;
  deleteDispute(data: { id: string }): void;
  /** Every dispute as a JSON file a maintainer can review. */
  exportDisputes(): string;
  /** Drops a claim's findings on one site (scan results and badge) until unsilenced. */
  silenceClaim(data: { hostname: string; claimId: string }): void;
  unsilenceClaim(data: { hostname: string; claimId: string }): void;
  deleteLogEntries(data: { ids: string[] }): void;
  clearResearchLog(): void;
  /** One JSON file with every piece of user data. */
  exportBackup(): string;
  /** Replaces all user data with a backup's, all or nothing. */
  restoreBackup(data: { json: string }): RestoreResult;
}

/** Broadcast by the background to open extension pages (popup, side panel, options). */
export interface BackgroundToUi {
  findingsChanged(data: { tabId: number }): void;
  userClaimsChanged(): void;
  settingsChanged(): void;
  /** A "Fact-check selection" result is ready: the side panel asks getSelectionCheck again. */
  selectionCheckChanged(): void;
}
