// Claims silenced on one site ("Silence this claim on this site"). The background asks for a
// site's silenced claims at every scan, through the hostname index.
import type { Silence } from '../disputes/types';
import type { ClaimLensDatabase } from './database';
import { InvalidInputError } from './invalid-input-error';
import { normaliseHostname } from './settings-repository';

export interface SilencesRepository {
  silence(hostname: string, claimId: string): Promise<void>;
  unsilence(hostname: string, claimId: string): Promise<void>;
  /** Claim ids silenced on this site (hostname as the browser reports it). */
  claimIdsFor(hostname: string): Promise<ReadonlySet<string>>;
  /** Every silence, by site then claim. */
  list(): Promise<Silence[]>;
}

export function createSilencesRepository(db: ClaimLensDatabase, clock: () => number = Date.now): SilencesRepository {
  return {
    async silence(hostname, claimId) {
      await db.silences.put({ hostname: normaliseHostname(hostname), claimId: checkedClaimId(claimId), at: clock() });
    },

    async unsilence(hostname, claimId) {
      await db.silences.delete([normaliseHostname(hostname), claimId]);
    },

    async claimIdsFor(hostname) {
      const silenced = await db.silences.where('hostname').equals(hostname.toLowerCase()).toArray();
      return new Set(silenced.map((silence) => silence.claimId));
    },

    async list() {
      return db.silences.orderBy('[hostname+claimId]').toArray();
    },
  };
}

function checkedClaimId(claimId: string): string {
  if (claimId.length === 0 || claimId.length > 80) throw new InvalidInputError([`claimId: "${claimId.slice(0, 80)}" is not a claim id`]);
  return claimId;
}
