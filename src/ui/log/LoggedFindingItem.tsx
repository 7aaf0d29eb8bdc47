import type { Claim } from '../../claims/types';
import type { Dispute } from '../../disputes/types';
import type { LoggedFinding } from '../../research-log/types';
import { EvidenceTag } from '../components/EvidenceTag';
import { RefutedStanceLabel } from '../components/StanceLabel';
import { VerdictChip } from '../components/VerdictChip';
import { topicName } from '../labels/topic-names';
import './LoggedFindingItem.css';

interface Props {
  finding: LoggedFinding;
  claim: Claim | undefined;
  dispute: Dispute | undefined;
}

/** One logged finding: the quote in its context, as the page showed it. */
export function LoggedFindingItem({ finding, claim, dispute }: Props) {
  return (
    <li className="cl-logged-finding" data-verdict={finding.verdict} data-disputed={dispute ? 'true' : undefined}>
      <div className="cl-logged-finding__labels">
        <VerdictChip verdict={finding.verdict} size="small" />
        <EvidenceTag evidence={finding.evidence} />
        <span className="cl-muted">{topicName(finding.topic)}</span>
        {finding.stance === 'refuted' && <RefutedStanceLabel />}
        {dispute && <span className="cl-logged-finding__disputed">You disputed this</span>}
      </div>
      <blockquote className="cl-logged-finding__quote">
        {finding.prefix.trim() && <span className="cl-logged-finding__context">…{finding.prefix}</span>}
        <mark>{finding.quote}</mark>
        {finding.suffix.trim() && <span className="cl-logged-finding__context">{finding.suffix}…</span>}
      </blockquote>
      {claim && (
        <p className="cl-logged-finding__claim">
          <span className="cl-logged-finding__claim-label">Claim checked: </span>
          {claim.claim}
        </p>
      )}
    </li>
  );
}
