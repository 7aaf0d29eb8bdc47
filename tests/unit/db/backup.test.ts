import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupRepository, type BackupRepository } from '../../../src/db/backup-repository';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES } from '../../../src/db/backup-format';
import type { ClaimLensDatabase } from '../../../src/db/database';
import { createDisputesRepository } from '../../../src/db/disputes-repository';
import { createResearchLogRepository } from '../../../src/db/research-log-repository';
import { SETTINGS_KEY } from '../../../src/db/schema';
import { createSettingsRepository } from '../../../src/db/settings-repository';
import { createSilencesRepository } from '../../../src/db/silences-repository';
import { createUserClaimsRepository } from '../../../src/db/user-claims-repository';
import type { LoggedFinding } from '../../../src/research-log/types';
import { dropDatabase, freshDatabase, glowClaim, lashClaim } from './fixtures';

const BUNDLED_ID = 'bundled-claim-id';

function loggedFinding(overrides: Partial<LoggedFinding> = {}): LoggedFinding {
  return {
    claimId: 'exosome-lash-regrowth',
    topic: 'hair-growth',
    trend: 'exosomes',
    evidence: 'none',
    verdict: 'unproven',
    stance: 'asserted',
    confidence: 'high',
    quote: 'This exosome serum regrows eyelashes in seven days.',
    prefix: 'Our new lash care range is here. ',
    suffix: ' Order before Friday for a gift.',
    ...overrides,
  };
}

/** Every kind of user data, written through the repositories as the background writes it. */
async function fillWithEverything(db: ClaimLensDatabase): Promise<void> {
  const claims = createUserClaimsRepository(db, new Set([BUNDLED_ID]));
  expect(await claims.save(glowClaim())).toEqual({ ok: true });
  expect(await claims.save(lashClaim({ claim: 'Ünïcode “quotes” & <tags> survive: 속눈썹 ✨' }))).toEqual({ ok: true });
  await createSettingsRepository(db).update({ jurisdiction: 'KR', sensitivity: 'all', researchLog: true });
  await createSettingsRepository(db).setSitePaused('paused.example', true);
  const log = createResearchLogRepository(db);
  const first = await log.record({
    entryId: null,
    url: 'https://shop.example/serum',
    title: 'Serum shop',
    hostname: 'shop.example',
    findings: [loggedFinding()],
    dbVersion: '2026-01-01+abc',
    at: 1_700_000_000_000,
  });
  await log.record({
    entryId: first,
    url: 'https://shop.example/serum',
    title: 'Serum shop',
    hostname: 'shop.example',
    findings: [loggedFinding({ claimId: 'pdrn-glass-glow', quote: 'A moonlit pearl finish.', prefix: '', suffix: '' })],
    dbVersion: '2026-01-01+abc',
    at: 1_700_000_100_000,
  });
  await log.record({
    entryId: null,
    url: 'https://blog.example/post',
    title: '',
    hostname: 'blog.example',
    findings: [loggedFinding({ stance: 'refuted', confidence: 'low' })],
    dbVersion: '2026-01-01+abc',
    at: 1_700_000_050_000,
  });
  const disputes = createDisputesRepository(db);
  expect(
    await disputes.add({
      claimId: 'exosome-lash-regrowth',
      quote: loggedFinding().quote,
      url: 'https://shop.example/serum',
      reason: 'The page sells a peptide serum; exosomes are only in its name.',
      sourceUrl: 'https://example.org/ingredients',
    }),
  ).toMatchObject({ ok: true });
  expect(
    await disputes.add({ claimId: 'pdrn-glass-glow', quote: 'A moonlit pearl finish.', url: 'https://shop.example/serum', reason: 'Satire.' }),
  ).toMatchObject({ ok: true });
  const silences = createSilencesRepository(db);
  await silences.silence('shop.example', 'pdrn-glass-glow');
  await silences.silence('blog.example', 'exosome-lash-regrowth');
}

/** Everything stored, as a comparable value. */
async function snapshot(db: ClaimLensDatabase) {
  return {
    userClaims: await db.userClaims.orderBy(':id').toArray(),
    settings: await db.settings.get(SETTINGS_KEY),
    researchLog: await db.researchLog.orderBy('id').toArray(),
    disputes: await db.disputes.orderBy('id').toArray(),
    silences: await db.silences.toArray(),
  };
}

const withoutTimestamp = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

describe('backup and restore', () => {
  let db: ClaimLensDatabase;
  let backup: BackupRepository;

  beforeEach(async () => {
    db = freshDatabase();
    backup = createBackupRepository(db, new Set([BUNDLED_ID]));
    await fillWithEverything(db);
  });
  afterEach(() => dropDatabase(db));

  it('writes one file with a format name, a version and every kind of user data', async () => {
    const document = JSON.parse(await backup.exportJson(new Date('2026-02-03T04:05:06Z')));
    expect(Object.keys(document)).toEqual(['format', 'version', 'exportedAt', 'settings', 'userClaims', 'researchLog', 'disputes', 'silences']);
    expect(document).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: '2026-02-03T04:05:06.000Z' });
    expect(document.settings).toEqual({
      jurisdiction: 'KR',
      sensitivity: 'all',
      pausedSites: ['paused.example'],
      highlightStyle: 'underline',
      researchLog: true,
    });
    expect(document.userClaims.map((claim: { id: string }) => claim.id)).toEqual(['exosome-lash-regrowth', 'pdrn-glass-glow']);
    expect(document.userClaims[0]).not.toHaveProperty('origin');
    expect(document.researchLog.map((entry: { url: string }) => entry.url)).toEqual(['https://shop.example/serum', 'https://blog.example/post']);
    expect(document.researchLog[0].findings).toHaveLength(2);
    expect(document.disputes).toHaveLength(2);
    expect(document.silences).toEqual([
      { hostname: 'blog.example', claimId: 'exosome-lash-regrowth', at: expect.any(Number) },
      { hostname: 'shop.example', claimId: 'pdrn-glass-glow', at: expect.any(Number) },
    ]);
  });

  it('round-trips byte for byte: backup → wipe → restore → backup differs only in the export time', async () => {
    const before = await snapshot(db);
    const first = await backup.exportJson(new Date('2026-02-03T04:05:06Z'));
    await dropDatabase(db);

    db = freshDatabase();
    backup = createBackupRepository(db, new Set([BUNDLED_ID]));
    expect(await db.userClaims.count()).toBe(0);
    const restored = await backup.restoreJson(first);
    expect(restored).toEqual({ ok: true, restored: { userClaims: 2, researchLog: 2, disputes: 2, silences: 2 } });

    const second = await backup.exportJson(new Date('2027-08-09T10:11:12Z'));
    expect(second).not.toBe(first);
    expect(withoutTimestamp(second)).toBe(withoutTimestamp(first));
    expect(await snapshot(db)).toEqual(before);
  });

  it('backs up the same data to the same bytes every time', async () => {
    const at = new Date('2026-02-03T04:05:06Z');
    expect(await backup.exportJson(at)).toBe(await backup.exportJson(at));
  });

  it('replaces everything stored with the backup, not merging', async () => {
    const file = await backup.exportJson();
    await createUserClaimsRepository(db, new Set()).save(lashClaim({ id: 'added-after-backup' }));
    await createSilencesRepository(db).silence('new.example', 'x');
    expect((await backup.restoreJson(file)).ok).toBe(true);
    expect(await db.userClaims.get('added-after-backup')).toBeUndefined();
    expect(await db.silences.where('hostname').equals('new.example').count()).toBe(0);
  });

  describe('refuses a bad file and changes nothing', () => {
    let before: Awaited<ReturnType<typeof snapshot>>;
    let good: Record<string, unknown> & { researchLog: Record<string, unknown>[]; userClaims: Record<string, unknown>[] };

    beforeEach(async () => {
      before = await snapshot(db);
      good = JSON.parse(await backup.exportJson());
    });

    async function refused(json: string): Promise<string[]> {
      const result = await backup.restoreJson(json);
      expect(result.ok).toBe(false);
      expect(await snapshot(db)).toEqual(before);
      return result.ok ? [] : result.errors;
    }

    it('not JSON: says where the syntax breaks', async () => {
      const errors = await refused('{\n  "format": "claimlens-backup",\n  "version": 1,,\n}');
      expect(errors).toEqual([expect.stringMatching(/^file: not valid JSON: .*line 3, column \d+/)]);
    });

    it('another kind of file, or another version', async () => {
      expect(await refused('[]')).toEqual([expect.stringMatching(/^\(root\): must be a ClaimLens backup/)]);
      expect(await refused(JSON.stringify({ ...good, format: 'claimlens-user-claims' }))).toEqual([
        expect.stringMatching(/^format: must be "claimlens-backup"/),
      ]);
      expect(await refused(JSON.stringify({ ...good, version: 7 }))).toEqual([expect.stringMatching(/^version: 7 is not supported/)]);
    });

    it('a file that is valid except for one field deep inside: says exactly where', async () => {
      const [entry] = good.researchLog as { findings: Record<string, unknown>[] }[];
      entry!.findings[1]!.verdict = 'probably-fine';
      const errors = await refused(JSON.stringify(good));
      expect(errors).toEqual([expect.stringMatching(/^researchLog\[0\]\.findings\[1\]\.verdict: /)]);
    });

    it('several problems at once, each with its place', async () => {
      good.userClaims[1]!.sources = [];
      good.researchLog[1]!.firstSeen = 'yesterday';
      (good.disputes as Record<string, unknown>[])[0]!.sourceUrl = 'javascript:alert(1)';
      (good.settings as Record<string, unknown>).colour = 'teal';
      good.extra = true;
      const errors = await refused(JSON.stringify(good));
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^userClaims\[1\]\.sources: /),
          expect.stringMatching(/^researchLog\[1\]\.firstSeen: /),
          expect.stringMatching(/^disputes\[0\]\.sourceUrl: .*http\(s\)/),
          expect.stringMatching(/^settings: .*colour/),
          'extra: not a field of a ClaimLens backup',
        ]),
      );
    });

    it('duplicate ids', async () => {
      good.researchLog.push({ ...good.researchLog[0]! });
      good.userClaims.push({ ...good.userClaims[0]! });
      (good.silences as unknown[]).push((good.silences as unknown[])[0]);
      const errors = await refused(JSON.stringify(good));
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^researchLog\[2\]\.id: ".*" is already used by researchLog\[0\]$/),
          'userClaims[2].id: "exosome-lash-regrowth" is already used by userClaims[0]',
          expect.stringMatching(/^silences\[2\]\.claimId: .* is already used by silences\[0\]$/),
        ]),
      );
    });

    it('a user claim that takes the id of a bundled claim', async () => {
      good.userClaims[0]!.id = BUNDLED_ID;
      expect(await refused(JSON.stringify(good))).toEqual([expect.stringMatching(/^userClaims\[0\]\.id: .*shipped with ClaimLens/)]);
    });

    it('missing parts', async () => {
      delete good.settings;
      delete good.disputes;
      expect(await refused(JSON.stringify(good))).toEqual(['settings: missing', 'disputes: must be a list (missing)']);
    });

    it('a file over 20 MB, before reading it', async () => {
      const huge = `{"format":"claimlens-backup","padding":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`;
      expect(await refused(huge)).toEqual([expect.stringMatching(/^file: [\d.]+ MB is larger than the 20 MB limit$/)]);
    });

    it('a storage failure in the middle of the restore rolls everything back', async () => {
      // Clearing the tables and writing claims, settings and the log have happened by the time
      // the disputes are written; that write fails, and all of it must be undone.
      const original = db.disputes.bulkAdd.bind(db.disputes);
      db.disputes.bulkAdd = (() => Promise.reject(new Error('quota exceeded'))) as unknown as typeof db.disputes.bulkAdd;
      const errors = await refused(JSON.stringify(good));
      expect(errors).toEqual([expect.stringMatching(/^storage: could not restore the backup \(.*quota exceeded.*\); nothing was changed$/)]);
      db.disputes.bulkAdd = original;
    });
  });
});
