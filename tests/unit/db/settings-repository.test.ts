import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimLensDatabase } from '../../../src/db/database';
import { InvalidInputError } from '../../../src/db/invalid-input-error';
import { SETTINGS_KEY } from '../../../src/db/schema';
import { createSettingsRepository, type SettingsRepository } from '../../../src/db/settings-repository';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { dropDatabase, freshDatabase } from './fixtures';

describe('settings repository', () => {
  let db: ClaimLensDatabase;
  let settings: SettingsRepository;

  beforeEach(() => {
    db = freshDatabase();
    settings = createSettingsRepository(db);
  });
  afterEach(() => dropDatabase(db));

  it('starts from the defaults', async () => {
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores a partial update and keeps the other fields', async () => {
    const updated = await settings.update({ sensitivity: 'all', jurisdiction: 'KR' });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'all', jurisdiction: 'KR' });
    expect(await createSettingsRepository(db).get()).toEqual(updated);
  });

  it('refuses an invalid value or an unknown field and changes nothing', async () => {
    await settings.update({ highlightStyle: 'background' });
    await expect(settings.update({ sensitivity: 'paranoid' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(settings.update({ colour: 'red' })).rejects.toThrow(/colour|Unrecognized/);
    await expect(settings.update('all')).rejects.toBeInstanceOf(InvalidInputError);
    expect(await settings.get()).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
  });

  it('says which field is wrong', async () => {
    const error = await settings.update({ jurisdiction: 'Atlantis' }).catch((caught: unknown) => caught);
    expect((error as InvalidInputError).problems).toEqual([expect.stringMatching(/^jurisdiction: /)]);
  });

  it('fills fields missing from older stored settings, and replaces damaged ones, with defaults', async () => {
    await db.settings.put({ sensitivity: 'all', highlightStyle: 'glitter' as never }, SETTINGS_KEY);
    expect(await settings.get()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'all' });
  });

  it('pauses and resumes a site by its lowercased hostname, once', async () => {
    await settings.setSitePaused('Shop.Example.com', true);
    await settings.setSitePaused('shop.example.com', true);
    expect((await settings.get()).pausedSites).toEqual(['shop.example.com']);
    await settings.setSitePaused('shop.example.com', false);
    expect((await settings.get()).pausedSites).toEqual([]);
  });

  it('refuses something that is not a hostname', async () => {
    await expect(settings.setSitePaused('https://shop.example.com/page', true)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('applies concurrent updates one after the other', async () => {
    await Promise.all([
      settings.setSitePaused('a.example', true),
      settings.setSitePaused('b.example', true),
      settings.update({ sensitivity: 'all' }),
    ]);
    const result = await settings.get();
    expect([...result.pausedSites].sort()).toEqual(['a.example', 'b.example']);
    expect(result.sensitivity).toBe('all');
  });
});
