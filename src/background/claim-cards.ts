// What the hover card and the side panel need to know about each claim a scan found.
import type { Claim, Finding } from '../claims/types';
import type { ClaimCard } from '../messaging/protocol';

export function toClaimCard(claim: Claim): ClaimCard {
  return {
    claimId: claim.id,
    claim: claim.claim,
    summary: claim.summary,
    verdict: claim.verdict,
    evidence: claim.evidence,
    topic: claim.topic,
  };
}

export function cardsForFindings(
  findings: readonly Finding[],
  claimById: ReadonlyMap<string, Claim>,
): Record<string, ClaimCard> {
  const cards: Record<string, ClaimCard> = {};
  for (const { claimId } of findings) {
    const claim = claimById.get(claimId);
    if (claim && !(claimId in cards)) cards[claimId] = toClaimCard(claim);
  }
  return cards;
}
