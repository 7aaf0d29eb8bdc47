import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundServices } from '../../../src/background/services';
import { createUiHandlers } from '../../../src/background/ui-handlers';
import type { ContentOrigin } from '../../../src/messaging/senders';
import { recordingHandlers, SERUM_PAGE, useServicesWithUserClaims } from './services';

const TAB = 41;
const SHOP = 'https://shop.example/serum';
const BLOG = 'https://blog.example/post';
const from = (url: string): ContentOrigin => ({ tabId: TAB, frameId: 0, url });
const scan = (url: string) => ({
  url,
  title: 'Serums',
  reset: true,
  blocks: [
    { id: 'b1', text: SERUM_PAGE.lash },
    { id: 'b2', text: SERUM_PAGE.glow },
  ],
});
const optionsPage = { url: 'chrome-extension://test-extension-id/options.html' };
const sidePanel = { url: 'chrome-extension://test-extension-id/sidepanel.html' };

describe('silenced claims', () => {
  const current = useServicesWithUserClaims();
  let services: BackgroundServices;
  beforeEach(() => {
    ({ services } = current());
  });

  it('drops a claim silenced on a site from that site’s scan results, tab findings and badge', async () => {
    const ui = createUiHandlers(services);
    await ui.silenceClaim({ hostname: 'Shop.Example', claimId: 'exosome-lash-regrowth' }, sidePanel);

    const result = await recordingHandlers(services).scanBlocks(scan(SHOP), from(SHOP));
    expect(result.findings.map((finding) => finding.claimId)).toEqual(['pdrn-glass-glow']);
    expect(Object.keys(result.cards)).toEqual(['pdrn-glass-glow']);
    expect((await services.tabFindings.get(TAB))?.findings.map((finding) => finding.claimId)).toEqual(['pdrn-glass-glow']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1');
  });

  it('still flags the claim on other sites', async () => {
    await createUiHandlers(services).silenceClaim({ hostname: 'shop.example', claimId: 'exosome-lash-regrowth' }, sidePanel);
    const result = await recordingHandlers(services).scanBlocks(scan(BLOG), from(BLOG));
    expect(result.findings.map((finding) => finding.claimId).sort()).toEqual(['exosome-lash-regrowth', 'pdrn-glass-glow']);
  });

  it('keeps silenced claims out of the research log', async () => {
    await services.settings.update({ researchLog: true });
    await createUiHandlers(services).silenceClaim({ hostname: 'shop.example', claimId: 'pdrn-glass-glow' }, sidePanel);
    await recordingHandlers(services).scanBlocks(scan(SHOP), from(SHOP));
    const [entry] = await services.researchLog.list();
    expect(entry!.findings.map((finding) => finding.claimId)).toEqual(['exosome-lash-regrowth']);
  });

  it('flags the claim again after undo from the options page', async () => {
    const ui = createUiHandlers(services);
    await ui.silenceClaim({ hostname: 'shop.example', claimId: 'exosome-lash-regrowth' }, sidePanel);
    expect(await services.silences.list()).toEqual([
      { hostname: 'shop.example', claimId: 'exosome-lash-regrowth', at: expect.any(Number) },
    ]);
    await ui.unsilenceClaim({ hostname: 'shop.example', claimId: 'exosome-lash-regrowth' }, optionsPage);
    expect(await services.silences.list()).toEqual([]);
    const result = await recordingHandlers(services).scanBlocks(scan(SHOP), from(SHOP));
    expect(result.findings).toHaveLength(2);
  });

  it('refuses a silence for something that is not a hostname', async () => {
    await expect(
      createUiHandlers(services).silenceClaim({ hostname: 'https://shop.example/', claimId: 'exosome-lash-regrowth' }, sidePanel),
    ).rejects.toThrow(/hostname/);
    expect(await services.silences.list()).toEqual([]);
  });
});
