// A stored user claim as it is written to an export file: the shape userClaimSchema reads back,
// so an exported file imports unchanged.
import type { UserClaimInput } from '../claims/schema';
import type { StoredUserClaim } from './database';

export function toExportedClaim(claim: StoredUserClaim): UserClaimInput {
  const { origin: _origin, ...fields } = claim;
  return fields;
}
