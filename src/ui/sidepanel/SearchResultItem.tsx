import type { TrendInfo } from '../../../claims-db/compile';
import type { Claim } from '../../claims/types';
import type { Jurisdiction } from '../../claims/vocabulary';
import { ClaimDetails } from '../components/ClaimDetails';
import { EvidenceTag } from '../components/EvidenceTag';
import { VerdictChip } from '../components/VerdictChip';
import { topicName } from '../labels/topic-names';
import { TREND_SHORT_NAME } from '../labels/trend-names';
import './SearchResultItem.css';

interface Props {
  claim: Claim;
  trend: TrendInfo | undefined;
  jurisdiction: Jurisdiction;
  onThisPage: boolean;
}

export function SearchResultItem({ claim, trend, jurisdiction, onThisPage }: Props) {
  return (
    <li className="cl-search-result">
      <details>
        <summary className="cl-search-result__summary">
          <span className="cl-search-result__labels">
            <VerdictChip verdict={claim.verdict} size="small" />
            <span className="cl-search-result__context">
              {TREND_SHORT_NAME[claim.trend]} · {topicName(claim.topic)}
            </span>
            {onThisPage && <span className="cl-search-result__on-page">On this page</span>}
          </span>
          <span className="cl-search-result__claim">{claim.claim}</span>
        </summary>
        <div className="cl-search-result__body">
          <EvidenceTag evidence={claim.evidence} />
          <p className="cl-search-result__verdict-summary">{claim.summary}</p>
          <ClaimDetails claim={claim} trend={trend} jurisdiction={jurisdiction} />
        </div>
      </details>
    </li>
  );
}
