// The journalist's data is written only by the background, and only when one of ClaimLens's own
// pages asks: a page's content script (which the page can influence) is refused.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundServices } from '../../../src/background/services';
import { createUiHandlers } from '../../../src/background/ui-handlers';
import type { ClaimLensDatabase } from '../../../src/db/database';
import { listenToExtensionPages } from '../../../src/messaging/receive';
import { dropDatabase, freshDatabase } from '../db/fixtures';
import { contentScript, deliver, extensionPage } from '../messaging/deliver';
import { servicesOver } from './services';

const dispute = {
  claimId: 'exosome-lash-regrowth',
  quote: 'Regrows lashes in a week.',
  url: 'https://shop.example/serum',
  reason: 'Peptides, not exosomes.',
};

describe('journalist messages', () => {
  let db: ClaimLensDatabase;
  let services: BackgroundServices;
  let stop: () => void;
  let warn: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fakeBrowser.reset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    db = freshDatabase();
    services = servicesOver(db);
    stop = listenToExtensionPages(createUiHandlers(services));
  });
  afterEach(async () => {
    stop();
    warn.mockRestore();
    await dropDatabase(db);
  });

  it.each([
    ['addDispute', dispute],
    ['silenceClaim', { hostname: 'shop.example', claimId: 'exosome-lash-regrowth' }],
    ['clearResearchLog', undefined],
    ['deleteLogEntries', { ids: ['x'] }],
    ['exportBackup', undefined],
    ['restoreBackup', { json: '{}' }],
    ['exportDisputes', undefined],
  ])('refuses %s from a content script', async (type, data) => {
    const reply = await deliver(type, data, contentScript());
    expect(reply?.err?.message).toMatch(/only ClaimLens pages/);
    expect(await db.disputes.count()).toBe(0);
    expect(await db.silences.count()).toBe(0);
  });

  it('stores what an extension page sends', async () => {
    expect((await deliver('addDispute', dispute, extensionPage('sidepanel.html')))?.res).toMatchObject({ ok: true });
    await deliver('silenceClaim', { hostname: 'shop.example', claimId: 'exosome-lash-regrowth' }, extensionPage('sidepanel.html'));
    expect(await db.disputes.count()).toBe(1);
    expect(await db.silences.count()).toBe(1);
    const backup = (await deliver('exportBackup', undefined, extensionPage('options.html')))?.res as string;
    expect(JSON.parse(backup)).toMatchObject({ format: 'claimlens-backup', disputes: [expect.objectContaining(dispute)] });
  });

  it('refuses a malformed payload before any handler runs', async () => {
    const reply = await deliver('addDispute', { ...dispute, sourceUrl: 'javascript:alert(1)' }, extensionPage('sidepanel.html'));
    expect(reply?.err?.message).toMatch(/malformed payload \(data\.sourceUrl/);
    expect((await deliver('deleteLogEntries', { ids: 'all' }, extensionPage('log.html')))?.err).toBeDefined();
    expect(await db.disputes.count()).toBe(0);
  });
});
