// Turns a tab's findings (or research-log entries) into a report. Pure: the caller passes the
// clock, the claim lookup and the trend infos, so the same input always gives the same report.
import type { TrendInfo } from '../../claims-db/compile';
import type { Claim } from '../claims/types';
import type { Jurisdiction, Stance, Trend } from '../claims/vocabulary';
import { regulatoryNotesFor } from '../ui/catalog/regulatory-notes';
import type { Dispute, ExportReport, ReportItem } from './report';
import { oneLine } from './text';

/** A BlockFinding satisfies this; a research-log finding also brings the text around the quote. */
export interface FindingForReport {
  claimId: string;
  quote: string;
  stance: Stance;
  prefix?: string;
  suffix?: string;
}

export type Timestamp = Date | number | string;

/** A reader's dispute as the disputes store keeps it; matched to findings by claim and quote. */
export interface DisputeForReport {
  claimId: string;
  quote: string;
  reason: string;
  sourceUrl?: string;
  at: Timestamp;
}

export interface ReportInput {
  page: { url: string; title: string; checkedAt: Timestamp; publishedAt?: string };
  /** In the order they should appear (page order reads best). */
  findings: readonly FindingForReport[];
  /** ClaimCatalog.byId, or any Map of claims by id. */
  claims: { get(id: string): Claim | undefined };
  /** ClaimsBundle.trends or ClaimCatalog.trends. */
  trends: readonly TrendInfo[] | ReadonlyMap<Trend, TrendInfo>;
  /** The reader's disputes for this page (the caller picks the page's; the newest one per finding is shown). */
  disputes?: readonly DisputeForReport[];
  jurisdiction: Jurisdiction;
  /** The version of the database the claims come from (the one judging now, not at logging time). */
  dbVersion: string;
  generatedAt: Timestamp;
}

export function buildReport(input: ReportInput): ExportReport {
  const trendOf = trendLookup(input.trends);
  const disputeOf = newestDisputes(input.disputes ?? []);
  const items: ReportItem[] = [];
  const seen = new Set<string>();
  for (const finding of input.findings) {
    // A claim deleted since the check (a user claim) cannot be explained, so it is left out.
    const claim = input.claims.get(finding.claimId);
    if (!claim) continue;
    // The same sentence seen twice (a block rescanned, a repeated caption) is one item.
    const key = findingKey(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(toItem(finding, claim, trendOf(claim.trend), disputeOf.get(key), input.jurisdiction));
  }
  return {
    page: {
      url: input.page.url,
      title: input.page.title,
      checkedAt: toIso(input.page.checkedAt),
      ...(input.page.publishedAt ? { publishedAt: input.page.publishedAt } : {}),
    },
    items,
    jurisdiction: input.jurisdiction,
    dbVersion: input.dbVersion,
    generatedAt: toIso(input.generatedAt),
  };
}

function findingKey(finding: { claimId: string; quote: string }): string {
  return `${finding.claimId}\u0000${oneLine(finding.quote)}`;
}

function newestDisputes(disputes: readonly DisputeForReport[]): Map<string, Dispute> {
  const newest = new Map<string, Dispute>();
  for (const dispute of disputes) {
    const key = findingKey(dispute);
    const at = toIso(dispute.at);
    const kept = newest.get(key);
    if (kept && kept.at >= at) continue;
    newest.set(key, { reason: dispute.reason, ...(dispute.sourceUrl ? { sourceUrl: dispute.sourceUrl } : {}), at });
  }
  return newest;
}

function toItem(
  finding: FindingForReport,
  claim: Claim,
  trend: TrendInfo | undefined,
  dispute: Dispute | undefined,
  jurisdiction: Jurisdiction,
): ReportItem {
  const readers = regulatoryNotesFor(claim, trend, jurisdiction).find((group) => group.isReadersJurisdiction);
  return {
    quote: finding.quote,
    ...(finding.prefix ? { prefix: finding.prefix } : {}),
    ...(finding.suffix ? { suffix: finding.suffix } : {}),
    stance: finding.stance,
    claim,
    ...(dispute ? { dispute } : {}),
    regulatory: readers?.notes ?? [],
  };
}

function trendLookup(trends: ReportInput['trends']): (trend: Trend) => TrendInfo | undefined {
  if (trends instanceof Map) return (trend) => trends.get(trend);
  const list = trends as readonly TrendInfo[];
  return (trend) => list.find((info) => info.trend === trend);
}

function toIso(time: Timestamp): string {
  const date = time instanceof Date ? time : new Date(time);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid time: ${String(time)}`);
  return date.toISOString();
}
