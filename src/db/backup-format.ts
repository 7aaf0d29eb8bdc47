// The backup file: every piece of user data in one JSON document with a format name and version.
// Writing is canonical (records in a fixed order, fields in schema order), so backing up the same
// data twice gives the same bytes apart from `exportedAt`, and a restored backup backs up
// identically.
import type { z } from 'zod';
import { userClaimSchema } from '../claims/schema';
import { disputeSchema, silenceSchema } from '../disputes/record-schemas';
import { researchLogEntrySchema } from '../research-log/entry-schema';
import { settingsSchema } from '../settings/settings';
import type { BackupContents } from './backup-contents';
import { toExportedClaim } from './user-claim-export';

export const BACKUP_FORMAT = 'claimlens-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Refused before parsing. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** The top-level fields of a backup, in the order they are written. */
export const BACKUP_FIELDS = ['format', 'version', 'exportedAt', 'settings', 'userClaims', 'researchLog', 'disputes', 'silences'] as const;

export function formatBackup(contents: BackupContents, exportedAt: Date): string {
  const document: Record<(typeof BACKUP_FIELDS)[number], unknown> = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    settings: canonical(settingsSchema, contents.settings),
    userClaims: sortBy(contents.userClaims, (claim) => [claim.id]).map((claim) =>
      canonical(userClaimSchema, toExportedClaim(claim)),
    ),
    researchLog: sortBy(contents.researchLog, (entry) => [entry.firstSeen, entry.id]).map((entry) =>
      canonical(researchLogEntrySchema, entry),
    ),
    disputes: sortBy(contents.disputes, (dispute) => [dispute.at, dispute.id]).map((dispute) => canonical(disputeSchema, dispute)),
    silences: sortBy(contents.silences, (silence) => [silence.hostname, silence.claimId]).map((silence) =>
      canonical(silenceSchema, silence),
    ),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The record with its fields in schema order. A record the schema refuses is written as stored:
 *  the backup loses nothing, and a restore says exactly what is wrong with it. */
function canonical(schema: z.ZodType, record: unknown): unknown {
  const parsed = schema.safeParse(record);
  return parsed.success ? parsed.data : record;
}

function sortBy<T>(records: readonly T[], key: (record: T) => (string | number)[]): T[] {
  return [...records].sort((a, b) => compareKeys(key(a), key(b)));
}

function compareKeys(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    // Code-unit order, not localeCompare: the same data must sort the same in every browser.
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
