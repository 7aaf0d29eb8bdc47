// Every claim wording compiled once and indexed by its first folded characters. Scanning looks
// up the characters at each position and tries only the wordings filed under them, so the cost
// grows with the text, not with the number of claims (10,000 user claims stay cheap).
import { fold } from './fold';
import { LATIN_LETTER, LETTER, phrasingSource, startsWithLatin } from './phrasing';
import type { Claim } from './types';
import type { TopicId } from './vocabulary';

export interface Wording {
  topic: TopicId;
  /** Compiled on first use (most wordings are never tried on a given page); see patternOf. */
  source: string;
  pattern: RegExp | null;
  /** Indexes (into the compiled claims) of every claim that lists this wording. */
  claims: number[];
  /** A wording that raises the claim only to deny it ("not fda approved"). */
  denial: boolean;
  /** The wording skips words ("stimulat* ... collagen"), so its match may span other wordings. */
  hasGap: boolean;
}

export interface WordingMatch {
  wording: Wording;
  start: number;
  end: number;
}

const PLAIN = new RegExp(`^[${LETTER}#]+$`);
const LATIN_WORD_CHAR = new RegExp(`[${LATIN_LETTER}]`);
const KEY_LENGTHS = [3, 2, 1] as const;
const NUMBER_START = '<n>';

/** Wordings filed by their first three characters, or fewer when the wording starts shorter. */
class KeyedWordings {
  private readonly byLength = KEY_LENGTHS.map((length) => ({ length, map: new Map<string, Wording[]>() }));

  add(key: string, wording: Wording): boolean {
    for (const { length, map } of this.byLength) {
      const prefix = key.slice(0, length);
      if (prefix.length === length && PLAIN.test(prefix)) {
        const filed = map.get(prefix);
        if (filed) filed.push(wording);
        else map.set(prefix, [wording]);
        return true;
      }
    }
    return false;
  }

  *at(folded: string, position: number): Iterable<Wording> {
    for (const { length, map } of this.byLength) {
      const found = map.get(folded.slice(position, position + length));
      if (found) yield* found;
    }
  }
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Sticky: it matches only at the position it is tried at. */
function patternOf(wording: Wording): RegExp {
  wording.pattern ??= new RegExp(wording.source, 'y');
  return wording.pattern;
}

function isAsciiWordChar(code: number): boolean {
  return isDigit(code) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function compileWordingIndex(claims: readonly Claim[]) {
  const atWordStart = new KeyedWordings();
  const anywhere = new KeyedWordings();
  /** Wordings that start with a number ("<n>%"): tried where a number starts. */
  const atNumber: Wording[] = [];
  /** Wordings whose first character is not a letter: tried at every position (rare). */
  const unkeyed: Wording[] = [];
  const seen = new Map<string, Wording>();

  claims.forEach((claim, index) => {
    const add = (phrasing: string, denial: boolean) => {
      const source = phrasingSource(phrasing);
      const id = `${claim.topic}|${denial}|${source}`;
      const existing = seen.get(id);
      if (existing) {
        if (!existing.claims.includes(index)) existing.claims.push(index);
        return;
      }
      const wording: Wording = {
        topic: claim.topic,
        source,
        pattern: null,
        claims: [index],
        denial,
        hasGap: phrasing.includes('...'),
      };
      seen.set(id, wording);
      const key = fold(phrasing.trim().slice(0, 3));
      if (key.startsWith(NUMBER_START)) atNumber.push(wording);
      else if (!(startsWithLatin(phrasing) ? atWordStart : anywhere).add(key, wording)) unkeyed.push(wording);
    };
    for (const list of Object.values(claim.phrasings)) list?.forEach((p) => add(p, false));
    for (const list of Object.values(claim.denials)) list?.forEach((p) => add(p, true));
    claim.hashtags.forEach((tag) => add(tag, false));
  });

  /** Every wording that matches in folded[from, to), with absolute offsets. */
  function matchAll(folded: string, from: number, to: number): WordingMatch[] {
    const found: WordingMatch[] = [];
    const region = folded.slice(0, to);
    const tryAt = (wording: Wording, position: number) => {
      const pattern = patternOf(wording);
      pattern.lastIndex = position;
      const match = pattern.exec(region);
      if (match) found.push({ wording, start: position, end: position + match[0].length });
    };
    let previousIsWordChar = from > 0 && LATIN_WORD_CHAR.test(folded[from - 1]!);
    for (let position = from; position < to; position++) {
      const code = folded.charCodeAt(position);
      const isWordChar = code < 128 ? isAsciiWordChar(code) : LATIN_WORD_CHAR.test(folded[position]!);
      if (isWordChar && !previousIsWordChar) {
        for (const wording of atWordStart.at(folded, position)) tryAt(wording, position);
        if (isDigit(code)) for (const wording of atNumber) tryAt(wording, position);
      }
      // Wordings in other scripts start with non-ASCII letters, hashtags with "#".
      if (code >= 128 || code === 35) for (const wording of anywhere.at(folded, position)) tryAt(wording, position);
      for (const wording of unkeyed) tryAt(wording, position);
      previousIsWordChar = isWordChar;
    }
    return found;
  }

  return { matchAll, size: seen.size };
}
