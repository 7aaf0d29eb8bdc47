import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimLensDatabase } from '../../../src/db/database';
import { createUserClaimsRepository, type UserClaimsRepository } from '../../../src/db/user-claims-repository';
import { dropDatabase, freshDatabase, glowClaim, lashClaim } from './fixtures';

const BUNDLED_ID = 'exosome-bundled-example';

describe('user claims repository', () => {
  let db: ClaimLensDatabase;
  let repository: UserClaimsRepository;

  beforeEach(() => {
    db = freshDatabase();
    repository = createUserClaimsRepository(db, new Set([BUNDLED_ID]));
  });
  afterEach(() => dropDatabase(db));

  it('saves a valid claim as a user claim and lists it', async () => {
    expect(await repository.save(lashClaim())).toEqual({ ok: true });
    const [stored] = await repository.list();
    expect(stored).toMatchObject({ id: 'exosome-lash-regrowth', origin: 'user', denials: {}, hashtags: [] });
  });

  it('never stores a claim as bundled, whatever the input says', async () => {
    await repository.save({ ...lashClaim(), origin: 'bundled' });
    expect((await repository.get('exosome-lash-regrowth'))?.origin).toBe('user');
  });

  it('refuses an invalid claim with one "path: message" line per problem and stores nothing', async () => {
    const result = await repository.save(
      lashClaim({
        verdict: 'sort-of',
        sources: [{ id: 'T1', citation: 'x', year: 2024, kind: 'review', url: 'javascript:alert(1)' }],
      }),
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContain('sources.0.url: must be an http(s) address');
    expect(errors.some((line) => line.startsWith('verdict: '))).toBe(true);
    expect(await repository.list()).toEqual([]);
  });

  it('refuses an id that a bundled claim already uses', async () => {
    const result = await repository.save(lashClaim({ id: BUNDLED_ID }));
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^id: .*shipped with ClaimLens/)] });
  });

  it('refuses a new claim whose id the user already has, but replaces it when asked', async () => {
    await repository.save(lashClaim());
    const duplicate = await repository.save(lashClaim({ claim: 'Another wording entirely' }));
    expect(duplicate.ok).toBe(false);

    const replaced = await repository.save(lashClaim({ claim: 'Edited claim text' }), 'exosome-lash-regrowth');
    expect(replaced).toEqual({ ok: true });
    expect((await repository.get('exosome-lash-regrowth'))?.claim).toBe('Edited claim text');
  });

  it('renames a claim in one step when the edited id differs from the replaced one', async () => {
    await repository.save(lashClaim());
    await repository.save(lashClaim({ id: 'exosome-lash-growth' }), 'exosome-lash-regrowth');
    expect((await repository.list()).map((claim) => claim.id)).toEqual(['exosome-lash-growth']);
  });

  it('refuses a rename onto another claim of the user and keeps both', async () => {
    await repository.save(lashClaim());
    await repository.save(glowClaim());
    const result = await repository.save(lashClaim({ id: 'pdrn-glass-glow' }), 'exosome-lash-regrowth');
    expect(result.ok).toBe(false);
    expect((await repository.list()).map((claim) => claim.id)).toEqual(['exosome-lash-regrowth', 'pdrn-glass-glow']);
  });

  it('deletes a claim', async () => {
    await repository.save(lashClaim());
    await repository.save(glowClaim());
    await repository.delete('exosome-lash-regrowth');
    expect((await repository.list()).map((claim) => claim.id)).toEqual(['pdrn-glass-glow']);
  });

  it('keeps HTML in text fields as the literal text that was typed', async () => {
    const summary = 'Claims <img src=x onerror="alert(1)"> are <b>bold</b> & unproven';
    await repository.save(lashClaim({ summary }));
    expect((await repository.get('exosome-lash-regrowth'))?.summary).toBe(summary);
  });
});
