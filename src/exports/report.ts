// The report every export format renders: one page, the claims found on it, and what the
// database says about each. Formats only read it, so they all tell the same story.
import type { Claim } from '../claims/types';
import type { Jurisdiction, Stance } from '../claims/vocabulary';
import type { ShownRegulatoryNote } from '../ui/catalog/regulatory-notes';

export type { ShownRegulatoryNote };

export interface ReportPage {
  url: string;
  title: string;
  /** ISO timestamp of the check the findings come from. */
  checkedAt: string;
  /** ISO date the page was published, when known (ClaimReview omits it otherwise). */
  publishedAt?: string;
}

/** The reader's own objection to ClaimLens's verdict, recorded in the research log. */
export interface Dispute {
  reason: string;
  sourceUrl?: string;
  /** ISO timestamp. */
  at: string;
}

export interface ReportItem {
  /** The sentence on the page that makes (or refutes) the claim. */
  quote: string;
  /** Page text just before and after the quote, when the caller kept it. */
  prefix?: string;
  suffix?: string;
  stance: Stance;
  claim: Claim;
  dispute?: Dispute;
  /** Claim-level and trend-level notes for the report's jurisdiction only. */
  regulatory: ShownRegulatoryNote[];
}

export interface ExportReport {
  page: ReportPage;
  items: ReportItem[];
  jurisdiction: Jurisdiction;
  dbVersion: string;
  /** ISO timestamp of the export. */
  generatedAt: string;
}
