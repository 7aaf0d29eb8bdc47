import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { TrendInfo } from '../../../claims-db/compile';
import type { Claim, Finding } from '../../claims/types';
import type { Jurisdiction } from '../../claims/vocabulary';
import type { Dispute } from '../../disputes/types';
import type { ClaimCard } from '../../messaging/protocol';
import { ClaimDetails } from '../components/ClaimDetails';
import { EvidenceTag } from '../components/EvidenceTag';
import { QuoteExcerpt } from '../components/QuoteExcerpt';
import { RefutedStanceLabel } from '../components/StanceLabel';
import { VerdictChip } from '../components/VerdictChip';
import './FindingCard.css';

interface Props {
  finding: Finding;
  /** The full claim from the catalog; absent if it was deleted since the page was scanned. */
  claim: Claim | undefined;
  /** What the scan itself said about the claim, used when the catalog has no entry. */
  card?: ClaimCard;
  trend: TrendInfo | undefined;
  jurisdiction: Jurisdiction;
  emphasised?: boolean;
  /** Scrolls the page to the finding; resolves false when it is no longer on the page. */
  onShowOnPage?: () => Promise<boolean>;
  /** The reader's latest dispute of this finding, marked on the card. */
  dispute?: Dispute;
  /** Further actions (cite, dispute, silence), below the card's own. */
  tools?: ReactNode;
}

type ShowState = 'idle' | 'showing' | 'missing';

export function FindingCard({ finding, claim, card, trend, jurisdiction, emphasised = false, onShowOnPage, dispute, tools }: Props) {
  const ref = useRef<HTMLElement>(null);
  const [showState, setShowState] = useState<ShowState>('idle');
  const claimText = claim?.claim ?? card?.claim;
  const summary = claim?.summary ?? card?.summary;

  // The user came from this finding's hover card on the page: bring it into view and focus it
  // so keyboard and screen-reader users land there too.
  useEffect(() => {
    if (!emphasised) return;
    ref.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    ref.current?.focus({ preventScroll: true });
  }, [emphasised]);

  const showOnPage = async () => {
    if (!onShowOnPage) return;
    setShowState('showing');
    const found = await onShowOnPage().catch(() => false);
    setShowState(found ? 'idle' : 'missing');
  };

  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`cl-finding${emphasised ? ' is-emphasised' : ''}${dispute ? ' is-disputed' : ''}`}
      data-verdict={finding.verdict}
      data-disputed={dispute ? 'true' : undefined}
      aria-label={`${finding.verdict} claim`}
    >
      <div className="cl-finding__labels">
        <VerdictChip verdict={finding.verdict} />
        <EvidenceTag evidence={finding.evidence} />
        {finding.stance === 'refuted' && <RefutedStanceLabel />}
        {finding.confidence === 'low' && <span className="cl-finding__uncertain">Less certain match</span>}
        {dispute && <span className="cl-finding__disputed">You disputed this</span>}
      </div>
      <QuoteExcerpt text={finding.quote} />
      {claimText && (
        <p className="cl-finding__claim">
          <span className="cl-finding__claim-label">Claim checked: </span>
          {claimText}
        </p>
      )}
      {summary && <p className="cl-finding__summary">{summary}</p>}
      {dispute && (
        <p className="cl-finding__dispute">
          <span className="cl-finding__claim-label">Your reason: </span>
          {dispute.reason}
        </p>
      )}
      {claim && <ClaimDetails claim={claim} trend={trend} jurisdiction={jurisdiction} initiallyOpen={emphasised} />}
      {onShowOnPage && (
        <div className="cl-finding__actions">
          <button type="button" className="cl-button" onClick={showOnPage} disabled={showState === 'showing'}>
            Show on page
          </button>
          <span role="status" className="cl-finding__status">
            {showState === 'missing' ? 'This text is no longer on the page.' : ''}
          </span>
        </div>
      )}
      {tools}
    </article>
  );
}
