// The cheap first pass every page and block goes through: does it name a trend ingredient at all?
// From the prefilter compiled with the claims database (a few KB), not the full claims bundle.
import compiled from '../../claims-db/compiled/prefilter.json';
import { prefilterFrom, type PrefilterSources } from '../claims/prefilter';

export function createTrendPrefilter(sources: PrefilterSources = compiled): (text: string) => boolean {
  return prefilterFrom(sources);
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
