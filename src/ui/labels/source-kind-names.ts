import type { SourceKind } from '../../claims/vocabulary';

export const SOURCE_KIND_NAME: Record<SourceKind, string> = {
  'meta-analysis': 'Meta-analysis',
  'systematic-review': 'Systematic review',
  review: 'Review',
  rct: 'Randomised controlled trial',
  'split-face-trial': 'Split-face trial',
  'uncontrolled-trial': 'Uncontrolled trial',
  'case-series': 'Case series',
  'case-report': 'Case report',
  preclinical: 'Lab or animal study',
  'trial-registry': 'Trial registry entry',
  'conference-abstract': 'Conference abstract',
  regulator: 'Regulator',
  'law-or-guideline': 'Law or guideline',
  label: 'Product label',
  news: 'News',
  commentary: 'Commentary',
};
