// The cheap first pass every block goes through: does it name a trend ingredient at all? Built from
// the generated trigger list (a few KB), not the full claims bundle.
import triggers from '../../claims-db/compiled/triggers.json';
import { compileTriggers, type TrendTriggers } from '../claims/triggers';

export function createTrendPrefilter(trends: readonly TrendTriggers[] = triggers as TrendTriggers[]): (text: string) => boolean {
  const matcher = compileTriggers([...trends]);
  return (text) => matcher.test(text);
}

/**
 * On a page whose title names a trend ingredient, every block may carry a claim about it
 * ("it boosts collagen"), so every block goes to the background; elsewhere only blocks that name
 * one do. The title is tested again only when it changes.
 */
export function withPageTitle(isTrendText: (text: string) => boolean, title: () => string): (text: string) => boolean {
  let lastTitle: string | null = null;
  let titleNamesTrend = false;
  return (text) => {
    const current = title();
    if (current !== lastTitle) {
      lastTitle = current;
      titleNamesTrend = isTrendText(current);
    }
    return titleNamesTrend || isTrendText(text);
  };
}
