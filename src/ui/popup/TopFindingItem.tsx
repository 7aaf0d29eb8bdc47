import type { Claim } from '../../claims/types';
import type { BlockFinding } from '../../messaging/protocol';
import { QuoteExcerpt } from '../components/QuoteExcerpt';
import { RefutedStanceLabel } from '../components/StanceLabel';
import { VerdictChip } from '../components/VerdictChip';
import './TopFindingItem.css';

interface Props {
  finding: BlockFinding;
  claim: Claim | undefined;
}

export function TopFindingItem({ finding, claim }: Props) {
  return (
    <li className="cl-top-finding">
      <div className="cl-top-finding__labels">
        <VerdictChip verdict={finding.verdict} size="small" />
        {finding.stance === 'refuted' && <RefutedStanceLabel />}
      </div>
      <QuoteExcerpt text={finding.quote} maxLength={96} />
      {claim && <p className="cl-top-finding__summary">{claim.summary}</p>}
    </li>
  );
}
