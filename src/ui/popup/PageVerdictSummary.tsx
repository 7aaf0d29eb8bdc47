import type { BlockFinding } from '../../messaging/protocol';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import type { VerdictCounts as Counts } from '../findings/finding-order';
import { TopFindings } from './TopFindings';
import { VerdictCounts } from '../components/VerdictCounts';
import './PageVerdictSummary.css';

interface Props {
  counts: Counts;
  top: BlockFinding[];
  totalFindings: number;
  disputedCount: number;
  catalog: ClaimCatalog;
}

function headline(counts: Counts): string {
  const questionable = counts.false + counts.misleading + counts.overstated + counts.unproven;
  if (questionable === 0 && counts.accurate > 0) return 'The claims found here hold up';
  if (questionable === 0) return 'This page only mentions claims to dispute them';
  return questionable === 1 ? '1 claim here needs a closer look' : `${questionable} claims here need a closer look`;
}

export function PageVerdictSummary({ counts, top, totalFindings, disputedCount, catalog }: Props) {
  return (
    <section className="cl-page-summary" aria-labelledby="cl-page-summary-title">
      <h2 id="cl-page-summary-title" className="cl-page-summary__title">
        {headline(counts)}
      </h2>
      <VerdictCounts counts={counts} />
      {disputedCount > 0 && (
        <p className="cl-muted cl-page-summary__note">
          {disputedCount === 1 ? '1 mention raises' : `${disputedCount} mentions raise`} a claim only to dispute it.
        </p>
      )}
      <TopFindings findings={top} catalog={catalog} />
      {totalFindings > top.length && (
        <p className="cl-muted cl-page-summary__note">
          {totalFindings - top.length} more in the side panel, with sources for each.
        </p>
      )}
    </section>
  );
}
