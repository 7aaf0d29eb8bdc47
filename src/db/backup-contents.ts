// Everything a user has stored in ClaimLens, as one value: what a backup file holds.
import type { Dispute, Silence } from '../disputes/types';
import type { ResearchLogEntry } from '../research-log/types';
import type { Settings } from '../settings/settings';
import type { StoredUserClaim } from './database';

export interface BackupContents {
  settings: Settings;
  userClaims: StoredUserClaim[];
  researchLog: ResearchLogEntry[];
  disputes: Dispute[];
  silences: Silence[];
}

/** How many records of each kind a backup holds (the restore reports these). */
export interface BackupCounts {
  userClaims: number;
  researchLog: number;
  disputes: number;
  silences: number;
}

export function countBackup(contents: BackupContents): BackupCounts {
  return {
    userClaims: contents.userClaims.length,
    researchLog: contents.researchLog.length,
    disputes: contents.disputes.length,
    silences: contents.silences.length,
  };
}
