// Claims, trends and findings written for the export tests; independent of the bundled database.
import type { TrendInfo } from '../../../claims-db/compile';
import type { Claim } from '../../../src/claims/types';
import { buildReport, type ReportInput } from '../../../src/exports';

export function fixtureClaim(id: string, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    topic: 'collagen-elastin',
    trend: 'exosomes',
    claim: 'Vesicle serums rebuild collagen within a week.',
    phrasings: { en: ['rebuild collagen'] },
    denials: {},
    hashtags: [],
    evidence: 'preclinical',
    verdict: 'misleading',
    summary: 'Only dish and mouse studies exist, none of a serum on human skin',
    explanation: 'Collagen gains were seen in cultured fibroblasts and in mice. No controlled human trial of a topical product was found.',
    sources: [
      { id: 'F1', citation: 'Doe J, Roe R. Vesicles and fibroblasts. J Imag Derm 2021;3:1-9.', year: 2021, kind: 'preclinical', doi: '10.9999/jid.2021(3)01' },
      { id: 'F2', citation: 'Undated agency leaflet on skin products', kind: 'regulator', url: 'https://agency.example/leaflet' },
      { id: 'F3', citation: 'Third source that a short citation leaves out', year: 2019, kind: 'review' },
    ],
    regulatory: [
      { jurisdiction: 'US', note: 'Claim-level US note: collagen claims make a product a drug.', sourceIds: ['F2'] },
      { jurisdiction: 'KR', note: 'Claim-level KR note: only functional cosmetics may claim wrinkle care.', sourceIds: [] },
    ],
    safety: [],
    reviewed: '2026-03-14',
    origin: 'bundled',
    ...extra,
  };
}

export const collagenClaim = fixtureClaim('fixture-collagen');

export const regrowthClaim = fixtureClaim('fixture-hair', {
  topic: 'hair-growth',
  trend: 'pdrn-polynucleotides',
  claim: 'Salmon DNA regrows hair.',
  evidence: 'none',
  verdict: 'unproven',
  summary: 'No trial of salmon DNA for hair loss was found.',
  explanation: 'Nobody has tested it.',
  sources: [],
  regulatory: [],
  reviewed: '2026-02-01',
});

export const fixtureTrends: TrendInfo[] = [
  {
    trend: 'exosomes',
    name: 'Exosomes and extracellular vesicles',
    triggers: { en: ['exosom*'] },
    regulatory: [
      { jurisdiction: 'US', note: 'Trend-level US note: no vesicle product is approved.', sourceIds: ['FT1'] },
      { jurisdiction: 'EU', note: 'Trend-level EU note: material of human origin is banned in cosmetics.', sourceIds: [] },
    ],
    sources: [{ id: 'FT1', citation: 'Agency statement on vesicle products', year: 2020, kind: 'regulator', url: 'https://agency.example/vesicles' }],
    reviewed: '2026-01-01',
  },
];

export const claimsById = new Map([collagenClaim, regrowthClaim].map((claim) => [claim.id, claim]));

export const PAGE = { url: 'https://shop.example/serum?ref=1', title: 'Glow Serum — shop', checkedAt: '2026-05-01T09:30:00Z' };

export function fixtureReport(overrides: Partial<ReportInput> = {}) {
  return buildReport({
    page: PAGE,
    findings: [
      { claimId: 'fixture-collagen', quote: 'Our vesicle serum rebuilds collagen in 7 days.', stance: 'asserted', prefix: 'New! ', suffix: ' Try it' },
      { claimId: 'fixture-hair', quote: 'It is not true that salmon DNA regrows hair.', stance: 'refuted' },
    ],
    claims: claimsById,
    trends: fixtureTrends,
    jurisdiction: 'US',
    dbVersion: '2026-03-14+abc12345',
    generatedAt: '2026-05-02T10:00:00Z',
    ...overrides,
  });
}

/** Page text an attacker controls: markup, a script, an event handler, a javascript: URL. */
export const HOSTILE = `</blockquote><script>alert(1)</script>"><img src=x onerror=alert(2)> [click](javascript:alert(3)) ![x](https://evil.example/x.png) <https://evil.example> **bold** # heading`;
