import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { ClaimLensDatabase, type StoredUserClaim } from '../../../src/db/database';
import { createResearchLogRepository } from '../../../src/db/research-log-repository';
import { createSettingsRepository } from '../../../src/db/settings-repository';
import { createSilencesRepository } from '../../../src/db/silences-repository';
import { createUserClaimsRepository } from '../../../src/db/user-claims-repository';
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

  it('migrates a version 1 database full of data to version 2 and loses nothing', async () => {
    const name = 'claimlens-migration-v1-to-v2';
    // The first released schema exactly as it shipped, not as SCHEMA_HISTORY[0] may read later.
    const firstRelease = new Dexie(name);
    firstRelease.version(1).stores({ userClaims: 'id', settings: '' });
    const claims = [1, 2, 3].map((n) => ({ ...lashClaim({ id: `user-claim-${n}`, claim: `Claim number ${n} regrows lashes` }), origin: 'user' }));
    await firstRelease.table('userClaims').bulkPut(claims);
    await firstRelease.table('settings').put({ jurisdiction: 'KR', sensitivity: 'all', pausedSites: ['a.example'], highlightStyle: 'none' }, SETTINGS_KEY);
    expect(firstRelease.verno).toBe(1);
    firstRelease.close();

    const current = open(name, SCHEMA_HISTORY);
    expect(current.verno).toBe(2);
    expect(await current.userClaims.orderBy(':id').toArray()).toEqual(claims);
    expect(await current.settings.get(SETTINGS_KEY)).toEqual({
      jurisdiction: 'KR',
      sensitivity: 'all',
      pausedSites: ['a.example'],
      highlightStyle: 'none',
    });
    // Settings stored before the research log existed read with the log off.
    expect(await createSettingsRepository(current).get()).toEqual({
      jurisdiction: 'KR',
      sensitivity: 'all',
      pausedSites: ['a.example'],
      highlightStyle: 'none',
      researchLog: false,
    });
    expect((await createUserClaimsRepository(current, new Set()).list()).map((claim) => claim.id)).toEqual([
      'user-claim-1',
      'user-claim-2',
      'user-claim-3',
    ]);
    // The new tables exist, empty, and take writes.
    expect(await current.researchLog.count()).toBe(0);
    expect(await current.disputes.count()).toBe(0);
    await createSilencesRepository(current).silence('a.example', 'user-claim-1');
    await createResearchLogRepository(current).record({
      entryId: null,
      url: 'https://a.example/',
      title: 'A',
      hostname: 'a.example',
      findings: [
        {
          claimId: 'user-claim-1',
          topic: 'hair-growth',
          trend: 'exosomes',
          evidence: 'none',
          verdict: 'unproven',
          stance: 'asserted',
          confidence: 'high',
          quote: 'Regrows lashes.',
          prefix: '',
          suffix: '',
        },
      ],
      dbVersion: 'v',
      at: 1,
    });
    expect(await current.silences.count()).toBe(1);
    expect(await current.researchLog.count()).toBe(1);
  });

  it('adds the research log, disputes and silences in version 2', () => {
    expect(SCHEMA_HISTORY[1]).toMatchObject({ version: 2 });
    expect(Object.keys(SCHEMA_HISTORY[1]!.stores).sort()).toEqual(['disputes', 'researchLog', 'silences']);
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
