import type {
  EvidenceLevel,
  Jurisdiction,
  Language,
  SourceKind,
  Stance,
  TopicId,
  Trend,
  Verdict,
} from './vocabulary';

export interface Source {
  /** The evidence brief's reference id (e.g. "S1", "R4") for bundled sources; free for user sources. */
  id: string;
  citation: string;
  /** Absent when the reference has no known year (shown as n.d.). */
  year?: number;
  kind: SourceKind;
  doi?: string;
  url?: string;
}

export interface RegulatoryNote {
  jurisdiction: Jurisdiction;
  note: string;
  /** Ids of sources (within the claim's `sources`) that back this note. */
  sourceIds: string[];
}

/** Phrasings grouped by language. See claims-db/README.md for the phrasing syntax. */
export type Phrasings = Partial<Record<Language, string[]>>;

export interface Claim {
  id: string;
  topic: TopicId;
  trend: Trend;
  /** The claim as marketing states it. */
  claim: string;
  /** How the claim is worded in the wild; any of them signals the claim's topic. */
  phrasings: Phrasings;
  /** Wordings that raise the claim only to deny it ("not FDA-approved"). */
  denials: Phrasings;
  hashtags: string[];
  evidence: EvidenceLevel;
  verdict: Verdict;
  /** One line a shopper understands. */
  summary: string;
  /** A few sentences: what is known, what is not, why the verdict. */
  explanation: string;
  sources: Source[];
  regulatory: RegulatoryNote[];
  safety: string[];
  /** ISO date (YYYY-MM-DD) the verdict was last reviewed. */
  reviewed: string;
  /** 'bundled' claims come from claims-db/; 'user' claims from the options page. */
  origin: 'bundled' | 'user';
}

export type Confidence = 'high' | 'low';

export interface Finding {
  claimId: string;
  topic: TopicId;
  trend: Trend;
  evidence: EvidenceLevel;
  verdict: Verdict;
  stance: Stance;
  /** Text of the claim as it stands in the input (the sentence around the matched wording). */
  quote: string;
  /** UTF-16 offsets of `quote` in the input text. */
  start: number;
  end: number;
  /** high: the trend ingredient is named in the same sentence; low: only nearby. */
  confidence: Confidence;
}
