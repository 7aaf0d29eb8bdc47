// Test data written for these tests: invented claims with invented sources.
import { ClaimLensDatabase } from '../../../src/db/database';

let databaseCount = 0;

/** A fresh database per test, so tests never see each other's data. */
export function freshDatabase(): ClaimLensDatabase {
  databaseCount += 1;
  return new ClaimLensDatabase(`claimlens-test-${Date.now()}-${databaseCount}`);
}

export async function dropDatabase(db: ClaimLensDatabase): Promise<void> {
  db.close();
  await db.delete();
}

/** A claim as the options form would send it. */
export function lashClaim(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'exosome-lash-regrowth',
    topic: 'hair-growth',
    trend: 'exosomes',
    claim: 'An exosome lash serum regrows eyelashes within a week',
    phrasings: { en: ['regrows eyelashes', 'lash regrowth'] },
    evidence: 'none',
    verdict: 'unproven',
    summary: 'No published study shows exosome serums regrow eyelashes.',
    explanation:
      'Lash serums sold with exosomes have not been tested in published human trials. The regrowth promise rests on before-and-after photos.',
    sources: [
      {
        id: 'T1',
        citation: 'Invented Review of Lash Cosmetics, Journal of Test Fixtures',
        year: 2024,
        kind: 'review',
        url: 'https://example.org/lash-review',
      },
    ],
    reviewed: '2025-03-14',
    ...overrides,
  };
}

export function glowClaim(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return lashClaim({
    id: 'pdrn-glass-glow',
    topic: 'texture-hydration',
    trend: 'pdrn-polynucleotides',
    claim: 'Salmon DNA cream gives a moonlit pearl finish overnight',
    phrasings: { en: ['moonlit pearl finish'] },
    summary: 'Overnight glass skin from a PDRN cream is a marketing promise, not a tested result.',
    ...overrides,
  });
}
