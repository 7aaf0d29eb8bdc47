// Each tab's findings, kept in session storage so a restarted service worker still knows them.
// Updates to one tab run one after another: a page sends several scan messages in quick
// succession, and each must build on the one before.
import type { BlockFinding, TabFindings } from '../messaging/protocol';
import type { SessionArea } from './session-area';

/** Bounds what one page can put in session storage (browsers cap it at a few megabytes). */
export const MAX_FINDINGS_PER_TAB = 2_000;

export interface TabFindingsStore {
  get(tabId: number): Promise<TabFindings | null>;
  /** Applies `edit` to the tab's current findings; returning null forgets the tab. */
  update(tabId: number, edit: (current: TabFindings | null) => TabFindings | null): Promise<TabFindings | null>;
  remove(tabId: number): Promise<void>;
}

const keyFor = (tabId: number) => `tabFindings:${tabId}`;

export function createTabFindingsStore(area: SessionArea): TabFindingsStore {
  const queues = new Map<number, Promise<unknown>>();
  /**
   * What this worker last read or wrote for each tab. This instance is the only writer, so the
   * copy stays true; reading a long feed's findings back from storage on every message cost
   * more than matching them. A restarted worker starts empty and reads storage again.
   */
  const memory = new Map<number, TabFindings | null>();

  function enqueue<T>(tabId: number, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(tabId) ?? Promise.resolve();
    const next = previous.then(work, work);
    queues.set(tabId, next);
    const forget = () => {
      if (queues.get(tabId) === next) queues.delete(tabId);
    };
    next.then(forget, forget);
    return next;
  }

  async function read(tabId: number): Promise<TabFindings | null> {
    if (memory.has(tabId)) return memory.get(tabId)!;
    const stored = (await area.get<TabFindings>(keyFor(tabId))) ?? null;
    memory.set(tabId, stored);
    return stored;
  }

  return {
    get: (tabId) => enqueue(tabId, () => read(tabId)),

    update: (tabId, edit) =>
      enqueue(tabId, async () => {
        const current = await read(tabId);
        const next = edit(current);
        if (next === current) return current;
        const kept = next ? { ...next, findings: capFindings(next.findings) } : null;
        memory.delete(tabId);
        if (kept) await area.set(keyFor(tabId), kept);
        else await area.remove(keyFor(tabId));
        memory.set(tabId, kept);
        return kept;
      }),

    remove: (tabId) =>
      enqueue(tabId, async () => {
        memory.delete(tabId);
        await area.remove(keyFor(tabId));
      }),
  };
}

function capFindings(findings: BlockFinding[]): BlockFinding[] {
  return findings.length > MAX_FINDINGS_PER_TAB ? findings.slice(0, MAX_FINDINGS_PER_TAB) : findings;
}
