// Disputes ("I think this is wrong") in IndexedDB, and their export for a maintainer to review.
import { disputeInputSchema } from '../disputes/dispute-input';
import type { Dispute } from '../disputes/types';
import type { SaveResult } from '../messaging/protocol';
import type { ClaimLensDatabase } from './database';
import { issueLines } from './issues';

export const DISPUTES_FORMAT = 'claimlens-disputes';
export const DISPUTES_FORMAT_VERSION = 1;

export interface DisputesRepository {
  add(input: unknown): Promise<SaveResult & { id?: string }>;
  delete(id: string): Promise<void>;
  /** Every dispute, oldest first. */
  list(): Promise<Dispute[]>;
  /** A JSON file of every dispute, with the claims database version they were made against. */
  exportJson(dbVersion: string, now?: Date): Promise<string>;
}

export function createDisputesRepository(
  db: ClaimLensDatabase,
  newId: () => string = () => crypto.randomUUID(),
  clock: () => number = Date.now,
): DisputesRepository {
  const list = () => db.disputes.orderBy('at').toArray();
  return {
    async add(input) {
      const parsed = disputeInputSchema.safeParse(input);
      if (!parsed.success) return { ok: false, errors: issueLines(parsed.error) };
      const { sourceUrl, ...fields } = parsed.data;
      const dispute: Dispute = { id: newId(), ...fields, ...(sourceUrl ? { sourceUrl } : {}), at: clock() };
      await db.disputes.add(dispute);
      return { ok: true, id: dispute.id };
    },

    async delete(id) {
      await db.disputes.delete(id);
    },

    list,

    async exportJson(dbVersion, now = new Date()) {
      const document = {
        format: DISPUTES_FORMAT,
        version: DISPUTES_FORMAT_VERSION,
        exportedAt: now.toISOString(),
        claimsDbVersion: dbVersion,
        disputes: await list(),
      };
      return `${JSON.stringify(document, null, 2)}\n`;
    },
  };
}
