// Test data written for these tests (not taken from the claims database or evaluation sets).
import { vi } from 'vitest';
import type { ClaimsBundle } from '../../../claims-db/compile';
import type { Claim } from '../../../src/claims/types';
import type { Dispute, Silence } from '../../../src/disputes/types';
import type { ResearchLogEntry } from '../../../src/research-log/types';
import type { BackgroundToUi, BlockFinding, TabFindings, UiToBackground } from '../../../src/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import type { ActiveTab, BackgroundEventData, UiServices } from '../../../src/ui/services/ui-services';

export const collagenClaim: Claim = {
  id: 'vesicles-rebuild-collagen',
  topic: 'collagen-elastin',
  trend: 'exosomes',
  claim: 'Vesicle serums rebuild collagen in weeks',
  phrasings: { en: ['rebuild* collagen', 'collagen ... rebuild*'] },
  denials: {},
  hashtags: ['#testvesicles'],
  evidence: 'preclinical',
  verdict: 'overstated',
  summary: 'Collagen gains were seen in dishes, not in people.',
  explanation: 'Cell cultures responded; no controlled human trial has measured collagen after topical use.',
  sources: [
    { id: 'T1', citation: 'Fixture A, Example B. A dish study of vesicles. J Test Derm.', year: 2021, kind: 'preclinical', doi: '10.5555/fixture.1' },
    { id: 'T2', citation: 'Testland Agency notice on vesicle products', year: 2023, kind: 'regulator', url: 'https://agency.example/notice' },
  ],
  regulatory: [
    { jurisdiction: 'KR', note: 'Fixture note: Korean labelling must not claim regeneration.', sourceIds: ['T2'] },
    { jurisdiction: 'US', note: 'Fixture note: sold as a cosmetic, not reviewed for efficacy.', sourceIds: ['T2'] },
  ],
  safety: ['Fixture safety note: patch test first.'],
  reviewed: '2025-03-01',
  origin: 'bundled',
};

export const approvalClaim: Claim = {
  id: 'vesicles-regulator-approved',
  topic: 'regulatory-status',
  trend: 'exosomes',
  claim: 'Vesicle creams are approved by regulators',
  phrasings: { en: ['regulator approved'] },
  denials: {},
  hashtags: [],
  evidence: 'none',
  verdict: 'false',
  summary: 'No regulator has approved a vesicle cream.',
  explanation: 'Fixture explanation about approvals that do not exist.',
  sources: [{ id: 'T3', citation: 'Fixture registry search', year: 2024, kind: 'trial-registry' }],
  regulatory: [],
  safety: [],
  reviewed: '2025-04-01',
  origin: 'bundled',
};

export const hairClaim: Claim = {
  id: 'salmon-dna-regrows-hair',
  topic: 'hair-growth',
  trend: 'pdrn-polynucleotides',
  claim: 'Salmon DNA ampoules regrow thinning hair',
  phrasings: { en: ['regrow* hair', 'thicker hair'] },
  denials: {},
  hashtags: [],
  evidence: 'limited',
  verdict: 'unproven',
  summary: 'One small trial; too little to say it works.',
  explanation: 'Fixture explanation about a single small scalp trial.',
  sources: [{ id: 'T4', citation: 'Fixture scalp trial', year: 2022, kind: 'rct' }],
  regulatory: [],
  safety: [],
  reviewed: '2025-05-01',
  origin: 'bundled',
};

export const userClaim: Claim = {
  ...hairClaim,
  id: 'my-own-claim',
  claim: 'Growth factor mist replaces microneedling',
  trend: 'growth-factors',
  topic: 'superiority',
  verdict: 'misleading',
  summary: 'No comparison trial exists.',
  origin: 'user',
};

export const fixtureBundle: ClaimsBundle = {
  version: 'test',
  claims: [approvalClaim, hairClaim, collagenClaim],
  trends: [
    {
      trend: 'exosomes',
      name: 'Exosomes (fixture)',
      triggers: { en: ['vesicle*'] },
      regulatory: [{ jurisdiction: 'EU', note: 'Fixture trend note: human-derived vesicles are banned in cosmetics.', sourceIds: ['TR1'] }],
      sources: [{ id: 'TR1', citation: 'Fixture cosmetics regulation annex', year: 2009, kind: 'law-or-guideline', url: 'https://law.example/annex' }],
      reviewed: '2025-01-01',
    },
  ],
};

export function finding(claim: Claim, overrides: Partial<BlockFinding> = {}): BlockFinding {
  const blockId = overrides.blockId ?? 'b1';
  const start = overrides.start ?? 0;
  return {
    claimId: claim.id,
    topic: claim.topic,
    trend: claim.trend,
    evidence: claim.evidence,
    verdict: claim.verdict,
    stance: 'asserted',
    quote: `Quote for ${claim.id}.`,
    start,
    end: start + 20,
    confidence: 'high',
    blockId,
    key: `${blockId}:${start}:${claim.id}`,
    ...overrides,
  };
}

export function tabFindings(findings: BlockFinding[], overrides: Partial<TabFindings> = {}): TabFindings {
  return { tabId: 7, url: 'https://shop.example/serum', title: 'Serum shop', findings, updatedAt: 1, ...overrides };
}

type Spied<T> = { [K in keyof T]: T[K] & ReturnType<typeof vi.fn> };

/** A fake background: a plain UiToBackground implementation whose methods are spies. */
export function fakeBackend(
  overrides: Partial<UiToBackground> = {},
  initialSettings: Partial<Settings> = {},
): Spied<UiToBackground> {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initialSettings };
  const base: UiToBackground = {
    getTabFindings: () => null,
    getSettings: () => settings,
    updateSettings: (patch) => (settings = { ...settings, ...patch }),
    setSitePaused: ({ hostname, paused }) =>
      (settings = {
        ...settings,
        pausedSites: paused ? [...settings.pausedSites, hostname] : settings.pausedSites.filter((s) => s !== hostname),
      }),
    saveUserClaim: () => ({ ok: true }),
    deleteUserClaim: () => undefined,
    importUserClaims: () => ({ ok: true, imported: 0 }),
    exportUserClaims: () => '{}',
    checkText: () => ({ findings: [], cards: {} }),
    showFinding: () => true,
    getSelectionCheck: () => null,
    addDispute: () => ({ ok: true }),
    deleteDispute: () => undefined,
    exportDisputes: () => '{}',
    silenceClaim: () => undefined,
    unsilenceClaim: () => undefined,
    deleteLogEntries: () => undefined,
    clearResearchLog: () => undefined,
    exportBackup: () => '{}',
    restoreBackup: () => ({ ok: true }),
  };
  const merged = { ...base, ...overrides };
  return Object.fromEntries(Object.entries(merged).map(([name, fn]) => [name, vi.fn(fn)])) as unknown as Spied<UiToBackground>;
}

/** Background notifications a test can fire by hand. */
export function fakeNotifications() {
  const listeners = new Map<string, Set<(data: unknown) => void>>();
  return {
    subscribe: <K extends keyof BackgroundToUi>(type: K, listener: (data: BackgroundEventData<K>) => void) => {
      const set = listeners.get(type) ?? new Set();
      set.add(listener as (data: unknown) => void);
      listeners.set(type, set);
      return () => set.delete(listener as (data: unknown) => void);
    },
    emit<K extends keyof BackgroundToUi>(type: K, data?: BackgroundEventData<K>) {
      for (const listener of listeners.get(type) ?? []) listener(data);
    },
  };
}

export function fakeServices(options: {
  backend?: UiToBackground;
  tab?: ActiveTab | null;
  userClaims?: Claim[];
  notifications?: ReturnType<typeof fakeNotifications>;
  researchLog?: ResearchLogEntry[];
  disputes?: Dispute[];
  silences?: Silence[];
} = {}) {
  const notifications = options.notifications ?? fakeNotifications();
  const tabListeners = new Set<() => void>();
  let tab: ActiveTab | null = options.tab === undefined ? { id: 7, url: 'https://shop.example/serum', title: 'Serum shop' } : options.tab;
  const services: UiServices = {
    backend: options.backend ?? fakeBackend(),
    subscribe: notifications.subscribe,
    tabs: {
      getActiveTab: async () => tab,
      onActiveTabChange: (listener) => {
        tabListeners.add(listener);
        return () => tabListeners.delete(listener);
      },
    },
    claims: { bundle: fixtureBundle, loadUserClaims: async () => options.userClaims ?? [] },
    userData: {
      loadResearchLog: async () => options.researchLog ?? [],
      loadDisputes: async () => options.disputes ?? [],
      loadSilences: async () => options.silences ?? [],
    },
    copyText: vi.fn(async () => undefined),
    openSidePanel: vi.fn(async () => undefined),
    openOptionsPage: vi.fn(),
  };
  return {
    services,
    notifications,
    switchTab(next: ActiveTab | null) {
      tab = next;
      for (const listener of tabListeners) listener();
    },
  };
}
