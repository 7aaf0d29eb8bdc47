// Trend-ingredient names ("exosome", "PDRN", "줄기세포", …) compiled into one regular expression.
// The content script runs it as a cheap prefilter; the engine uses it to find what a claim is about.
// Kept free of other imports so the content script bundle stays small.
import { fold } from './fold';
import { phrasingSource } from './phrasing';
import type { Phrasings } from './types';
import type { Trend } from './vocabulary';

export interface TrendTriggers {
  trend: Trend;
  triggers: Phrasings;
}

export interface TrendMention {
  trend: Trend;
  start: number;
  end: number;
}

/**
 * Misspelt trend names ("exsome", "eksosome", "polynuecleotide") as loose stems. The prefilter lets
 * them through; the engine confirms each against the real names (fuzzy-trends.ts).
 */
export const LOOSE_TREND_STEMS =
  /(?<![\p{L}])(?:e[kx]{1,2}[aeiou]?s{1,2}[aeiou]?[mn][\p{L}]*|pol[iy][\p{L}]{0,3}n[\p{L}]{1,3}cl[\p{L}]{1,4}t[\p{L}]*)(?![\p{L}])/gu;

/** LOOSE_TREND_STEMS without its lookbehind: a cheap superset for the first pass. */
const LOOSE_STEM_PASS = 'e[kx]{1,2}[aeiou]?s{1,2}[aeiou]?[mn]|pol[iy]\\w{0,3}n\\w{1,3}cl';
const STEM_LENGTH = 5;
const SHORT_WORD = 3;

/**
 * The start of a trigger's longest word (every match of the trigger contains it), each Latin
 * letter with its accented and full-width forms; short words ("egf", "dna") as whole words.
 */
function stemSource(trigger: string): string {
  const words = fold(trigger.trim()).split(/[\s*\-./]+/).filter(Boolean);
  const longest = words.reduce((best, word) => (word.length > best.length ? word : best), '');
  const literal = phrasingSource(longest.slice(0, STEM_LENGTH), 'raw').replace(/\(\?<?[!=]\[[^\]]*\]\)/g, '');
  return longest.length <= SHORT_WORD && /^[a-z0-9]+$/.test(longest) ? `\\b${literal}\\b` : literal;
}

export interface TriggerMatcher {
  /** One pass over the text: does it name any trend ingredient, even misspelt? */
  test(text: string): boolean;
  /** Every trend mention with its offsets, in text already passed through fold(). */
  mentionsInFolded(folded: string): TrendMention[];
}

export function compileTriggers(trends: TrendTriggers[]): TriggerMatcher {
  const groups = trends.map(({ triggers }) => {
    const sources = Object.values(triggers).flat().map((p) => phrasingSource(p!));
    return `(${sources.join('|')})`;
  });
  const source = groups.join('|');
  // The test runs on the text as written, so text that names no trend is never folded. A cheap
  // pass over short literal stems (no lookbehind, no Unicode mode) turns most pages away; only
  // text that passes it meets the exact pattern (case, accents, full width tolerated).
  const triggerList = trends.flatMap(({ triggers }) => Object.values(triggers).flat() as string[]);
  const stemPattern = new RegExp([...new Set(triggerList.map(stemSource)), LOOSE_STEM_PASS].join('|'), 'i');
  const rawSource = triggerList.map((p) => phrasingSource(p, 'raw'));
  const testPattern = new RegExp(`${rawSource.join('|')}|${LOOSE_TREND_STEMS.source}`, 'iu');
  return {
    test: (text) => stemPattern.test(text) && testPattern.test(text),
    mentionsInFolded(folded) {
      const pattern = new RegExp(source, 'gu');
      const found: TrendMention[] = [];
      for (const match of folded.matchAll(pattern)) {
        const group = match.findIndex((value, index) => index > 0 && value !== undefined);
        found.push({ trend: trends[group - 1]!.trend, start: match.index, end: match.index + match[0].length });
      }
      return found;
    },
  };
}
