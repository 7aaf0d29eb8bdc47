// The research log in IndexedDB. The background is its only writer (pages read it live); each
// visit's entry is read and rewritten in one transaction, so quick successive scans of a page
// cannot lose each other's findings.
import { mergeLoggedFindings, sameLoggedFindings } from '../research-log/logged-findings';
import type { LoggedFinding, ResearchLogEntry } from '../research-log/types';
import type { ClaimLensDatabase } from './database';

export interface VisitFindings {
  /** The visit's entry so far, or null for a visit not logged yet. */
  entryId: string | null;
  url: string;
  title: string;
  hostname: string;
  /** Everything the page shows now; added to what the visit showed before. */
  findings: readonly LoggedFinding[];
  dbVersion: string;
  at: number;
}

export interface ResearchLogRepository {
  /** Adds the findings to the visit's entry, or starts an entry; returns the entry's id (null
   *  when nothing was logged: a visit with no findings yet). */
  record(visit: VisitFindings): Promise<string | null>;
  /** Every entry, most recently updated first. */
  list(): Promise<ResearchLogEntry[]>;
  delete(ids: readonly string[]): Promise<void>;
  clear(): Promise<void>;
}

export function createResearchLogRepository(
  db: ClaimLensDatabase,
  newId: () => string = () => crypto.randomUUID(),
): ResearchLogRepository {
  return {
    record(visit) {
      return db.transaction('rw', db.researchLog, async () => {
        const existing = visit.entryId === null ? undefined : await db.researchLog.get(visit.entryId);
        if (!existing) {
          if (visit.findings.length === 0) return null;
          const entry: ResearchLogEntry = {
            id: newId(),
            url: visit.url,
            title: visit.title,
            hostname: visit.hostname,
            firstSeen: visit.at,
            lastUpdated: visit.at,
            dbVersion: visit.dbVersion,
            findings: mergeLoggedFindings([], visit.findings),
          };
          await db.researchLog.add(entry);
          return entry.id;
        }
        const findings = mergeLoggedFindings(existing.findings, visit.findings);
        // A title can arrive after the first scan; an empty one never replaces a known one.
        const title = visit.title || existing.title;
        if (sameLoggedFindings(findings, existing.findings) && title === existing.title) return existing.id;
        await db.researchLog.put({
          ...existing,
          url: visit.url,
          title,
          findings,
          dbVersion: visit.dbVersion,
          lastUpdated: Math.max(visit.at, existing.firstSeen),
        });
        return existing.id;
      });
    },

    async list() {
      return (await db.researchLog.orderBy('lastUpdated').reverse().toArray());
    },

    async delete(ids) {
      await db.researchLog.bulkDelete([...ids]);
    },

    async clear() {
      await db.researchLog.clear();
    },
  };
}
