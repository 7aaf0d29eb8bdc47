import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundServices } from '../../../src/background/services';
import { createUiHandlers } from '../../../src/background/ui-handlers';
import type { ClaimLensDatabase } from '../../../src/db/database';
import type { UiHandlers } from '../../../src/messaging/receive';
import { dropDatabase, freshDatabase, glowClaim, lashClaim } from '../db/fixtures';
import { SERUM_PAGE, servicesOver } from './services';

const sender = { url: 'chrome-extension://test-extension-id/options.html' };

describe('claims service', () => {
  let db: ClaimLensDatabase;
  let services: BackgroundServices;
  let ui: UiHandlers;

  beforeEach(() => {
    fakeBrowser.reset();
    db = freshDatabase();
    services = servicesOver(db);
    ui = createUiHandlers(services);
  });
  afterEach(() => dropDatabase(db));

  const claimIdsIn = async (text: string) =>
    (await ui.checkText({ text }, sender)).findings.map((finding) => finding.claimId);

  it('compiles once and reuses the matcher until the user claims change', async () => {
    const list = vi.spyOn(services.userClaims, 'list');
    const first = await services.claims.compiled();
    expect(await services.claims.compiled()).toBe(first);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('finds a user claim\'s wording right after the claim is saved', async () => {
    expect(await claimIdsIn(SERUM_PAGE.glow)).toEqual([]);
    expect(await ui.saveUserClaim({ claim: glowClaim() }, sender)).toEqual({ ok: true });
    expect(await claimIdsIn(SERUM_PAGE.glow)).toEqual(['pdrn-glass-glow']);
  });

  it('stops finding it after the claim is deleted, and finds imported claims', async () => {
    await ui.saveUserClaim({ claim: glowClaim() }, sender);
    await claimIdsIn(SERUM_PAGE.glow);
    await ui.deleteUserClaim({ id: 'pdrn-glass-glow' }, sender);
    expect(await claimIdsIn(SERUM_PAGE.glow)).toEqual([]);

    expect(await ui.importUserClaims({ json: JSON.stringify([lashClaim()]) }, sender)).toEqual({ ok: true, imported: 1 });
    expect(await claimIdsIn(SERUM_PAGE.lash)).toEqual(['exosome-lash-regrowth']);
  });

  it('keeps the compiled matcher when a save is refused', async () => {
    const before = await services.claims.compiled();
    const result = await ui.saveUserClaim({ claim: { id: 'Not An Id' } }, sender);
    expect(result.ok).toBe(false);
    expect(await services.claims.compiled()).toBe(before);
  });

  it('tells open pages and every tab when user claims change', async () => {
    const sendToTab = vi.fn((_tabId: number, _message: unknown, _options: unknown, reply: (response: unknown) => void) =>
      reply({ res: undefined }),
    );
    fakeBrowser.tabs.sendMessage = sendToTab as never;
    await fakeBrowser.tabs.create({ url: 'https://shop.example/' });
    const seenByPages: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: { type: string }) => {
      seenByPages.push(message.type);
    });

    await ui.saveUserClaim({ claim: lashClaim() }, sender);
    await vi.waitFor(() => {
      expect(seenByPages).toContain('userClaimsChanged');
      expect(sendToTab.mock.calls.map(([tabId, message]) => [tabId, (message as { type: string }).type])).toEqual([
        [0, 'refresh'],
        [1, 'refresh'],
      ]);
    });
  });

  it('tells open pages and every tab when settings change', async () => {
    const sendToTab = vi.fn();
    fakeBrowser.tabs.sendMessage = sendToTab as never;
    const seenByPages: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: { type: string }) => {
      seenByPages.push(message.type);
    });
    expect((await ui.updateSettings({ highlightStyle: 'background' }, sender)).highlightStyle).toBe('background');
    expect((await ui.setSitePaused({ hostname: 'shop.example', paused: true }, sender)).pausedSites).toEqual(['shop.example']);
    await vi.waitFor(() => {
      expect(seenByPages.filter((type) => type === 'settingsChanged')).toHaveLength(2);
      expect(sendToTab).toHaveBeenCalledTimes(2);
    });
  });

  it('forwards "show on page" to the tab\'s content script, and says false when nobody answers', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn((tabId: number, message: { type: string; data: unknown }, options: unknown, reply: (r: unknown) => void) => {
      expect(message).toMatchObject({ type: 'showFinding', data: { key: 'b1:0:x' } });
      expect(options).toEqual({ frameId: 0 });
      reply(tabId === 3 ? { res: true } : undefined);
    }) as never;
    expect(await ui.showFinding({ tabId: 3, key: 'b1:0:x' }, sender)).toBe(true);
    expect(await ui.showFinding({ tabId: 4, key: 'b1:0:x' }, sender)).toBe(false);
  });
});
