// How findings are ordered and counted for people: worst verdict first, and claims a page
// raises only to dispute them never count against the page. (The background has already applied
// the user's sensitivity setting to the findings it hands out.)
import type { BlockFinding } from '../../messaging/protocol';
import { VERDICT_SEVERITY } from '../../claims/verdict-display';
import type { TopicId, Verdict } from '../../claims/vocabulary';

function severityRank(verdict: Verdict): number {
  return VERDICT_SEVERITY.indexOf(verdict);
}

/** Asserted before refuted, then worst verdict, then confident before uncertain; stable otherwise. */
export function compareFindings(
  a: Pick<BlockFinding, 'stance' | 'verdict' | 'confidence'>,
  b: Pick<BlockFinding, 'stance' | 'verdict' | 'confidence'>,
): number {
  if (a.stance !== b.stance) return a.stance === 'asserted' ? -1 : 1;
  const bySeverity = severityRank(a.verdict) - severityRank(b.verdict);
  if (bySeverity !== 0) return bySeverity;
  if (a.confidence !== b.confidence) return a.confidence === 'high' ? -1 : 1;
  return 0;
}

export type VerdictCounts = Record<Verdict, number>;

/** Counts asserted findings by verdict (a disputed claim is not the page's claim). */
export function countByVerdict(findings: readonly Pick<BlockFinding, 'verdict' | 'stance'>[]): VerdictCounts {
  const counts: VerdictCounts = { false: 0, misleading: 0, overstated: 0, unproven: 0, accurate: 0 };
  for (const finding of findings) if (finding.stance === 'asserted') counts[finding.verdict]++;
  return counts;
}

/** The few findings a shopper should see first: one per claim, worst first. */
export function topFindings<F extends BlockFinding>(findings: readonly F[], limit = 4): F[] {
  const seenClaims = new Set<string>();
  const top: F[] = [];
  for (const finding of [...findings].sort(compareFindings)) {
    if (seenClaims.has(finding.claimId)) continue;
    seenClaims.add(finding.claimId);
    top.push(finding);
    if (top.length === limit) break;
  }
  return top;
}

export interface TopicGroup<F> {
  topic: TopicId;
  findings: F[];
}

/** Groups by topic; groups with the worst findings come first, findings inside ordered likewise. */
export function groupByTopic<F extends BlockFinding>(findings: readonly F[]): TopicGroup<F>[] {
  const groups = new Map<TopicId, F[]>();
  for (const finding of [...findings].sort(compareFindings)) {
    const list = groups.get(finding.topic) ?? [];
    list.push(finding);
    groups.set(finding.topic, list);
  }
  // Map keeps insertion order, and the first finding inserted is the worst overall.
  return [...groups].map(([topic, list]) => ({ topic, findings: list }));
}
