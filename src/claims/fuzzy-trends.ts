// Confirms misspelt trend names caught by the loose stems in triggers.ts: Fuse.js compares each
// candidate word with the real single-word trend names ("exosome", "polynucleotide").
import Fuse from 'fuse.js';
import { LOOSE_TREND_STEMS, type TrendMention, type TrendTriggers } from './triggers';
import { fold } from './fold';

const MIN_LENGTH = 5;
/** Fuse score (0 exact … 1 anything); about one or two wrong letters in a ten-letter word. */
const MAX_SCORE = 0.3;

export function compileFuzzyTrends(trends: readonly TrendTriggers[]) {
  const words = trends.flatMap(({ trend, triggers }) =>
    Object.values(triggers)
      .flat()
      .filter((phrasing) => /^[a-z]+\*?$/i.test(phrasing) && phrasing.length >= MIN_LENGTH)
      .flatMap((phrasing) => fullForms(fold(phrasing)).map((word) => ({ trend, word }))),
  );
  const fuse = new Fuse(words, { keys: ['word'], includeScore: true, threshold: MAX_SCORE, ignoreLocation: true });

  /** Mentions spelt loosely that no exact trigger found, confirmed by similarity to a real name. */
  return function fuzzyMentions(folded: string, exact: readonly TrendMention[]): TrendMention[] {
    const found: TrendMention[] = [];
    // Both lists run in text order, so one pointer walks the exact mentions alongside.
    let next = 0;
    for (const match of folded.matchAll(LOOSE_TREND_STEMS)) {
      const start = match.index;
      const end = start + match[0].length;
      while (next < exact.length && exact[next]!.end <= start) next++;
      const overlapsExact = next < exact.length && exact[next]!.start < end;
      if (match[0].length < MIN_LENGTH || overlapsExact) continue;
      const [best] = fuse.search(match[0].slice(0, 24), { limit: 1 });
      if (best && (best.score ?? 1) <= MAX_SCORE) found.push({ trend: best.item.trend, start, end });
    }
    return found;
  };
}

/** A stem such as "exosom*" is compared in its usual written forms ("exosome", "exosomes"). */
function fullForms(phrasing: string): string[] {
  if (!phrasing.endsWith('*')) return [phrasing];
  const stem = phrasing.slice(0, -1);
  return /[aeiou]$/.test(stem) ? [stem, `${stem}s`] : [stem, `${stem}e`, `${stem}es`];
}
