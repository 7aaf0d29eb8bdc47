import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createContentHandlers } from '../../../src/background/content-handlers';
import { memorySessionArea } from '../../../src/background/session-area';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundServices, createBackgroundServices } from '../../../src/background/services';
import { forgetOtherPage, watchTabs } from '../../../src/background/tab-lifecycle';
import { createUiHandlers } from '../../../src/background/ui-handlers';
import type { ClaimLensDatabase } from '../../../src/db/database';
import type { ContentOrigin } from '../../../src/messaging/senders';
import { recordingHandlers, SERUM_PAGE, servicesOver, useServicesWithUserClaims } from './services';

const TAB = 21;
const from: ContentOrigin = { tabId: TAB, frameId: 0, url: 'https://shop.example/serum' };
const pageSender = { url: 'chrome-extension://test-extension-id/sidepanel.html' };
const page = (blocks: { id: string; text: string }[], reset = false) => ({
  url: 'https://shop.example/serum',
  title: 'Lash and glow serums',
  reset,
  blocks,
});

describe('per-tab findings', () => {
  const current = useServicesWithUserClaims();
  let services: BackgroundServices;
  let db: ClaimLensDatabase;
  beforeEach(() => {
    ({ services, db } = current());
  });

  it('returns findings tied to their block with a stable key, and a card per claim', async () => {
    const result = await recordingHandlers(services).scanBlocks(
      page([
        { id: 'caption-1', text: SERUM_PAGE.lash },
        { id: 'caption-2', text: SERUM_PAGE.plain },
      ]),
      from,
    );
    expect(result.findings).toHaveLength(1);
    const [found] = result.findings;
    expect(found).toMatchObject({ blockId: 'caption-1', claimId: 'exosome-lash-regrowth', confidence: 'high' });
    expect(found?.key).toBe(`caption-1:${found?.start}:exosome-lash-regrowth`);
    expect(result.cards).toEqual({
      'exosome-lash-regrowth': expect.objectContaining({ claimId: 'exosome-lash-regrowth', verdict: 'unproven' }),
    });
  });

  it('keeps findings across a service-worker restart', async () => {
    await recordingHandlers(services).scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.lash }], true), from);

    // A restarted worker builds every service anew; only session storage and IndexedDB remain.
    const restarted = servicesOver(db);
    const stored = await createUiHandlers(restarted).getTabFindings({ tabId: TAB }, pageSender);
    expect(stored).toMatchObject({ tabId: TAB, url: 'https://shop.example/serum', title: 'Lash and glow serums' });
    expect(stored?.findings.map((finding) => finding.blockId)).toEqual(['b1']);

    // …and goes on building on them.
    await recordingHandlers(restarted).scanBlocks(page([{ id: 'b2', text: SERUM_PAGE.glow }]), from);
    const after = await restarted.tabFindings.get(TAB);
    expect(after?.findings.map((finding) => finding.blockId)).toEqual(['b1', 'b2']);
  });

  it('starts over on reset, replaces a rescanned block, and forgets blocks that left', async () => {
    const handlers = recordingHandlers(services);
    await handlers.scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.lash }, { id: 'b2', text: SERUM_PAGE.glow }], true), from);
    await handlers.scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.plain }]), from);
    expect((await services.tabFindings.get(TAB))?.findings.map((f) => f.blockId)).toEqual(['b2']);

    await handlers.forgetBlocks({ blockIds: ['b2'] }, from);
    expect((await services.tabFindings.get(TAB))?.findings).toEqual([]);

    await handlers.scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.lash }]), from);
    await handlers.scanBlocks(page([{ id: 'b9', text: SERUM_PAGE.glow }], true), from);
    expect((await services.tabFindings.get(TAB))?.findings.map((f) => f.blockId)).toEqual(['b9']);
  });

  it('answers the page without waiting for its findings to be stored', async () => {
    let storing = 0;
    const slowSession = { ...memorySessionArea(), set: () => ((storing++, new Promise<void>(() => {}))) };
    const slow = createBackgroundServices({ db, session: slowSession });
    const result = await createContentHandlers(slow).scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.lash }], true), from);
    expect(result.findings.map((finding) => finding.blockId)).toEqual(['b1']);
    // The write the page did not wait for is under way, and never finishes.
    await vi.waitFor(() => expect(storing).toBe(1));
  });

  it('applies scans that arrive together one after another', async () => {
    const handlers = recordingHandlers(services);
    await Promise.all([
      handlers.scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.lash }]), from),
      handlers.scanBlocks(page([{ id: 'b2', text: SERUM_PAGE.glow }]), from),
      handlers.scanBlocks(page([{ id: 'b3', text: SERUM_PAGE.lash }]), from),
    ]);
    expect((await services.tabFindings.get(TAB))?.findings.map((f) => f.blockId).sort()).toEqual(['b1', 'b2', 'b3']);
  });

  it('updates the badge with the number of distinct claims on the page', async () => {
    const handlers = recordingHandlers(services);
    await handlers.scanBlocks(
      page(
        [
          { id: 'b1', text: SERUM_PAGE.lash },
          { id: 'b2', text: SERUM_PAGE.lash },
          { id: 'b3', text: SERUM_PAGE.glow },
        ],
        true,
      ),
      from,
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('2');
    await handlers.forgetBlocks({ blockIds: ['b3'] }, from);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1');
    await handlers.scanBlocks(page([], true), from);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('keeps only confident findings unless the user asks for all', async () => {
    const handlers = recordingHandlers(services);
    const confident = await handlers.scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.distant }], true), from);
    expect(confident.findings).toEqual([]);
    expect(confident.cards).toEqual({});

    await services.settings.update({ sensitivity: 'all' });
    const all = await handlers.scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.distant }], true), from);
    expect(all.findings).toEqual([expect.objectContaining({ confidence: 'low', claimId: 'exosome-lash-regrowth' })]);
    expect((await services.tabFindings.get(TAB))?.findings).toHaveLength(1);
  });

  it('finds nothing on a paused site', async () => {
    await services.settings.setSitePaused('shop.example', true);
    const handlers = recordingHandlers(services);
    expect(await handlers.getPageState({ url: 'https://shop.example/serum' }, from)).toMatchObject({ paused: true });
    const result = await handlers.scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.lash }], true), from);
    expect(result).toEqual({ findings: [], cards: {}, worker: services.workerRun });
  });

  it('remembers which finding the user opened from the page, and opens the side panel', async () => {
    const open = vi.fn(() => Promise.resolve());
    fakeBrowser.sidePanel.open = open;
    const handlers = recordingHandlers(services);
    const { findings } = await handlers.scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.lash }], true), from);
    await handlers.openDetails({ key: findings[0]!.key }, from);
    expect(open).toHaveBeenCalledWith({ tabId: TAB });
    expect((await services.tabFindings.get(TAB))?.focusKey).toBe(findings[0]!.key);

    await handlers.openDetails({ key: 'b1:0:made-up' }, from);
    expect((await services.tabFindings.get(TAB))?.focusKey).toBe(findings[0]!.key);
  });

  it('forgets a tab when it closes', async () => {
    watchTabs(services);
    await recordingHandlers(services).scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.lash }], true), from);
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { isWindowClosing: false, windowId: 1 });
    await vi.waitFor(async () => expect(await services.tabFindings.get(TAB)).toBeNull());
  });

  it('forgets findings when the tab goes to another page, not when the hash changes', async () => {
    await recordingHandlers(services).scanBlocks(page([{ id: 'b1', text: SERUM_PAGE.lash }], true), from);
    await forgetOtherPage(services, TAB, 'https://shop.example/serum#reviews');
    expect(await services.tabFindings.get(TAB)).not.toBeNull();
    await forgetOtherPage(services, TAB, 'https://shop.example/checkout');
    expect(await services.tabFindings.get(TAB)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });
});
