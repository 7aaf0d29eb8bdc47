// Fuzzy search over the whole catalog (the side panel's search box). Fuse suits this: short
// queries over a list of short texts.
import Fuse, { type FuseOptionKey } from 'fuse.js';
import type { ClaimsBundle } from '../../../claims-db/compile';
import type { Claim } from '../../claims/types';
import { topicName } from '../labels/topic-names';
import { TREND_SHORT_NAME } from '../labels/trend-names';

/** Phrasings use `*` (word continues) and `...` (gap); people search for the plain words. */
function plainPhrasing(phrasing: string): string {
  return phrasing.replace(/\.\.\./g, ' ').replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

function searchKeys(trendNames: ReadonlyMap<string, string>): FuseOptionKey<Claim>[] {
  return [
    { name: 'claim', weight: 3 },
    { name: 'summary', weight: 2 },
    {
      name: 'phrasings',
      weight: 2,
      getFn: (claim) => Object.values(claim.phrasings).flatMap((list) => (list ?? []).map(plainPhrasing)),
    },
    { name: 'topic', weight: 1, getFn: (claim) => [claim.topic, topicName(claim.topic)] },
    {
      name: 'trend',
      weight: 1,
      getFn: (claim) => [claim.trend, TREND_SHORT_NAME[claim.trend], trendNames.get(claim.trend) ?? ''],
    },
  ];
}

export interface ClaimSearch {
  search(query: string, limit?: number): Claim[];
}

export function createClaimSearch(claims: readonly Claim[], trends: ClaimsBundle['trends'] = []): ClaimSearch {
  const fuse = new Fuse(claims, {
    keys: searchKeys(new Map(trends.map((info) => [info.trend, info.name]))),
    threshold: 0.38,
    // Claims and summaries are sentences: a match anywhere in them counts the same.
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  return {
    search(query, limit = 20) {
      const trimmed = query.trim();
      if (trimmed.length < 2) return [];
      return fuse.search(trimmed, { limit }).map((result) => result.item);
    },
  };
}
