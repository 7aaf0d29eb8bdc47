// Backup and restore of every piece of user data. A restore replaces everything in ONE
// transaction: either the whole backup is stored, or (on any problem) nothing changes.
import type { RestoreResult } from '../messaging/protocol';
import { countBackup, type BackupContents } from './backup-contents';
import { formatBackup } from './backup-format';
import { parseBackup } from './backup-parse';
import type { ClaimLensDatabase } from './database';
import { SETTINGS_KEY } from './schema';
import { mergeWithDefaults } from './settings-repository';
import { bundledClaimIds } from './user-claim-input';

export interface BackupRepository {
  exportJson(now?: Date): Promise<string>;
  /** Replaces all user data with the backup's, or changes nothing and says what is wrong. */
  restoreJson(json: string): Promise<RestoreResult>;
}

export function createBackupRepository(
  db: ClaimLensDatabase,
  reservedIds: ReadonlySet<string> = bundledClaimIds(),
): BackupRepository {
  const tables = () => [db.userClaims, db.settings, db.researchLog, db.disputes, db.silences];

  async function readAll(): Promise<BackupContents> {
    // One read transaction: a backup is a snapshot, not a mix of before and after a write.
    return db.transaction('r', tables(), async () => ({
      settings: mergeWithDefaults(await db.settings.get(SETTINGS_KEY)),
      userClaims: await db.userClaims.toArray(),
      researchLog: await db.researchLog.toArray(),
      disputes: await db.disputes.toArray(),
      silences: await db.silences.toArray(),
    }));
  }

  async function replaceAll(contents: BackupContents): Promise<void> {
    await db.transaction('rw', tables(), async () => {
      for (const table of tables()) await table.clear();
      await db.settings.put(contents.settings, SETTINGS_KEY);
      await db.userClaims.bulkAdd(contents.userClaims);
      await db.researchLog.bulkAdd(contents.researchLog);
      await db.disputes.bulkAdd(contents.disputes);
      await db.silences.bulkAdd(contents.silences);
    });
  }

  return {
    async exportJson(now = new Date()) {
      return formatBackup(await readAll(), now);
    },

    async restoreJson(json) {
      const parsed = parseBackup(json, reservedIds);
      if (!parsed.ok) return parsed;
      try {
        await replaceAll(parsed.contents);
      } catch (error) {
        // The transaction rolled back: everything stored before is still there.
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, errors: [`storage: could not restore the backup (${message}); nothing was changed`] };
      }
      return { ok: true, restored: countBackup(parsed.contents) };
    },
  };
}
