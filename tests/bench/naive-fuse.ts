// The naive baseline the engine is measured against: Fuse.js comparing every sentence with every
// claim wording (each wording searched over an index of the text's sentences: short patterns over
// a list, the way Fuse.js is meant to be used), with no prefilter and no compiled matching.
import Fuse from 'fuse.js';
import type { Claim, Finding } from '../../src/claims/types';
import { sentenceSpans, type Span } from '../../src/claims/sentences';

const MAX_SCORE = 0.2;

export function createNaiveChecker(claims: readonly Claim[]) {
  const wordings = claims.flatMap((claim) =>
    Object.values(claim.phrasings)
      .flat()
      .map((phrasing) => ({ claim, pattern: phrasing!.replaceAll('*', '').replaceAll('...', ' ').trim() })),
  );

  function scanSpans(text: string, spans: readonly Span[]): Finding[] {
    const sentences = spans.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
    const fuse = new Fuse(sentences, { keys: ['text'], includeScore: true, threshold: MAX_SCORE, ignoreLocation: true });
    const findings: Finding[] = [];
    for (const { claim, pattern } of wordings) {
      for (const { item } of fuse.search(pattern)) {
        findings.push({
          claimId: claim.id, topic: claim.topic, trend: claim.trend, evidence: claim.evidence,
          verdict: claim.verdict, stance: 'asserted', quote: item.text, start: item.start, end: item.end, confidence: 'high',
        });
      }
    }
    return findings;
  }

  return {
    scan: (text: string) => scanSpans(text, sentenceSpans(text)),
    /** The first `limit` sentences only: for timing a sample of a very large text. */
    scanFirstSentences: (text: string, limit: number) => scanSpans(text, sentenceSpans(text).slice(0, limit)),
    sentenceCount: (text: string) => sentenceSpans(text).length,
  };
}
