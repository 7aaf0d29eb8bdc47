// Narrowing the research log: by what the claims are about (topic, verdict, trend), where
// (site) and when (a range of days). Topic, verdict and trend pick findings; an entry with no
// finding left drops out.
import type { TopicId, Trend, Verdict } from '../claims/vocabulary';
import type { LoggedFinding, ResearchLogEntry } from './types';

export interface LogFilters {
  topic?: TopicId;
  verdict?: Verdict;
  trend?: Trend;
  /** A hostname as logged. */
  site?: string;
  /** First and last day, YYYY-MM-DD in the reader's time zone, both included. */
  from?: string;
  to?: string;
}

export const NO_FILTERS: LogFilters = {};

export function filterLog(entries: readonly ResearchLogEntry[], filters: LogFilters): ResearchLogEntry[] {
  const start = filters.from ? startOfDay(filters.from) : null;
  const end = filters.to ? endOfDay(filters.to) : null;
  const findingFilter = (finding: LoggedFinding) =>
    (!filters.topic || finding.topic === filters.topic) &&
    (!filters.verdict || finding.verdict === filters.verdict) &&
    (!filters.trend || finding.trend === filters.trend);
  const narrowsFindings = Boolean(filters.topic || filters.verdict || filters.trend);

  const shown: ResearchLogEntry[] = [];
  for (const entry of entries) {
    if (filters.site && entry.hostname !== filters.site) continue;
    // A visit belongs to every day it spans.
    if (start !== null && entry.lastUpdated < start) continue;
    if (end !== null && entry.firstSeen > end) continue;
    if (!narrowsFindings) {
      shown.push(entry);
      continue;
    }
    const findings = entry.findings.filter(findingFilter);
    if (findings.length > 0) shown.push(findings.length === entry.findings.length ? entry : { ...entry, findings });
  }
  return shown;
}

/** The sites in the log, for the site filter: most entries first, then by name. */
export function loggedSites(entries: readonly ResearchLogEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) if (entry.hostname) counts.set(entry.hostname, (counts.get(entry.hostname) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([site]) => site);
}

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(startOfDay(value));
}

function startOfDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!).getTime();
}

function endOfDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date! + 1).getTime() - 1;
}
