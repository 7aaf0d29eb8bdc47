// Keeps the research log (when the user turned it on): one entry per page visit, a visit being
// a tab on one page. Which entry a tab's visit writes to is kept in session storage, so it
// survives service-worker restarts but not the browser session (tab ids are reused later).
import type { ResearchLogRepository } from '../db/research-log-repository';
import type { TabFindings } from '../messaging/protocol';
import { toLoggedFinding } from '../research-log/logged-findings';
import { createKeyedQueue } from './keyed-queue';
import { isSamePage } from './page-findings';
import { hostnameOf } from './page-state';
import type { SessionArea } from './session-area';

interface Visit {
  url: string;
  entryId: string;
}

export interface ResearchLogRecorder {
  /** Logs what the tab's page shows now; a page with no findings starts no entry. */
  record(page: TabFindings, at: number): Promise<void>;
  /** The tab closed or left its page: its next page, even at the same address, is another visit. */
  forgetTab(tabId: number): Promise<void>;
}

const visitKey = (tabId: number) => `logVisit:${tabId}`;

export function createResearchLogRecorder(options: {
  log: Pick<ResearchLogRepository, 'record'>;
  session: SessionArea;
  dbVersion: string;
}): ResearchLogRecorder {
  const { log, session, dbVersion } = options;
  const inOrder = createKeyedQueue<number>();

  return {
    record: (page, at) =>
      inOrder(page.tabId, async () => {
        const visit = await session.get<Visit>(visitKey(page.tabId));
        const sameVisit = visit !== undefined && isSamePage(visit.url, page.url);
        // The tab moved on: coming back to the earlier page later is another visit.
        if (visit && !sameVisit) await session.remove(visitKey(page.tabId));
        const entryId = sameVisit ? visit.entryId : null;
        if (entryId === null && page.findings.length === 0) return;
        const recorded = await log.record({
          entryId,
          url: page.url,
          title: page.title,
          hostname: hostnameOf(page.url) ?? '',
          findings: page.findings.map(toLoggedFinding),
          dbVersion,
          at,
        });
        if (recorded !== null && recorded !== entryId) await session.set(visitKey(page.tabId), { url: page.url, entryId: recorded });
      }),

    forgetTab: (tabId) => inOrder(tabId, () => session.remove(visitKey(tabId))),
  };
}
