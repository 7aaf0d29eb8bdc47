import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createResearchLogRecorder } from '../../../src/background/research-log-recorder';
import { memorySessionArea } from '../../../src/background/session-area';
import type { BackgroundServices } from '../../../src/background/services';
import { forgetOtherPage, watchTabs } from '../../../src/background/tab-lifecycle';
import { createUiHandlers } from '../../../src/background/ui-handlers';
import type { ClaimLensDatabase } from '../../../src/db/database';
import type { ContentOrigin } from '../../../src/messaging/senders';
import { recordingHandlers, SERUM_PAGE, servicesOver, useServicesWithUserClaims } from './services';

const TAB = 31;
const URL_A = 'https://shop.example/serum';
const URL_B = 'https://blog.example/review';
const from = (url = URL_A): ContentOrigin => ({ tabId: TAB, frameId: 0, url });
const scan = (blocks: { id: string; text: string }[], options: { url?: string; title?: string; reset?: boolean } = {}) => ({
  url: options.url ?? URL_A,
  title: options.title ?? 'Lash and glow serums',
  reset: options.reset ?? false,
  blocks,
});
const pageSender = { url: 'chrome-extension://test-extension-id/log.html' };

describe('research log', () => {
  const current = useServicesWithUserClaims();
  let services: BackgroundServices;
  let db: ClaimLensDatabase;
  beforeEach(() => {
    ({ services, db } = current());
  });

  const turnOn = () => services.settings.update({ researchLog: true });

  it('logs nothing while the setting is off (the default)', async () => {
    expect((await services.settings.get()).researchLog).toBe(false);
    await recordingHandlers(services).scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    expect(await db.researchLog.count()).toBe(0);
  });

  it('logs a page with claims: address, title, site, times, database version, quotes in context', async () => {
    await turnOn();
    const before = Date.now();
    const text = `Intro text that is long enough to be cut off here. ${SERUM_PAGE.lash} Then more words follow after the claim itself.`;
    await recordingHandlers(services).scanBlocks(
      scan([{ id: 'b1', text }, { id: 'b2', text: SERUM_PAGE.plain }], { reset: true }),
      from(),
    );
    const [entry, ...rest] = await services.researchLog.list();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ url: URL_A, title: 'Lash and glow serums', hostname: 'shop.example', dbVersion: services.dbVersion });
    expect(entry!.firstSeen).toBeGreaterThanOrEqual(before);
    expect(entry!.lastUpdated).toBe(entry!.firstSeen);
    expect(entry!.findings).toHaveLength(1);
    const [finding] = entry!.findings;
    expect(finding).toMatchObject({ claimId: 'exosome-lash-regrowth', verdict: 'unproven', stance: 'asserted' });
    expect(finding!.quote).toContain('regrows eyelashes');
    const start = text.indexOf(finding!.quote);
    const end = start + finding!.quote.length;
    expect(finding!.prefix).toBe(text.slice(start - 32, start));
    expect(finding!.suffix).toBe(text.slice(end, end + 32));
    expect(finding!.prefix).toHaveLength(32);
    expect(finding!.suffix).toHaveLength(32);
  });

  it('keeps one entry per visit, adding what later scans find and keeping what left the page', async () => {
    await turnOn();
    const handlers = recordingHandlers(services);
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true, title: '' }), from());
    const [first] = await services.researchLog.list();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handlers.scanBlocks(scan([{ id: 'b2', text: SERUM_PAGE.glow }]), from());
    await handlers.forgetBlocks({ blockIds: ['b1'] }, from());
    // A rescan (settings changed, page refreshed) restarts the page: still the same visit.
    await handlers.scanBlocks(scan([{ id: 'c1', text: SERUM_PAGE.glow }], { reset: true }), from());

    const entries = await services.researchLog.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.id).toBe(first!.id);
    expect(entries[0]!.findings.map((finding) => finding.claimId)).toEqual(['exosome-lash-regrowth', 'pdrn-glass-glow']);
    expect(entries[0]!.title).toBe('Lash and glow serums');
    expect(entries[0]!.lastUpdated).toBeGreaterThan(entries[0]!.firstSeen);
  });

  it('starts a new entry when the tab goes to another page, or comes back to it later', async () => {
    await turnOn();
    const handlers = recordingHandlers(services);
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.glow }], { reset: true, url: URL_B }), from(URL_B));
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    const entries = await services.researchLog.list();
    expect(entries.map((entry) => entry.url).sort()).toEqual([URL_B, URL_A, URL_A].sort());
  });

  it('treats a closed tab as the end of its visit', async () => {
    await turnOn();
    watchTabs(services);
    const handlers = recordingHandlers(services);
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { isWindowClosing: false, windowId: 1 });
    await vi.waitFor(async () => expect(await services.tabFindings.get(TAB)).toBeNull());
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    expect(await db.researchLog.count()).toBe(2);
  });

  it('treats leaving the page (to one without claims) as the end of the visit', async () => {
    await turnOn();
    const handlers = recordingHandlers(services);
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    await forgetOtherPage(services, TAB, 'https://elsewhere.example/');
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    expect(await db.researchLog.count()).toBe(2);
  });

  it('starts no entry for a page without claims', async () => {
    await turnOn();
    await recordingHandlers(services).scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.plain }], { reset: true }), from());
    expect(await db.researchLog.count()).toBe(0);
  });

  it('keeps the log when the setting is turned off, and stops adding to it', async () => {
    await turnOn();
    const handlers = recordingHandlers(services);
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    await createUiHandlers(services).updateSettings({ researchLog: false }, pageSender);
    await handlers.scanBlocks(scan([{ id: 'b2', text: SERUM_PAGE.glow }]), from());
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.glow }], { reset: true, url: URL_B }), from(URL_B));
    const entries = await services.researchLog.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.findings.map((finding) => finding.claimId)).toEqual(['exosome-lash-regrowth']);
  });

  it('deletes chosen entries, or all of them, when a page asks', async () => {
    await turnOn();
    const handlers = recordingHandlers(services);
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    await handlers.scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.glow }], { reset: true, url: URL_B }), from(URL_B));
    const ui = createUiHandlers(services);
    const [newest] = await services.researchLog.list();
    await ui.deleteLogEntries({ ids: [newest!.id] }, pageSender);
    expect((await services.researchLog.list()).map((entry) => entry.url)).toEqual([URL_A]);
    await ui.clearResearchLog(undefined, pageSender);
    expect(await db.researchLog.count()).toBe(0);
  });

  it('survives a service-worker restart in the middle of a visit', async () => {
    await turnOn();
    await recordingHandlers(services).scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    const restarted = servicesOver(db);
    await recordingHandlers(restarted).scanBlocks(scan([{ id: 'b2', text: SERUM_PAGE.glow }]), from());
    const entries = await restarted.researchLog.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.findings).toHaveLength(2);
  });

  it('still answers the page when the log cannot be written', async () => {
    await turnOn();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failingLog = { record: () => Promise.reject(new Error('disk full')) };
    const rebuilt = {
      ...services,
      researchLogRecorder: createResearchLogRecorder({ log: failingLog, session: memorySessionArea(), dbVersion: 'x' }),
    };
    const result = await recordingHandlers(rebuilt).scanBlocks(scan([{ id: 'b1', text: SERUM_PAGE.lash }], { reset: true }), from());
    expect(result.findings).toHaveLength(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('research log'), expect.any(Error));
    error.mockRestore();
  });
});
