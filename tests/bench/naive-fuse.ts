// The naive baseline the engine is measured against: Fuse.js searching every sentence against
// every claim wording, with no prefilter and no compiled matching.
import Fuse from 'fuse.js';
import type { Claim, Finding } from '../../src/claims/types';
import { sentenceSpans } from '../../src/claims/sentences';

const MAX_SCORE = 0.25;

export function createNaiveChecker(claims: readonly Claim[]) {
  const wordings = claims.flatMap((claim) =>
    Object.values(claim.phrasings)
      .flat()
      .map((phrasing) => ({ claim, text: phrasing!.replaceAll('*', '').replaceAll('...', ' ') })),
  );
  const fuse = new Fuse(wordings, { keys: ['text'], includeScore: true, threshold: MAX_SCORE, ignoreLocation: true });

  function scanSentences(text: string, limit = Infinity): Finding[] {
    const findings: Finding[] = [];
    const spans = sentenceSpans(text).slice(0, limit);
    for (const { start, end } of spans) {
      const sentence = text.slice(start, end);
      for (const { item } of fuse.search(sentence, { limit: 5 })) {
        const { claim } = item;
        findings.push({
          claimId: claim.id, topic: claim.topic, trend: claim.trend, evidence: claim.evidence,
          verdict: claim.verdict, stance: 'asserted', quote: sentence, start, end, confidence: 'high',
        });
      }
    }
    return findings;
  }

  return { scan: (text: string) => scanSentences(text), scanSentences, sentenceCount: (text: string) => sentenceSpans(text).length };
}
