import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  listenToContentScripts,
  listenToExtensionPages,
  warnAboutUnknownMessages,
  type ContentHandlers,
  type UiHandlers,
} from '../../../src/messaging/receive';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { contentScript, deliver, deliverRaw, extensionPage } from './deliver';

const emptyScan = { findings: [], cards: {}, worker: 'run-1' };

function contentHandlers(): ContentHandlers {
  return {
    getPageState: vi.fn(() => ({ paused: false, sensitivity: 'confident' as const, highlightStyle: 'underline' as const })),
    scanBlocks: vi.fn(() => emptyScan),
    forgetBlocks: vi.fn(),
    openDetails: vi.fn(),
  };
}

function uiHandlers(): UiHandlers {
  return {
    getTabFindings: vi.fn(() => null),
    getSettings: vi.fn(() => DEFAULT_SETTINGS),
    updateSettings: vi.fn(() => DEFAULT_SETTINGS),
    setSitePaused: vi.fn(() => DEFAULT_SETTINGS),
    saveUserClaim: vi.fn(() => ({ ok: true as const })),
    deleteUserClaim: vi.fn(),
    importUserClaims: vi.fn(() => ({ ok: true as const, imported: 0 })),
    exportUserClaims: vi.fn(() => '{}'),
    checkText: vi.fn(() => emptyScan),
    showFinding: vi.fn(() => true),
    getSelectionCheck: vi.fn(() => null),
    addDispute: vi.fn(() => ({ ok: true as const })),
    deleteDispute: vi.fn(),
    exportDisputes: vi.fn(() => '{}'),
    silenceClaim: vi.fn(),
    unsilenceClaim: vi.fn(),
    deleteLogEntries: vi.fn(),
    clearResearchLog: vi.fn(),
    exportBackup: vi.fn(() => '{}'),
    restoreBackup: vi.fn(() => ({ ok: true as const })),
  };
}

const scanPayload = { url: 'https://shop.example/serum', title: 'Serum', reset: true, blocks: [{ id: 'b1', text: 'hi' }] };

describe('receiving messages in the background', () => {
  let content: ContentHandlers;
  let ui: UiHandlers;
  let stop: (() => void)[];
  let warn: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fakeBrowser.reset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    content = contentHandlers();
    ui = uiHandlers();
    stop = [listenToContentScripts(content), listenToExtensionPages(ui), warnAboutUnknownMessages()];
  });
  afterEach(() => {
    stop.forEach((remove) => remove());
    warn.mockRestore();
  });

  it('hands a valid content message to its handler with the tab the browser named', async () => {
    const reply = await deliver('scanBlocks', scanPayload, contentScript(12));
    expect(reply).toEqual({ res: emptyScan });
    expect(content.scanBlocks).toHaveBeenCalledWith(scanPayload, expect.objectContaining({ tabId: 12, frameId: 0 }));
  });

  it('refuses a malformed content message with a warning, and keeps answering afterwards', async () => {
    const reply = await deliver('scanBlocks', { ...scanPayload, blocks: 'all of them' }, contentScript());
    expect(reply?.err?.message).toMatch(/refused "scanBlocks": malformed payload/);
    expect(content.scanBlocks).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/refused message "scanBlocks" from tab 7/));

    expect(await deliver('scanBlocks', scanPayload, contentScript())).toEqual({ res: emptyScan });
  });

  it('refuses content messages from outside a tab, and findings from sub-frames', async () => {
    expect((await deliver('scanBlocks', scanPayload, { url: 'https://x.example/' }))?.err).toBeDefined();
    const fromFrame = await deliver('scanBlocks', scanPayload, contentScript(7, 'https://ads.example/', 3));
    expect(fromFrame?.err?.message).toMatch(/top frame/);
    expect(content.scanBlocks).not.toHaveBeenCalled();
  });

  it('refuses UI messages from a content script', async () => {
    const reply = await deliver('saveUserClaim', { claim: {} }, contentScript());
    expect(reply?.err?.message).toMatch(/only ClaimLens pages/);
    expect(ui.saveUserClaim).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });

  it('refuses UI messages from a web page that imitates an extension path', async () => {
    const sender = { url: 'https://evil.example/chrome-extension://test-extension-id/popup.html', tab: { id: 4 } };
    expect((await deliver('getSettings', undefined, sender))?.err).toBeDefined();
    expect(ui.getSettings).not.toHaveBeenCalled();
  });

  it('accepts UI messages from extension pages, including one opened as a tab', async () => {
    expect(await deliver('getSettings', undefined, extensionPage('popup.html'))).toEqual({ res: DEFAULT_SETTINGS });
    const reply = await deliver('getTabFindings', { tabId: 2 }, extensionPage('sidepanel.html', 9));
    expect(reply).toEqual({ res: null });
    expect(ui.getTabFindings).toHaveBeenCalledWith({ tabId: 2 }, expect.anything());
  });

  it('refuses a malformed UI payload', async () => {
    const reply = await deliver('updateSettings', { sensitivity: 'loud' }, extensionPage());
    expect(reply?.err?.message).toMatch(/malformed payload \(data.sensitivity/);
    expect(ui.updateSettings).not.toHaveBeenCalled();
  });

  it('warns about unknown and malformed messages without answering them', async () => {
    expect(await deliver('deleteEverything', {}, contentScript())).toBeUndefined();
    expect(await deliverRaw('just a string', contentScript())).toBeUndefined();
    expect(await deliverRaw(null, contentScript())).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/unknown message "deleteEverything"/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/malformed message/));
  });

  it('survives a handler that throws', async () => {
    vi.mocked(content.getPageState).mockImplementation(() => {
      throw new Error('boom');
    });
    const reply = await deliver('getPageState', { url: 'https://shop.example/' }, contentScript());
    expect(reply?.err?.message).toBe('boom');
    expect(await deliver('forgetBlocks', { blockIds: ['b1'] }, contentScript())).toEqual({ res: undefined });
  });
});
