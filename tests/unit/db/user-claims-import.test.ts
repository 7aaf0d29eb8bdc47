import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimLensDatabase } from '../../../src/db/database';
import { MAX_IMPORT_BYTES } from '../../../src/db/user-claims-file';
import { createUserClaimsRepository, type UserClaimsRepository } from '../../../src/db/user-claims-repository';
import { dropDatabase, freshDatabase, glowClaim, lashClaim } from './fixtures';

const BUNDLED_ID = 'exosome-bundled-example';

function claimsFile(claims: unknown[]): string {
  return JSON.stringify({ format: 'claimlens-user-claims', version: 1, claims });
}

function errorsOf(result: { ok: boolean; errors?: string[] }): string[] {
  return result.ok ? [] : (result.errors ?? []);
}

describe('importing and exporting user claims', () => {
  let db: ClaimLensDatabase;
  let repository: UserClaimsRepository;

  beforeEach(async () => {
    db = freshDatabase();
    repository = createUserClaimsRepository(db, new Set([BUNDLED_ID]));
    // Something already stored, which a failed import must leave exactly as it was.
    await repository.save(lashClaim());
  });
  afterEach(() => dropDatabase(db));

  async function storedIds(): Promise<string[]> {
    return (await repository.list()).map((claim) => claim.id);
  }

  it('imports a claims file', async () => {
    const result = await repository.importJson(claimsFile([glowClaim(), glowClaim({ id: 'pdrn-second' })]));
    expect(result).toEqual({ ok: true, imported: 2 });
    expect(await storedIds()).toEqual(['exosome-lash-regrowth', 'pdrn-glass-glow', 'pdrn-second']);
  });

  it('imports a bare array of claims', async () => {
    expect(await repository.importJson(JSON.stringify([glowClaim()]))).toEqual({ ok: true, imported: 1 });
  });

  it('replaces a user claim with the same id (re-importing an edited file)', async () => {
    await repository.importJson(claimsFile([lashClaim({ claim: 'Reworded in the file' })]));
    expect((await repository.get('exosome-lash-regrowth'))?.claim).toBe('Reworded in the file');
  });

  it('reports malformed JSON with its position and stores nothing', async () => {
    const result = await repository.importJson('{"format": "claimlens-user-claims",\n "claims": [ }');
    const [error] = errorsOf(result);
    expect(result.ok).toBe(false);
    expect(error).toMatch(/^file: not valid JSON: .*(position|line) \d+/);
    expect(await storedIds()).toEqual(['exosome-lash-regrowth']);
  });

  it('refuses a file over 5 MB before parsing it', async () => {
    const huge = `[${' '.repeat(MAX_IMPORT_BYTES)}]`;
    const result = await repository.importJson(huge);
    expect(errorsOf(result)).toEqual([expect.stringMatching(/^file: .*larger than the 5 MB limit/)]);
  });

  it('counts bytes, not characters, against the size limit', async () => {
    // 2 million Korean syllables: under 5 million characters, over 5 MB in UTF-8.
    const result = await repository.importJson(JSON.stringify([{ note: '엑'.repeat(2_000_000) }]));
    expect(errorsOf(result)[0]).toMatch(/larger than the 5 MB limit/);
  });

  it('refuses the whole file when one claim is invalid, naming the claim by its index', async () => {
    const bad = glowClaim({
      id: 'pdrn-bad-source',
      sources: [{ id: 'T9', citation: 'Invented', year: 2023, kind: 'review', url: 'ftp://example.org/x' }],
    });
    const result = await repository.importJson(claimsFile([glowClaim(), glowClaim({ id: 'pdrn-ok' }), bad]));
    expect(errorsOf(result)).toEqual(['claims[2].sources[0].url: must be an http(s) address']);
    expect(await storedIds()).toEqual(['exosome-lash-regrowth']);
  });

  it('refuses duplicate ids inside the file', async () => {
    const result = await repository.importJson(claimsFile([glowClaim(), lashClaim({ id: 'other' }), glowClaim()]));
    expect(errorsOf(result)).toEqual(['claims[2].id: "pdrn-glass-glow" is already used by claims[0]']);
    expect(await storedIds()).toEqual(['exosome-lash-regrowth']);
  });

  it('refuses ids of bundled claims', async () => {
    const result = await repository.importJson(claimsFile([glowClaim({ id: BUNDLED_ID })]));
    expect(errorsOf(result)).toEqual([expect.stringMatching(/^claims\[0\]\.id: .*shipped with ClaimLens/)]);
  });

  it('refuses a file of another format or version', async () => {
    const otherFormat = await repository.importJson(JSON.stringify({ format: 'something-else', version: 1, claims: [] }));
    expect(errorsOf(otherFormat)).toEqual(['format: must be "claimlens-user-claims"']);
    const newer = await repository.importJson(JSON.stringify({ format: 'claimlens-user-claims', version: 2, claims: [] }));
    expect(errorsOf(newer)[0]).toMatch(/^version: 2 is not supported/);
    expect(errorsOf(await repository.importJson('"just a string"'))[0]).toMatch(/^\(root\): /);
  });

  it('stores nothing when the database refuses part of the import midway', async () => {
    let created = 0;
    db.userClaims.hook('creating', () => {
      created += 1;
      if (created === 2) throw new Error('disk full (simulated)');
    });
    const result = await repository.importJson(claimsFile([glowClaim(), glowClaim({ id: 'pdrn-second' })]));
    expect(errorsOf(result)[0]).toMatch(/^storage: could not save the claims/);
    expect(await storedIds()).toEqual(['exosome-lash-regrowth']);
  });

  it('keeps HTML in imported text fields as plain text', async () => {
    const citation = '<script>alert("x")</script> Invented Journal';
    const claim = glowClaim({ sources: [{ id: 'T2', citation, year: 2022, kind: 'commentary' }] });
    await repository.importJson(claimsFile([claim]));
    expect((await repository.get('pdrn-glass-glow'))?.sources[0]?.citation).toBe(citation);
  });

  it('exports pretty JSON in the file format, which imports back unchanged', async () => {
    await repository.save(glowClaim({ hashtags: ['#glassskin'] }));
    const exported = await repository.exportJson();
    expect(exported).toContain('\n  "format": "claimlens-user-claims"');
    const document = JSON.parse(exported) as { format: string; version: number; claims: Record<string, unknown>[] };
    expect(document.version).toBe(1);
    expect(document.claims.map((claim) => claim.id)).toEqual(['exosome-lash-regrowth', 'pdrn-glass-glow']);
    expect(document.claims[0]).not.toHaveProperty('origin');

    const before = await repository.list();
    const other = freshDatabase();
    try {
      const copy = createUserClaimsRepository(other, new Set([BUNDLED_ID]));
      expect(await copy.importJson(exported)).toEqual({ ok: true, imported: 2 });
      expect(await copy.list()).toEqual(before);
    } finally {
      await dropDatabase(other);
    }
  });
});
