// Compiles the claims once (wording-index.ts), then scans text:
//   1. one pass of the trend-name pattern — text that names no trend ingredient stops here;
//   2. around each mention, a window of sentences (claims follow the ingredient they are about);
//   3. scientific windows are skipped; the claim wordings are matched in the rest;
//   4. each match gets its sentence as the quote, a stance, a confidence, and the best claim.
import type { Engine, EngineInput, ScanOptions } from './engine';
import { fold } from './fold';
import { compileFuzzyTrends } from './fuzzy-trends';
import { looksScientific } from './science';
import { namesOtherIngredient } from './scope';
import { sentenceSpans, spanIndexAt, type Span } from './sentences';
import { evidenceCritiques, isNegated, reportsAdvertisingCrackdown } from './stance';
import { compileTriggers, type TrendMention } from './triggers';
import { compileWordingIndex, type Wording, type WordingMatch } from './wording-index';
import { describesSideEffects, SYMPTOM_TOPICS } from './side-effects';
import type { Claim, Confidence, Finding } from './types';
import type { Stance, TopicId, Trend } from './vocabulary';

/** Sentences before / after a trend mention that can still make a claim about it. */
const SENTENCES_BEFORE = 4;
const SENTENCES_AFTER = 6;
/** Beyond this many sentences from the mention the confidence is low. */
const CONFIDENT_DISTANCE = 1;
const MAX_QUOTE = 280;
/** The longest text one wording can match: 80 characters plus two gaps of 40. */
const MAX_WORDING_SPAN = 200;

/**
 * Stem-cell conditioned media, growth-factor and platelet-extract products are sold as, or
 * alongside, exosome products and rest on the same kind of small trials, so a claim reviewed for
 * one stands in for the others (the finding keeps the trend the text names). PDRN is a different
 * substance and borrows nothing.
 */
const RELATED_TRENDS: Record<Trend, readonly Trend[]> = {
  exosomes: ['stem-cell-cosmetics', 'growth-factors', 'platelet-derived'],
  'stem-cell-cosmetics': ['exosomes', 'growth-factors'],
  'growth-factors': ['exosomes', 'stem-cell-cosmetics'],
  'platelet-derived': ['exosomes', 'growth-factors'],
  'pdrn-polynucleotides': [],
};

interface Candidate {
  topic: TopicId;
  claim: Claim;
  /** The trend the text names, which may differ from the claim's when the claim is borrowed. */
  trend: Trend;
  stance: Stance;
  sentence: number;
  matchStart: number;
  matchEnd: number;
  confidence: Confidence;
}

export function createEngine({ claims, trends }: EngineInput): Engine {
  const triggers = compileTriggers([...trends]);
  const fuzzyMentions = compileFuzzyTrends(trends);
  const wordings = compileWordingIndex(claims);
  const generalClaim = indexGeneralClaims(claims);

  /**
   * The claim of the trend actually named; failing that, the same claim reviewed for a related
   * trend (see RELATED_TRENDS); failing that, none: ClaimLens does not judge a claim about one
   * substance with the evidence for another.
   */
  function pickClaim(wording: Wording, trend: Trend): Claim | null {
    const { topic } = wording;
    const own = wording.claims.map((index) => claims[index]!);
    const exact = own.find((claim) => claim.trend === trend) ?? generalClaim.get(`${topic}|${trend}`);
    if (exact) return exact;
    for (const related of RELATED_TRENDS[trend]) {
      const borrowed = own.find((claim) => claim.trend === related) ?? generalClaim.get(`${topic}|${related}`);
      if (borrowed) return borrowed;
    }
    return null;
  }

  function mentionsIn(folded: string): TrendMention[] {
    const exact = triggers.mentionsInFolded(folded);
    return [...exact, ...fuzzyMentions(folded, exact)].sort((a, b) => a.start - b.start);
  }

  function scan(text: string, options: ScanOptions = {}): Finding[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const pageTrend = options.pageTrend ?? null;
    if (!pageTrend && !triggers.test(text)) return [];
    const folded = fold(text);
    const mentions = mentionsIn(folded);
    if (mentions.length === 0 && !pageTrend) return [];

    const spans = sentenceSpans(text);
    if (spans.length === 0) return [];
    const mentionsBySentence = groupBySentence(mentions, spans);
    const regions = pageTrend ? [{ first: 0, last: spans.length - 1 }] : regionsAround(mentionsBySentence, spans.length);
    const candidates: Candidate[] = [];
    // Asked once per sentence, not once per match: a page of one endless "sentence" holding
    // thousands of matches would otherwise be read again for each of them.
    const sentenceText = (index: number) => folded.slice(spans[index]!.start, spans[index]!.end);
    const namesOther = perSentence((index) => namesOtherIngredient(sentenceText(index)));
    const sideEffects = perSentence((index) => describesSideEffects(sentenceText(index)));
    for (const region of regions) {
      const regionStart = spans[region.first]!.start;
      const regionEnd = spans[region.last]!.end;
      const regionText = folded.slice(regionStart, regionEnd);
      if (looksScientific(regionText)) continue;
      const lastCritique = evidenceCritiques(folded, regionStart, regionEnd).reduce((last, offset) => Math.max(last, spanIndexAt(spans, offset)), -1);
      const crackdown = reportsAdvertisingCrackdown(regionText);
      for (const { wording, start, end } of longestMatches(wordings.matchAll(folded, regionStart, regionEnd))) {
        const sentence = spanIndexAt(spans, start);
        if (sentence < 0) continue;
        const nearest = nearestMention(mentionsBySentence, sentence, start) ?? aboutPage(pageTrend);
        if (!nearest) continue;
        const span = spans[sentence]!;
        if (nearest.distance > 0 && namesOther(sentence)) continue;
        if (SYMPTOM_TOPICS.has(wording.topic) && sideEffects(sentence)) continue;
        const disputed =
          wording.denial ||
          crackdown ||
          lastCritique >= sentence ||
          isNegated(sentenceText(sentence), start - span.start, end - span.start);
        const claim = pickClaim(wording, nearest.mention.trend);
        if (!claim) continue;
        candidates.push({
          topic: wording.topic,
          claim,
          trend: nearest.mention.trend,
          stance: disputed ? 'refuted' : 'asserted',
          sentence,
          matchStart: start,
          matchEnd: end,
          confidence: nearest.distance <= CONFIDENT_DISTANCE ? 'high' : 'low',
        });
      }
    }
    return toFindings(candidates, spans, text);
  }

  function trendNamedIn(text: string): Trend | null {
    if (typeof text !== 'string' || !triggers.test(text)) return null;
    return mentionsIn(fold(text))[0]?.trend ?? null;
  }

  return { scan, trendNamedIn, claims };
}

/** A claim with no trend named nearby, on a page about `trend`: about it, far away. */
function aboutPage(trend: Trend | null) {
  return trend ? { mention: { trend, start: 0, end: 0 }, distance: Number.POSITIVE_INFINITY } : null;
}

/**
 * Where wordings overlap, the longest wins: "acne scars" is about scars, not acne. A wording
 * with a gap ("approved ... not") only outranks its own topic: other words in the gap stand.
 * Matches arrive sorted by start, so each is compared only with its neighbours.
 */
function longestMatches(matches: WordingMatch[]): WordingMatch[] {
  const outranks = (other: WordingMatch, match: WordingMatch) =>
    (!other.wording.hasGap || other.wording.topic === match.wording.topic) &&
    other.start <= match.start &&
    other.end >= match.end &&
    other.end - other.start > match.end - match.start;
  return matches.filter((match, index) => {
    for (let i = index - 1; i >= 0 && matches[i]!.start >= match.start - MAX_WORDING_SPAN; i--) {
      if (outranks(matches[i]!, match)) return false;
    }
    for (let i = index + 1; i < matches.length && matches[i]!.start <= match.start; i++) {
      if (outranks(matches[i]!, match)) return false;
    }
    return true;
  });
}

/** For each (topic, trend), the claim with the most wordings: the general one, not a special case. */
function indexGeneralClaims(claims: readonly Claim[]): Map<string, Claim> {
  const size = (claim: Claim) => Object.values(claim.phrasings).reduce((sum, list) => sum + (list?.length ?? 0), 0);
  const general = new Map<string, Claim>();
  for (const claim of claims) {
    const key = `${claim.topic}|${claim.trend}`;
    const current = general.get(key);
    if (!current || size(claim) > size(current)) general.set(key, claim);
  }
  return general;
}

function groupBySentence(mentions: TrendMention[], spans: readonly Span[]): Map<number, TrendMention[]> {
  const bySentence = new Map<number, TrendMention[]>();
  for (const mention of mentions) {
    const sentence = spanIndexAt(spans, mention.start);
    if (sentence < 0) continue;
    const list = bySentence.get(sentence) ?? [];
    list.push(mention);
    bySentence.set(sentence, list);
  }
  return bySentence;
}

function perSentence(answer: (index: number) => boolean): (index: number) => boolean {
  const answers = new Map<number, boolean>();
  return (index) => {
    let known = answers.get(index);
    if (known === undefined) answers.set(index, (known = answer(index)));
    return known;
  };
}

/** Merged ranges of sentences within reach of a mention. */
function regionsAround(bySentence: Map<number, TrendMention[]>, sentenceCount: number) {
  const regions: { first: number; last: number }[] = [];
  for (const sentence of [...bySentence.keys()].sort((a, b) => a - b)) {
    const first = Math.max(0, sentence - SENTENCES_BEFORE);
    const last = Math.min(sentenceCount - 1, sentence + SENTENCES_AFTER);
    const previous = regions.at(-1);
    if (previous && first <= previous.last + 1) previous.last = Math.max(previous.last, last);
    else regions.push({ first, last });
  }
  return regions;
}

/** The mention a claim in `sentence` is most likely about: same sentence first, then earlier ones. */
function nearestMention(bySentence: Map<number, TrendMention[]>, sentence: number, offset: number) {
  const same = bySentence.get(sentence);
  if (same) return { mention: lastStartingBy(same, offset) ?? same[0]!, distance: 0 };
  for (let distance = 1; distance <= SENTENCES_AFTER; distance++) {
    const earlier = bySentence.get(sentence - distance)?.at(-1);
    if (earlier) return { mention: earlier, distance };
    const later = distance <= SENTENCES_BEFORE ? bySentence.get(sentence + distance)?.[0] : undefined;
    if (later) return { mention: later, distance };
  }
  return null;
}

/** The last of `mentions` (in text order) that starts at or before `offset`, found by halving. */
function lastStartingBy(mentions: readonly TrendMention[], offset: number): TrendMention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  return mentions[low - 1];
}

/** One finding per topic and sentence; a sentence that disputes the claim anywhere refutes it. */
function toFindings(candidates: Candidate[], spans: readonly Span[], text: string): Finding[] {
  const bySentenceTopic = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = `${candidate.sentence}|${candidate.topic}`;
    const kept = bySentenceTopic.get(key);
    if (!kept) bySentenceTopic.set(key, candidate);
    else if (candidate.stance === 'refuted' && kept.stance === 'asserted') bySentenceTopic.set(key, { ...kept, stance: 'refuted' });
  }
  return [...bySentenceTopic.values()]
    .sort((a, b) => a.matchStart - b.matchStart)
    .map((candidate) => {
      const { start, end } = wholeCharacters(quoteBounds(spans[candidate.sentence]!, candidate, text), text);
      const { claim } = candidate;
      return {
        claimId: claim.id,
        topic: claim.topic,
        trend: candidate.trend,
        evidence: claim.evidence,
        verdict: claim.verdict,
        stance: candidate.stance,
        quote: text.slice(start, end),
        start,
        end,
        confidence: candidate.confidence,
      };
    });
}

/** The sentence, or for a very long one a window around the match cut at word boundaries. */
function quoteBounds(span: Span, candidate: Candidate, text: string): Span {
  if (span.end - span.start <= MAX_QUOTE) return span;
  const middle = (candidate.matchStart + candidate.matchEnd) >> 1;
  let start = Math.max(span.start, middle - MAX_QUOTE / 2);
  let end = Math.min(span.end, start + MAX_QUOTE);
  start = Math.max(span.start, end - MAX_QUOTE);
  while (start > span.start && /\S/u.test(text[start - 1]!) && middle - start < MAX_QUOTE * 0.75) start--;
  while (end < span.end && /\S/u.test(text[end]!) && end - middle < MAX_QUOTE * 0.75) end++;
  return { start, end };
}

/** Widens a span that would cut an emoji (or any character outside the basic plane) in half. */
function wholeCharacters({ start, end }: Span, text: string): Span {
  const isPair = (at: number) => isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
  return { start: start > 0 && isPair(start) ? start - 1 : start, end: end < text.length && isPair(end) ? end + 1 : end };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
