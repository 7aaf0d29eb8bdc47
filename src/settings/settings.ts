// User settings: one record, stored by the background in Dexie, read everywhere.
import { z } from '../validation/zod';
import { JURISDICTIONS } from '../claims/vocabulary';

export const SENSITIVITIES = ['confident', 'all'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;

export const settingsSchema = z.object({
  jurisdiction: z.enum(JURISDICTIONS),
  /** confident: only findings whose ingredient is named in the same sentence (shoppers);
   *  all: every finding (journalists). */
  sensitivity: z.enum(SENSITIVITIES),
  /** Hostnames (e.g. "www.example.com") where ClaimLens does nothing. */
  pausedSites: z.array(z.string().min(1).max(253)).max(10_000),
  highlightStyle: z.enum(HIGHLIGHT_STYLES),
  /** Opt-in: every page with findings is kept in the local research log (journalists). */
  researchLog: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  jurisdiction: 'US',
  sensitivity: 'confident',
  pausedSites: [],
  highlightStyle: 'underline',
  researchLog: false,
};
