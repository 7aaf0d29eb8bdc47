// The extension's IndexedDB database. Opened only by the background and extension pages:
// IndexedDB opened from a content script would belong to the visited site's origin.
import { Dexie, type Table } from 'dexie';
import type { Claim } from '../claims/types';
import type { Dispute, Silence } from '../disputes/types';
import type { ResearchLogEntry } from '../research-log/types';
import type { Settings } from '../settings/settings';
import { applySchema, SCHEMA_HISTORY, type SchemaVersion } from './schema';

export const DATABASE_NAME = 'claimlens';

/** A claim from the options page or an import; always origin 'user'. */
export type StoredUserClaim = Claim & { origin: 'user' };

/** Stored settings may predate fields added later; readers merge them with the defaults. */
export type StoredSettings = Partial<Settings>;

export class ClaimLensDatabase extends Dexie {
  userClaims!: Table<StoredUserClaim, string>;
  settings!: Table<StoredSettings, string>;
  researchLog!: Table<ResearchLogEntry, string>;
  disputes!: Table<Dispute, string>;
  silences!: Table<Silence, [string, string]>;

  constructor(name = DATABASE_NAME, history: readonly SchemaVersion[] = SCHEMA_HISTORY) {
    super(name);
    applySchema(this, history);
  }
}

let shared: ClaimLensDatabase | undefined;

/** The database this context uses (one connection per page or service worker). */
export function getDatabase(): ClaimLensDatabase {
  shared ??= new ClaimLensDatabase();
  return shared;
}
