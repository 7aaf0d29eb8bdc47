import type { BlockFinding } from '../../messaging/protocol';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { TopFindingItem } from './TopFindingItem';
import './TopFindings.css';

export function TopFindings({ findings, catalog }: { findings: BlockFinding[]; catalog: ClaimCatalog }) {
  return (
    <ol className="cl-top-findings" aria-label="Top findings">
      {findings.map((finding) => (
        <TopFindingItem key={finding.key} finding={finding} claim={catalog.byId.get(finding.claimId)} />
      ))}
    </ol>
  );
}
