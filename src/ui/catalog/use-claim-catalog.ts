import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useServices } from '../services/ServicesContext';
import { buildClaimCatalog, type ClaimCatalog } from './claim-catalog';

export interface ClaimCatalogState extends ClaimCatalog {
  /** False until the user claims have been read once (so lists do not flash "empty"). */
  userClaimsLoaded: boolean;
}

/** Bundled + user claims, following the user-claims table live. Read-only: writes go through
 *  UiToBackground so the background stays the single writer. */
export function useClaimCatalog(): ClaimCatalogState {
  const { claims: source } = useServices();
  const userClaims = useLiveQuery(() => source.loadUserClaims(), [source]);
  return useMemo(
    () => ({
      ...buildClaimCatalog(source.bundle, userClaims ?? []),
      userClaimsLoaded: userClaims !== undefined,
    }),
    [source.bundle, userClaims],
  );
}
