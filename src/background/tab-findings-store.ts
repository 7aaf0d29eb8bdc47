// Each tab's findings, kept in session storage so a restarted service worker still knows them.
// Updates to one tab run one after another: a page sends several scan messages in quick
// succession, and each must build on the one before.
import type { BlockFinding, TabFindings } from '../messaging/protocol';
import type { AfterReply } from './after-reply';
import { createKeyedQueue } from './keyed-queue';
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

/**
 * Least time between the starts of two writes for one tab. Writing a long feed's 450 kB record
 * holds the worker for about 40 ms; back to back, every scan would wait behind one.
 */
export const WRITE_SPACING_MS = 500;

/**
 * `writes`: where the store leaves its writes running. Edits apply in memory at once, so nobody
 * (a page waiting for its highlights, the badge) waits for storage.
 */
export function createTabFindingsStore(area: SessionArea, writes: AfterReply, spacingMs = WRITE_SPACING_MS): TabFindingsStore {
  const enqueue = createKeyedQueue<number>();
  /**
   * What this worker last read or wrote for each tab (null: none). This instance is the only
   * writer, so the copy stays true; reading a long feed's findings back from storage on every
   * message cost more than matching them. A restarted worker starts empty and reads storage again.
   */
  const memory = new Map<number, TabFindings | null>();
  /** Per tab: the write under way, the one waiting to follow it, and when the last one started. */
  const writing = new Map<number, Promise<void>>();
  const waiting = new Map<number, Promise<void>>();
  const lastStart = new Map<number, number>();

  async function read(tabId: number): Promise<TabFindings | null> {
    if (memory.has(tabId)) return memory.get(tabId)!;
    const stored = (await area.get<TabFindings>(keyFor(tabId))) ?? null;
    memory.set(tabId, stored);
    return stored;
  }

  async function write(tabId: number): Promise<void> {
    const value = memory.get(tabId) ?? null;
    if (value) await area.set(keyFor(tabId), value);
    else await area.remove(keyFor(tabId));
  }

  /**
   * Stores the tab's findings as they are in memory now. Writes do not pile up: one runs at a time,
   * spaced out, and changes made meanwhile go out together in the next. Resolves once a write that
   * includes the latest change has finished. A failed write leaves memory right: the next one
   * stores it.
   */
  function persist(tabId: number): Promise<void> {
    const queued = waiting.get(tabId);
    if (queued) return queued;
    const running = writing.get(tabId);
    const spaced = async () => {
      await running?.catch(() => {});
      const wait = (lastStart.get(tabId) ?? -Infinity) + spacingMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    };
    const next = spaced().then(() => {
      waiting.delete(tabId);
      lastStart.set(tabId, Date.now());
      const started = write(tabId);
      writing.set(tabId, started);
      const done = () => {
        if (writing.get(tabId) === started) writing.delete(tabId);
      };
      started.then(done, done);
      return started;
    });
    waiting.set(tabId, next);
    return next;
  }

  /** Applies an edit in memory, in order with the tab's other edits, and starts storing it. */
  function change(tabId: number, edit: (current: TabFindings | null) => TabFindings | null): Promise<TabFindings | null> {
    return enqueue(tabId, async () => {
      const current = await read(tabId);
      const next = edit(current);
      if (next === current) return current;
      const kept = next ? { ...next, findings: capFindings(next.findings) } : null;
      memory.set(tabId, kept);
      writes.run(`could not store findings for tab ${tabId}`, () => persist(tabId));
      return kept;
    });
  }

  return {
    get: (tabId) => enqueue(tabId, () => read(tabId)),
    update: change,
    remove: async (tabId) => {
      await change(tabId, () => null);
    },
  };
}

function capFindings(findings: BlockFinding[]): BlockFinding[] {
  return findings.length > MAX_FINDINGS_PER_TAB ? findings.slice(0, MAX_FINDINGS_PER_TAB) : findings;
}
