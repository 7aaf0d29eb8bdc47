// ClaimReview needs a number. Worst verdict lowest, like the rating scales fact-checkers
// publish, so "1 of 5" reads as "false" to anyone who has seen one.
import { VERDICT_LABEL } from '../claims/verdict-display';
import type { Verdict } from '../claims/vocabulary';

export const WORST_RATING = 1;
export const BEST_RATING = 5;

export const VERDICT_RATING: Record<Verdict, number> = {
  false: 1,
  misleading: 2,
  unproven: 3,
  overstated: 4,
  accurate: 5,
};

/** "1 False · 2 Misleading · 3 Unproven · 4 Overstated · 5 Accurate", printed in every report. */
export function ratingScaleText(): string {
  return (Object.entries(VERDICT_RATING) as [Verdict, number][])
    .sort(([, a], [, b]) => a - b)
    .map(([verdict, rating]) => `${rating} ${VERDICT_LABEL[verdict]}`)
    .join(' · ');
}
