// Answers content scripts. Payloads arrive validated (src/messaging/receive.ts); the tab id
// comes from the browser (the sender), never from the page.
import type { ContentHandlers } from '../messaging/receive';
import type { TabFindings } from '../messaging/protocol';
import { isSitePaused, pageStateFor } from './page-state';
import { withFocus, withoutBlocks, withPageAnnounced, withScannedBlocks } from './page-findings';
import { logPageVisit } from './research-log-hook';
import { scanTextBlocks, toScanResult } from './scanner';
import type { BackgroundServices } from './services';
import { openSidePanel } from './side-panel';
import { withoutSilencedClaims } from './silenced-findings';
import { publishTabFindings } from './tab-updates';

export function createContentHandlers(services: BackgroundServices): ContentHandlers {
  /** Edits a tab's findings and updates its badge; storing them follows (tab-findings-store.ts).
   *  Returns the tab's findings after the edit (null when forgotten or not readable). */
  async function updateTab(
    tabId: number,
    edit: (current: TabFindings | null) => TabFindings | null,
  ): Promise<TabFindings | null> {
    let before: TabFindings | null = null;
    let after: TabFindings | null;
    try {
      after = await services.tabFindings.update(tabId, (current) => {
        before = current;
        return edit(current);
      });
    } catch (error) {
      console.error(`[ClaimLens] could not read the findings of tab ${tabId}`, error);
      return null;
    }
    if (after !== before) await publishTabFindings(tabId, after);
    return after;
  }

  return {
    async getPageState({ url }, { tabId }) {
      const state = pageStateFor(url, await services.settings.get());
      await updateTab(tabId, (current) => withPageAnnounced(current, { tabId, url, paused: state.paused, at: Date.now() }));
      return state;
    },

    async scanBlocks({ url, title, reset, blocks }, { tabId }) {
      const settings = await services.settings.get();
      const paused = isSitePaused(url, settings);
      const compiled = paused ? null : await services.claims.compiled();
      const scanned = compiled ? scanTextBlocks(compiled, blocks, settings.sensitivity, title) : [];
      const findings = await withoutSilencedClaims(services.silences, url, scanned);
      const blockIds = blocks.map((block) => block.id);
      const at = Date.now();
      // Queued now, so the tab's next message builds on this one; the page need not wait for it.
      const recorded = updateTab(tabId, (current) => withScannedBlocks(current, { tabId, url, title, reset, blockIds, findings, at }));
      services.afterReply.run(`could not record the scan of tab ${tabId}`, async () => {
        const page = await recorded;
        if (settings.researchLog && page) await logPageVisit(services.researchLogRecorder, page, at);
      });
      const result = compiled ? toScanResult(compiled, findings) : { findings: [], cards: {} };
      return { ...result, worker: services.workerRun };
    },

    async forgetBlocks({ blockIds }, { tabId }) {
      await updateTab(tabId, (current) => withoutBlocks(current, blockIds, Date.now()));
    },

    async openDetails({ key }, { tabId }) {
      // First, before any await: the browser allows opening the panel only during the click.
      openSidePanel({ tabId });
      await updateTab(tabId, (current) => withFocus(current, key, Date.now()));
    },
  };
}
