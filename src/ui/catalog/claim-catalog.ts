// The claims a page can show: the bundled database plus the contributor's own claims.
import type { ClaimsBundle, TrendInfo } from '../../../claims-db/compile';
import type { Claim } from '../../claims/types';
import type { Trend } from '../../claims/vocabulary';

export interface ClaimCatalog {
  /** Bundled claims first, then user claims, each in id order. */
  claims: Claim[];
  byId: ReadonlyMap<string, Claim>;
  trends: ReadonlyMap<Trend, TrendInfo>;
  /** The user's own claims (for the options page). */
  userClaims: Claim[];
}

export function buildClaimCatalog(bundle: ClaimsBundle, userClaims: readonly Claim[]): ClaimCatalog {
  const ownClaims = [...userClaims].sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map<string, Claim>();
  for (const claim of bundle.claims) byId.set(claim.id, claim);
  // The background refuses user claims with a bundled id; should one exist anyway, the user's wins.
  for (const claim of ownClaims) byId.set(claim.id, claim);
  return {
    claims: [...byId.values()],
    byId,
    trends: new Map(bundle.trends.map((info) => [info.trend, info])),
    userClaims: ownClaims,
  };
}
