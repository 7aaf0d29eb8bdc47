// Which findings on a page the reader has disputed. A dispute names the claim, the quote and the
// page; the same words on the same page (in any visit) carry the mark.
import type { Dispute } from './types';

export function disputeKey(claimId: string, quote: string, url: string): string {
  return [claimId, quote.replace(/\s+/g, ' ').trim(), pageOf(url)].join('\u0000');
}

/** The latest dispute for each finding, by disputeKey. */
export function disputesByFinding(disputes: readonly Dispute[]): ReadonlyMap<string, Dispute> {
  const byKey = new Map<string, Dispute>();
  for (const dispute of [...disputes].sort((a, b) => a.at - b.at)) {
    byKey.set(disputeKey(dispute.claimId, dispute.quote, dispute.url), dispute);
  }
  return byKey;
}

/** The disputes made on a page (any visit of it). */
export function disputesOnPage(disputes: readonly Dispute[], url: string): Dispute[] {
  const page = pageOf(url);
  return disputes.filter((dispute) => pageOf(dispute.url) === page);
}

/** A fragment (#section) does not make another page. */
function pageOf(url: string): string {
  return url.split('#')[0] ?? url;
}
