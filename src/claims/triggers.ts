// Trend-ingredient names ("exosome", "PDRN", "줄기세포", …) compiled into regular expressions: a
// prefilter (does a text name any?) and the engine's finder of what a claim is about.
import { fold } from './fold';
import { phrasingSource } from './phrasing';
import { prefilterFrom, type PrefilterSources } from './prefilter';
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
const LOOSE_STEM_PASS = ['e[kx]{1,2}[aeiou]?s{1,2}[aeiou]?[mn]', 'pol[iy]\\w{0,3}n\\w{1,3}cl'];
/** Letters of a stem: enough that everyday words rarely begin the same way ("stem cel", not "stem"). */
const STEM_LETTERS = 8;

/**
 * The beginning of a trigger that every match of it starts with: up to eight letters, across
 * words, stopping where a word may continue ("exosom*"), each Latin letter with its accented and
 * full-width forms.
 */
function stemOf(trigger: string): string {
  const fixed = fold(trigger.trim()).split(/\*|\.\.\.|<n>/)[0]!;
  let letters = 0;
  let end = 0;
  while (end < fixed.length && letters < STEM_LETTERS) if (!/[\s\-]/.test(fixed[end++]!)) letters++;
  return fixed.slice(0, end).trim().replace(/-+$/, '');
}

interface PrefixTree extends Map<string, PrefixTree> {
  complete?: boolean;
}

/**
 * Alternatives with their shared beginnings written once ("ex(?:os|tr)" for "exos|extr"): the
 * regular expression then decides each letter once per position, not once per alternative
 * (measured in Chromium on 5 MB of prose: 27 ms against 36 ms). Only whether one matches counts,
 * so an alternative that another begins with makes the longer one unneeded.
 */
function sharedPrefixes(sources: readonly string[]): string {
  const root: PrefixTree = new Map();
  for (const source of sources) {
    let node = root;
    for (const unit of source.match(/(?:\[[^\]]*\]|\\.|[\s\S])(?:\{\d+(?:,\d+)?\}|[?*+])?/gu) ?? []) {
      let next = node.get(unit);
      if (!next) node.set(unit, (next = new Map()));
      node = next;
    }
    node.complete = true;
  }
  const write = (node: PrefixTree): string => {
    if (node.complete) return '';
    const branches = [...node].map(([unit, next]) => unit + write(next));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return write(root);
}

export interface TriggerMatcher {
  /** One pass over the text: does it name any trend ingredient, even misspelt? */
  test(text: string): boolean;
  /** Every trend mention with its offsets, in text already passed through fold(). */
  mentionsInFolded(folded: string): TrendMention[];
}

/**
 * The test runs on the text as written, so text that names no trend is never folded. A cheap
 * pass over short literal stems (no lookbehind, no Unicode mode) turns most pages away; only text
 * that passes it meets the exact pattern (case, accents, full width tolerated).
 */
export function prefilterSources(trends: readonly TrendTriggers[]): PrefilterSources {
  const triggerList = trends.flatMap(({ triggers }) => Object.values(triggers).flat() as string[]);
  const stems = triggerList.map(stemOf);
  return {
    stems: sharedPrefixes([...stems.map((stem) => phrasingSource(stem, 'raw')), ...LOOSE_STEM_PASS]),
    plainStems: sharedPrefixes([...stems.map((stem) => phrasingSource(stem, 'plain')), ...LOOSE_STEM_PASS]),
    exact: [...triggerList.map((p) => phrasingSource(p, 'raw')), LOOSE_TREND_STEMS.source].join('|'),
  };
}

export function compileTriggers(trends: TrendTriggers[]): TriggerMatcher {
  const groups = trends.map(({ triggers }) => {
    const sources = Object.values(triggers).flat().map((p) => phrasingSource(p!));
    return `(${sources.join('|')})`;
  });
  const source = groups.join('|');
  return {
    test: prefilterFrom(prefilterSources(trends)),
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
