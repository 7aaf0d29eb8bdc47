// The fixed vocabularies every claim and finding uses. Topic ids are a public contract
// (../shared/domain/topics.md): never rename one, only append.

export const TOPIC_IDS = [
  'cell-signalling',
  'collagen-elastin',
  'anti-ageing',
  'skin-regeneration',
  'wound-healing',
  'post-procedure-recovery',
  'scars',
  'pigmentation',
  'rosacea-redness',
  'inflammation',
  'texture-hydration',
  'hair-growth',
  'deep-penetration',
  'safety',
  'regulatory-status',
  'source-origin',
  'clinical-proof',
  'celebrity-use',
  'superiority',
  'acne',
  'skin-disease',
  'dose-concentration',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const TRENDS = [
  'exosomes',
  'pdrn-polynucleotides',
  'stem-cell-cosmetics',
  'growth-factors',
  'platelet-derived',
] as const;
export type Trend = (typeof TRENDS)[number];

/** strong: consistent human RCTs or meta-analyses · limited: small or few human trials ·
 *  preclinical: cell or animal only · none: no evidence found */
export const EVIDENCE_LEVELS = ['strong', 'limited', 'preclinical', 'none'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const VERDICTS = ['accurate', 'overstated', 'unproven', 'misleading', 'false'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const STANCES = ['asserted', 'refuted'] as const;
export type Stance = (typeof STANCES)[number];

export const JURISDICTIONS = ['US', 'EU', 'UK', 'KR', 'TW', 'CN', 'CA', 'AU', 'ZA', 'JP'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Languages a claim's phrasings are written in; the first four are required for bundled claims. */
export const REQUIRED_LANGUAGES = ['en', 'ko', 'es', 'ja'] as const;
export const LANGUAGES = [...REQUIRED_LANGUAGES, 'zh', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SOURCE_KINDS = [
  'meta-analysis',
  'systematic-review',
  'review',
  'rct',
  'split-face-trial',
  'uncontrolled-trial',
  'case-series',
  'case-report',
  'preclinical',
  'trial-registry',
  'conference-abstract',
  'regulator',
  'law-or-guideline',
  'label',
  'news',
  'commentary',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
