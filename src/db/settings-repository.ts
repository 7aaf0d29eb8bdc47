// The user's settings: one record, merged with the defaults on every read so that settings
// stored by an older version (or damaged) still yield a complete, valid Settings.
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../settings/settings';
import type { ClaimLensDatabase, StoredSettings } from './database';
import { InvalidInputError } from './invalid-input-error';
import { issueLines } from './issues';
import { SETTINGS_KEY } from './schema';

export interface SettingsRepository {
  get(): Promise<Settings>;
  /** Validates and stores a partial update; returns the complete settings. */
  update(patch: unknown): Promise<Settings>;
  setSitePaused(hostname: string, paused: boolean): Promise<Settings>;
}

const settingsPatchSchema = settingsSchema.partial().strict();

export function createSettingsRepository(db: ClaimLensDatabase): SettingsRepository {
  async function read(): Promise<Settings> {
    return mergeWithDefaults(await db.settings.get(SETTINGS_KEY));
  }

  async function change(edit: (current: Settings) => Settings): Promise<Settings> {
    // Read and write in one transaction so two quick changes cannot undo each other.
    return db.transaction('rw', db.settings, async () => {
      const next = edit(await read());
      const checked = settingsSchema.safeParse(next);
      if (!checked.success) throw new InvalidInputError(issueLines(checked.error));
      await db.settings.put(checked.data, SETTINGS_KEY);
      return checked.data;
    });
  }

  return {
    get: read,

    async update(patch) {
      const parsed = settingsPatchSchema.safeParse(patch);
      if (!parsed.success) throw new InvalidInputError(issueLines(parsed.error));
      return change((current) => ({ ...current, ...definedFields(parsed.data) }));
    },

    async setSitePaused(hostname, paused) {
      const site = normaliseHostname(hostname);
      return change((current) => {
        const others = current.pausedSites.filter((entry) => entry !== site);
        return { ...current, pausedSites: paused ? [...others, site] : others };
      });
    },
  };
}

/** Keeps each stored field that is still valid; anything else falls back to its default. */
export function mergeWithDefaults(stored: StoredSettings | undefined): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, field] of Object.entries(settingsSchema.shape)) {
      const value = (stored as Record<string, unknown>)[key];
      if (value !== undefined && field.safeParse(value).success) merged[key] = value;
    }
  }
  return merged as Settings;
}

export function normaliseHostname(hostname: string): string {
  const site = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (site.length === 0 || site.length > 253 || /[\s/:@]/.test(site)) {
    throw new InvalidInputError([`hostname: "${hostname}" is not a hostname such as www.example.com`]);
  }
  return site;
}

function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
