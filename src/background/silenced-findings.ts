// "Silence this claim on this site": the claim's findings never leave the background for that
// site, so the page is not highlighted for it, the badge does not count it, and the panels and
// the research log never see it.
import type { BlockFinding } from '../messaging/protocol';
import type { SilencesRepository } from '../db/silences-repository';
import { hostnameOf } from './page-state';

export async function withoutSilencedClaims(
  silences: Pick<SilencesRepository, 'claimIdsFor'>,
  url: string,
  findings: BlockFinding[],
): Promise<BlockFinding[]> {
  const hostname = hostnameOf(url);
  if (findings.length === 0 || hostname === null) return findings;
  let silenced: ReadonlySet<string>;
  try {
    silenced = await silences.claimIdsFor(hostname);
  } catch (error) {
    // Showing a silenced claim is a smaller harm than showing nothing on the page.
    console.error('[ClaimLens] could not read silenced claims', error);
    return findings;
  }
  return silenced.size === 0 ? findings : findings.filter((finding) => !silenced.has(finding.claimId));
}
