// Text search over the research log: the quotes, page titles and addresses. Fuse.js suits it:
// short queries, misspelt words, over a list of short texts. Each word of the query is looked up
// on its own and a page must match them all, so "salmon review" finds "My honest salmon DNA
// review" (Fuse alone would look for the two words side by side).
import Fuse from 'fuse.js';
import type { ResearchLogEntry } from './types';

export const MIN_QUERY_LENGTH = 2;

export interface LogSearch {
  /** The entries that match, best first; every entry when the query has no word to search. */
  search(query: string): ResearchLogEntry[];
}

export function createLogSearch(entries: readonly ResearchLogEntry[]): LogSearch {
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'quotes', weight: 3, getFn: (entry) => entry.findings.map((finding) => finding.quote) },
      { name: 'title', weight: 2 },
      { name: 'url', weight: 1 },
    ],
    threshold: 0.34,
    // Quotes are sentences and URLs long: a match anywhere in them counts the same.
    ignoreLocation: true,
    includeScore: true,
    minMatchCharLength: MIN_QUERY_LENGTH,
  });

  return {
    search(query) {
      const words = query.split(/\s+/).filter((word) => word.length >= MIN_QUERY_LENGTH);
      if (words.length === 0) return [...entries];
      let scores: Map<number, number> | null = null;
      for (const word of words) {
        const found = new Map(fuse.search(word).map((result) => [result.refIndex, result.score ?? 0]));
        scores = scores === null ? found : intersect(scores, found);
        if (scores.size === 0) return [];
      }
      return [...scores!].sort(([, a], [, b]) => a - b).map(([index]) => entries[index]!);
    },
  };
}

/** Entries in both, with their scores added (lower is better). */
function intersect(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): Map<number, number> {
  const both = new Map<number, number>();
  for (const [index, score] of a) {
    const other = b.get(index);
    if (other !== undefined) both.set(index, score + other);
  }
  return both;
}
