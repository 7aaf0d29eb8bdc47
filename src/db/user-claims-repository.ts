// User claims in IndexedDB: list, save, delete, import and export. Every write validates first
// and runs in one transaction, so bad input changes nothing.
import { describeIssues } from '../claims/schema';
import type { SaveResult } from '../messaging/protocol';
import type { ClaimLensDatabase, StoredUserClaim } from './database';
import { bundledClaimIds, bundledIdProblem, parseUserClaim } from './user-claim-input';
import { formatUserClaimsFile, parseUserClaimsFile } from './user-claims-file';

export type ImportResult = SaveResult & { imported?: number };

export interface UserClaimsRepository {
  /** Every user claim, sorted by id. */
  list(): Promise<StoredUserClaim[]>;
  get(id: string): Promise<StoredUserClaim | undefined>;
  /** Creates a claim, or replaces `replaceId` (which may differ from the new id: a rename). */
  save(input: unknown, replaceId?: string): Promise<SaveResult>;
  delete(id: string): Promise<void>;
  /** Adds or replaces every claim in the file, or nothing if any of it is invalid. */
  importJson(json: string): Promise<ImportResult>;
  exportJson(): Promise<string>;
}

export function createUserClaimsRepository(
  db: ClaimLensDatabase,
  reservedIds: ReadonlySet<string> = bundledClaimIds(),
): UserClaimsRepository {
  return {
    async list() {
      return db.userClaims.orderBy(':id').toArray();
    },

    async get(id) {
      return db.userClaims.get(id);
    },

    async save(input, replaceId) {
      const parsed = parseUserClaim(input);
      if (!parsed.ok) return { ok: false, errors: describeIssues(parsed.error) };
      const { claim } = parsed;
      if (reservedIds.has(claim.id)) return { ok: false, errors: [`id: ${bundledIdProblem(claim.id)}`] };
      return db.transaction('rw', db.userClaims, async (): Promise<SaveResult> => {
        if (claim.id !== replaceId && (await db.userClaims.get(claim.id))) {
          return { ok: false, errors: [`id: you already have a claim with id "${claim.id}"`] };
        }
        if (replaceId !== undefined && replaceId !== claim.id) await db.userClaims.delete(replaceId);
        await db.userClaims.put(claim);
        return { ok: true };
      });
    },

    async delete(id) {
      await db.userClaims.delete(id);
    },

    async importJson(json) {
      const parsed = parseUserClaimsFile(json, reservedIds);
      if (!parsed.ok) return parsed;
      try {
        await db.transaction('rw', db.userClaims, () => db.userClaims.bulkPut(parsed.claims));
      } catch (error) {
        // The transaction rolled back: nothing from the file was stored.
        return { ok: false, errors: [`storage: could not save the claims (${errorMessage(error)})`] };
      }
      return { ok: true, imported: parsed.claims.length };
    },

    async exportJson() {
      return formatUserClaimsFile(await db.userClaims.orderBy(':id').toArray());
    },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
