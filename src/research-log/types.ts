// The journalist's research log: one entry per page visit on which ClaimLens found claims,
// kept in IndexedDB only when the user turned the log on.
import type { Confidence } from '../claims/types';
import type { EvidenceLevel, Stance, TopicId, Trend, Verdict } from '../claims/vocabulary';

/** A finding as the log keeps it: enough to cite it and to find the quote again on the page. */
export interface LoggedFinding {
  claimId: string;
  topic: TopicId;
  trend: Trend;
  evidence: EvidenceLevel;
  verdict: Verdict;
  stance: Stance;
  confidence: Confidence;
  quote: string;
  /** Up to CONTEXT_LENGTH characters of the page text just before the quote. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters of the page text just after the quote. */
  suffix: string;
}

export interface ResearchLogEntry {
  id: string;
  url: string;
  title: string;
  hostname: string;
  /** Epoch milliseconds. */
  firstSeen: number;
  lastUpdated: number;
  /** The bundled claims database version the findings were made with. */
  dbVersion: string;
  findings: LoggedFinding[];
}
