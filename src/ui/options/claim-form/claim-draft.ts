// The options form edits a "draft": every field as the text the contributor typed (lists as one
// entry per line), so half-written input is never lost. It becomes a claim only on validation.
import type { Claim, Phrasings } from '../../../claims/types';
import {
  LANGUAGES,
  type EvidenceLevel,
  type Jurisdiction,
  type Language,
  type SourceKind,
  type TopicId,
  type Trend,
  type Verdict,
} from '../../../claims/vocabulary';

export interface SourceDraft {
  id: string;
  citation: string;
  year: string;
  kind: SourceKind | '';
  doi: string;
  url: string;
}

export interface RegulatoryDraft {
  jurisdiction: Jurisdiction | '';
  note: string;
  sourceIds: string[];
}

export type LinesByLanguage = Record<Language, string>;

export interface ClaimDraft {
  id: string;
  topic: TopicId | '';
  trend: Trend | '';
  claim: string;
  phrasings: LinesByLanguage;
  denials: LinesByLanguage;
  hashtags: string;
  evidence: EvidenceLevel | '';
  verdict: Verdict | '';
  summary: string;
  explanation: string;
  sources: SourceDraft[];
  regulatory: RegulatoryDraft[];
  safety: string;
  reviewed: string;
}

function emptyLines(): LinesByLanguage {
  return Object.fromEntries(LANGUAGES.map((language) => [language, ''])) as LinesByLanguage;
}

export function emptySource(index: number): SourceDraft {
  return { id: `S${index + 1}`, citation: '', year: '', kind: '', doi: '', url: '' };
}

export function emptyRegulatoryNote(): RegulatoryDraft {
  return { jurisdiction: '', note: '', sourceIds: [] };
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function emptyDraft(today = todayIso()): ClaimDraft {
  return {
    id: '',
    topic: '',
    trend: '',
    claim: '',
    phrasings: emptyLines(),
    denials: emptyLines(),
    hashtags: '',
    evidence: '',
    verdict: '',
    summary: '',
    explanation: '',
    sources: [emptySource(0)],
    regulatory: [],
    safety: '',
    reviewed: today,
  };
}

function linesFromPhrasings(phrasings: Phrasings): LinesByLanguage {
  const lines = emptyLines();
  for (const language of LANGUAGES) lines[language] = (phrasings[language] ?? []).join('\n');
  return lines;
}

export function draftFromClaim(claim: Claim): ClaimDraft {
  return {
    id: claim.id,
    topic: claim.topic,
    trend: claim.trend,
    claim: claim.claim,
    phrasings: linesFromPhrasings(claim.phrasings),
    denials: linesFromPhrasings(claim.denials),
    hashtags: claim.hashtags.join('\n'),
    evidence: claim.evidence,
    verdict: claim.verdict,
    summary: claim.summary,
    explanation: claim.explanation,
    sources: claim.sources.map((source) => ({
      id: source.id,
      citation: source.citation,
      year: String(source.year),
      kind: source.kind,
      doi: source.doi ?? '',
      url: source.url ?? '',
    })),
    regulatory: claim.regulatory.map((note) => ({ ...note, sourceIds: [...note.sourceIds] })),
    safety: claim.safety.join('\n'),
    reviewed: claim.reviewed,
  };
}

/** One entry per non-empty line. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Hashtags may be typed one per line or separated by spaces or commas. */
export function hashtagEntries(text: string): string[] {
  return lines(text.replace(/[\s,]+(?=#)/g, '\n'));
}

function phrasingsFromLines(byLanguage: LinesByLanguage): Phrasings {
  const phrasings: Phrasings = {};
  for (const language of LANGUAGES) {
    const list = lines(byLanguage[language]);
    if (list.length > 0) phrasings[language] = list;
  }
  return phrasings;
}

/** An empty select stays undefined so the schema reports the field as missing. */
function chosen<T extends string>(value: T | ''): T | undefined {
  return value === '' ? undefined : value;
}

function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A four-digit year becomes a number; anything else stays text so the schema reports it. */
function year(value: string): number | string {
  const trimmed = value.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The object userClaimSchema (and the background) validates. */
export function claimInputFromDraft(draft: ClaimDraft): Record<string, unknown> {
  const sourceIds = new Set(draft.sources.map((source) => source.id.trim()));
  return {
    id: draft.id.trim(),
    topic: chosen(draft.topic),
    trend: chosen(draft.trend),
    claim: draft.claim,
    phrasings: phrasingsFromLines(draft.phrasings),
    denials: phrasingsFromLines(draft.denials),
    hashtags: hashtagEntries(draft.hashtags),
    evidence: chosen(draft.evidence),
    verdict: chosen(draft.verdict),
    summary: draft.summary,
    explanation: draft.explanation,
    sources: draft.sources.map((source) => ({
      id: source.id.trim(),
      citation: source.citation,
      year: year(source.year),
      kind: chosen(source.kind),
      doi: optionalText(source.doi),
      url: optionalText(source.url),
    })),
    regulatory: draft.regulatory.map((note) => ({
      jurisdiction: chosen(note.jurisdiction),
      note: note.note,
      // A source renamed or removed after it was ticked no longer counts as cited.
      sourceIds: note.sourceIds.filter((id) => sourceIds.has(id)),
    })),
    safety: lines(draft.safety),
    reviewed: draft.reviewed.trim(),
  };
}
