import { afterEach, describe, expect, it } from 'vitest';
import { ClaimLensDatabase, type StoredUserClaim } from '../../../src/db/database';
import { SCHEMA_HISTORY, SETTINGS_KEY, type SchemaVersion } from '../../../src/db/schema';
import { lashClaim } from './fixtures';

const opened: ClaimLensDatabase[] = [];
function open(name: string, history: readonly SchemaVersion[]): ClaimLensDatabase {
  const db = new ClaimLensDatabase(name, history);
  opened.push(db);
  return db;
}

afterEach(async () => {
  const databases = opened.splice(0);
  databases.forEach((db) => db.close());
  for (const name of new Set(databases.map((db) => db.name))) await new ClaimLensDatabase(name).delete();
});

describe('database schema history', () => {
  it('starts at version 1 with user claims by id and one settings record', () => {
    expect(SCHEMA_HISTORY[0]).toMatchObject({ version: 1, stores: { userClaims: 'id', settings: '' } });
    const versions = SCHEMA_HISTORY.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('keeps data written at version 1 when opened with the current history', async () => {
    const name = 'claimlens-migration-current';
    const v1 = open(name, SCHEMA_HISTORY.slice(0, 1));
    await v1.userClaims.put({ ...lashClaim(), origin: 'user' } as unknown as StoredUserClaim);
    await v1.settings.put({ sensitivity: 'all' }, SETTINGS_KEY);
    v1.close();

    const current = open(name, SCHEMA_HISTORY);
    expect((await current.userClaims.toArray()).map((claim) => claim.id)).toEqual(['exosome-lash-regrowth']);
    expect(await current.settings.get(SETTINGS_KEY)).toEqual({ sensitivity: 'all' });
    expect(current.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
  });

  it('runs an appended version\'s upgrade over existing records exactly once', async () => {
    const name = 'claimlens-migration-next';
    const v1 = open(name, SCHEMA_HISTORY.slice(0, 1));
    await v1.userClaims.put({ ...lashClaim(), origin: 'user' } as unknown as StoredUserClaim);
    v1.close();

    // The shape a future version takes: a new index, and records rewritten to fit it.
    let upgrades = 0;
    const next: SchemaVersion = {
      version: SCHEMA_HISTORY.at(-1)!.version + 1,
      stores: { userClaims: 'id, trend' },
      upgrade: (tx) => {
        upgrades += 1;
        return tx
          .table('userClaims')
          .toCollection()
          .modify((claim: { claim: string }) => {
            claim.claim = `${claim.claim} (migrated)`;
          });
      },
    };
    const upgraded = open(name, [...SCHEMA_HISTORY, next]);
    const [claim] = await upgraded.userClaims.where('trend').equals('exosomes').toArray();
    expect(claim?.claim).toMatch(/\(migrated\)$/);
    upgraded.close();

    const reopened = open(name, [...SCHEMA_HISTORY, next]);
    await reopened.userClaims.count();
    expect(upgrades).toBe(1);
  });
});
