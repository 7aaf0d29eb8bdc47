// Short trend names for small spaces; the bundle's TrendInfo.name is the long, reviewed form.
import type { Trend } from '../../claims/vocabulary';

export const TREND_SHORT_NAME: Record<Trend, string> = {
  exosomes: 'Exosomes',
  'pdrn-polynucleotides': 'PDRN / polynucleotides',
  'stem-cell-cosmetics': 'Stem-cell cosmetics',
  'growth-factors': 'Growth factors',
  'platelet-derived': 'Platelet-derived',
};

/** The trend as an adjective for "… products" ("Applies to all exosome products"). */
export const TREND_PRODUCT_NAME: Record<Trend, string> = {
  exosomes: 'exosome',
  'pdrn-polynucleotides': 'PDRN and polynucleotide',
  'stem-cell-cosmetics': 'stem-cell',
  'growth-factors': 'growth-factor',
  'platelet-derived': 'platelet-derived',
};
