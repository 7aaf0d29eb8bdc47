// A small claim set written for the engine's tests, independent of the bundled database.
import type { Claim, Phrasings } from '../../../src/claims/types';
import type { TrendTriggers } from '../../../src/claims/triggers';
import type { TopicId, Trend } from '../../../src/claims/vocabulary';

export function testClaim(
  id: string,
  topic: TopicId,
  phrasings: Phrasings,
  extra: Partial<Claim> = {},
): Claim {
  return {
    id,
    topic,
    trend: 'exosomes',
    claim: `claim ${id}`,
    phrasings,
    denials: {},
    hashtags: [],
    evidence: 'limited',
    verdict: 'overstated',
    summary: `summary of ${id}`,
    explanation: `explanation of ${id}`,
    sources: [{ id: 'T1', citation: 'A test source', year: 2024, kind: 'review' }],
    regulatory: [],
    safety: [],
    reviewed: '2026-11-01',
    origin: 'bundled',
    ...extra,
  };
}

export const testTrends: TrendTriggers[] = [
  { trend: 'exosomes', triggers: { en: ['exosom*'], ko: ['엑소좀'], ja: ['エクソソーム'], es: ['exosoma*'] } },
  { trend: 'pdrn-polynucleotides', triggers: { en: ['pdrn', 'polynucleotide*', 'salmon dna'] } },
  { trend: 'stem-cell-cosmetics', triggers: { en: ['stem cell*'] } },
  { trend: 'growth-factors', triggers: { en: ['growth factor*'] } },
  { trend: 'platelet-derived', triggers: { en: ['platelet extract*'] } },
];

export const testClaims: Claim[] = [
  testClaim('exo-collagen', 'collagen-elastin', {
    en: ['boost* collagen', 'stimulat* ... collagen', 'collagen production'],
    ko: ['콜라겐 생성'],
    ja: ['コラーゲン'],
    es: ['colageno'],
  }, { hashtags: ['#collagenboost'] }),
  testClaim('exo-regulatory', 'regulatory-status', { en: ['fda approved', 'fda-cleared'] }, {
    denials: { en: ['unapproved', 'not fda approved', 'no fda-approved'] },
    verdict: 'false',
  }),
  testClaim('exo-safety', 'safety', { en: ['no side effects', 'no downtime', 'completely safe'] }),
  testClaim('exo-superiority', 'superiority', { en: ['better than botox', 'revolutionary'] }),
  testClaim('pdrn-collagen', 'collagen-elastin', { en: ['rebuild* collagen'] }, { trend: 'pdrn-polynucleotides' as Trend }),
];
