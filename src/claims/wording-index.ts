// Every claim wording compiled once and indexed by its first two folded characters. Scanning
// looks up the two characters at each position and tries only the wordings filed under them, so
// the cost grows with the text, not with the number of claims (10,000 user claims stay cheap).
import { fold } from './fold';
import { phrasingSource } from './phrasing';
import type { Claim } from './types';
import type { TopicId } from './vocabulary';

export interface Wording {
  topic: TopicId;
  /** Sticky: it matches only at the position it is tried at. */
  pattern: RegExp;
  /** Indexes (into the compiled claims) of every claim that lists this wording. */
  claims: number[];
  /** A wording that raises the claim only to deny it ("not fda approved"). */
  denial: boolean;
}

export interface WordingMatch {
  wording: Wording;
  start: number;
  end: number;
}

const KEY_LENGTH = 2;
const PLAIN_KEY = /^[\p{L}\p{N}#]{2}$/u;

export function compileWordingIndex(claims: readonly Claim[]) {
  const byKey = new Map<string, Wording[]>();
  /** Wordings whose first characters are not plain letters: tried at every position. */
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
      const wording: Wording = { topic: claim.topic, pattern: new RegExp(source, 'uy'), claims: [index], denial };
      seen.set(id, wording);
      const key = fold(phrasing.trim()).slice(0, KEY_LENGTH);
      if (!PLAIN_KEY.test(key)) unkeyed.push(wording);
      else byKey.set(key, [...(byKey.get(key) ?? []), wording]);
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
      wording.pattern.lastIndex = position;
      const match = wording.pattern.exec(region);
      if (match) found.push({ wording, start: position, end: position + match[0].length });
    };
    for (let position = from; position < to; position++) {
      const candidates = byKey.get(folded.slice(position, position + KEY_LENGTH));
      if (candidates) for (const wording of candidates) tryAt(wording, position);
      for (const wording of unkeyed) tryAt(wording, position);
    }
    return found;
  }

  return { matchAll, size: seen.size };
}
