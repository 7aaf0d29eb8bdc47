// How a visit's logged findings grow as the page is scanned. The log keeps everything the page
// showed during the visit: a post that scrolled out of an infinite feed was still read.
import type { BlockFinding } from '../messaging/protocol';
import type { LoggedFinding } from './types';

/** Bounds one entry (the same cap as a tab's findings). */
export const MAX_LOGGED_FINDINGS = 2_000;

export function toLoggedFinding(finding: BlockFinding): LoggedFinding {
  return {
    claimId: finding.claimId,
    topic: finding.topic,
    trend: finding.trend,
    evidence: finding.evidence,
    verdict: finding.verdict,
    stance: finding.stance,
    confidence: finding.confidence,
    quote: finding.quote,
    prefix: finding.prefix ?? '',
    suffix: finding.suffix ?? '',
  };
}

/** The same claim in the same words and place is one finding, however often it was rescanned. */
export function loggedFindingIdentity(finding: Pick<LoggedFinding, 'claimId' | 'quote' | 'prefix' | 'suffix'>): string {
  return [finding.claimId, squash(finding.prefix), squash(finding.quote), squash(finding.suffix)].join('\u0000');
}

/** Earlier findings stay (in their order); a rescanned one takes its latest form; new ones follow. */
export function mergeLoggedFindings(earlier: readonly LoggedFinding[], latest: readonly LoggedFinding[]): LoggedFinding[] {
  const merged = new Map<string, LoggedFinding>();
  for (const finding of earlier) merged.set(loggedFindingIdentity(finding), finding);
  for (const finding of latest) merged.set(loggedFindingIdentity(finding), finding);
  return [...merged.values()].slice(0, MAX_LOGGED_FINDINGS);
}

export function sameLoggedFindings(a: readonly LoggedFinding[], b: readonly LoggedFinding[]): boolean {
  return a.length === b.length && a.every((finding, index) => sameFinding(finding, b[index]!));
}

function sameFinding(a: LoggedFinding, b: LoggedFinding): boolean {
  return (Object.keys(a) as (keyof LoggedFinding)[]).every((key) => a[key] === b[key]);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
