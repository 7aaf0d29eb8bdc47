// How verdicts and evidence levels are named and coloured everywhere (highlights, cards, UI,
// exports), so a shopper sees the same word and colour in every place.
import type { EvidenceLevel, Verdict } from './vocabulary';

export const VERDICT_LABEL: Record<Verdict, string> = {
  accurate: 'Accurate',
  overstated: 'Overstated',
  unproven: 'Unproven',
  misleading: 'Misleading',
  false: 'False',
};

/** Colours chosen to stay readable as underlines and tints on light and dark pages. */
export const VERDICT_COLOR: Record<Verdict, string> = {
  accurate: '#1a7f37',
  overstated: '#b35900',
  unproven: '#8250df',
  misleading: '#c2410c',
  false: '#cf222e',
};

/** Worst first: a page or sentence with several verdicts is shown with the worst one. */
export const VERDICT_SEVERITY: readonly Verdict[] = ['false', 'misleading', 'overstated', 'unproven', 'accurate'];

export const EVIDENCE_LABEL: Record<EvidenceLevel, string> = {
  strong: 'Strong evidence',
  limited: 'Limited evidence',
  preclinical: 'Lab or animal studies only',
  none: 'No evidence found',
};

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict | null {
  const present = new Set(verdicts);
  return VERDICT_SEVERITY.find((verdict) => present.has(verdict)) ?? null;
}
