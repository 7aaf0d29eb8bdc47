// The database's schema history. Versions are only ever appended: a browser that last ran
// version n opens the database with every later version's stores and upgrade in order, so a
// user's claims and settings survive every update of the extension.
//
// To change the schema, append { version: n + 1, stores: { …only the changed tables… },
// upgrade: (tx) => … } and add a migration test that opens the previous history first.
import type { Dexie, Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs of tables added or changed in this version (null deletes a table). */
  stores: Record<string, string | null>;
  /** Rewrites existing records for this version; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Claims the user wrote or imported, keyed by claim id.
      userClaims: 'id',
      // One record under the outbound key SETTINGS_KEY.
      settings: '',
    },
  },
  {
    // Issue 6: the journalist's research log, disputes and silenced claims. Only new tables:
    // records stored at version 1 keep their shape (settings written then lack `researchLog`,
    // and every read merges stored settings with the defaults, so the log stays off for them).
    version: 2,
    stores: {
      // One entry per page visit; listed newest first, filtered by site.
      researchLog: 'id, firstSeen, lastUpdated, hostname',
      // "I think this is wrong" on a finding, newest last.
      disputes: 'id, at, claimId, url',
      // Claims silenced on one site; the background looks them up by hostname at every scan.
      silences: '[hostname+claimId], hostname',
    },
  },
];

export const SETTINGS_KEY = 'settings';

export function applySchema(db: Dexie, history: readonly SchemaVersion[] = SCHEMA_HISTORY): void {
  for (const step of history) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
