import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FACT_CHECK_MENU_ID } from '../../../src/background/context-menu';
import { registerBackground } from '../../../src/background/register';
import { factCheckSelection } from '../../../src/background/selection-check';
import type { BackgroundServices } from '../../../src/background/services';
import type { ClaimLensDatabase } from '../../../src/db/database';
import { dropDatabase, freshDatabase, lashClaim } from '../db/fixtures';
import { deliver, extensionPage } from '../messaging/deliver';
import { SERUM_PAGE, servicesOver } from './services';

type ClickListener = (info: { menuItemId: string; selectionText?: string }, tab?: { id?: number; windowId?: number }) => void;

describe('fact-check selection', () => {
  let db: ClaimLensDatabase;
  let services: BackgroundServices;
  let openPanel: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    openPanel = vi.fn(() => Promise.resolve());
    fakeBrowser.sidePanel.open = openPanel as never;
    db = freshDatabase();
    services = servicesOver(db);
    await services.userClaims.save(lashClaim());
  });
  afterEach(() => dropDatabase(db));

  it('opens the side panel at once and stores the result for it', async () => {
    const done = factCheckSelection(services, `Seen online: ${SERUM_PAGE.lash}`, { id: 5, windowId: 1 });
    expect(openPanel).toHaveBeenCalledWith({ tabId: 5 });
    // The panel may ask before the check has finished: it gets the finished result.
    const check = await services.selectionChecks.get();
    expect(check?.text).toBe(`Seen online: ${SERUM_PAGE.lash}`);
    expect(check?.result.findings.map((finding) => finding.claimId)).toEqual(['exosome-lash-regrowth']);
    expect(Object.keys(check?.result.cards ?? {})).toEqual(['exosome-lash-regrowth']);
    await done;
  });

  it('creates the menu on install and answers its clicks through the registered background', async () => {
    const created: unknown[] = [];
    let onClick: ClickListener | undefined;
    fakeBrowser.contextMenus.removeAll = vi.fn(() => Promise.resolve()) as never;
    fakeBrowser.contextMenus.create = vi.fn((properties: unknown) => {
      created.push(properties);
      return FACT_CHECK_MENU_ID;
    }) as never;
    Object.defineProperty(fakeBrowser.contextMenus, 'onClicked', {
      configurable: true,
      value: { addListener: (listener: ClickListener) => (onClick = listener) },
    });

    const unregister = registerBackground(services);
    try {
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
      await vi.waitFor(() =>
        expect(created).toEqual([{ id: FACT_CHECK_MENU_ID, title: 'Fact-check selection', contexts: ['selection'] }]),
      );

      onClick?.({ menuItemId: FACT_CHECK_MENU_ID, selectionText: SERUM_PAGE.lash }, { id: 8, windowId: 1 });
      expect(openPanel).toHaveBeenCalledWith({ tabId: 8 });
      const reply = await deliver('getSelectionCheck', undefined, extensionPage('sidepanel.html'));
      expect((reply?.res as { text: string }).text).toBe(SERUM_PAGE.lash);
    } finally {
      unregister();
    }
  });
});
