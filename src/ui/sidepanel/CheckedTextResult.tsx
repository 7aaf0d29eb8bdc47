import type { Jurisdiction } from '../../claims/vocabulary';
import type { ScanResult } from '../../messaging/protocol';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { compareFindings } from '../findings/finding-order';
import { FindingCard } from './FindingCard';
import './CheckedTextResult.css';

interface Props {
  result: ScanResult;
  catalog: ClaimCatalog;
  jurisdiction: Jurisdiction;
}

/** Findings in a piece of text the user asked about (a selection, a pasted passage). */
export function CheckedTextResult({ result, catalog, jurisdiction }: Props) {
  if (result.findings.length === 0) {
    return <p className="cl-muted">No exosome, PDRN, stem-cell, growth-factor or platelet claims found in this text.</p>;
  }
  return (
    <div className="cl-checked-text">
      {[...result.findings].sort(compareFindings).map((finding) => (
        <FindingCard
          key={finding.key}
          finding={finding}
          claim={catalog.byId.get(finding.claimId)}
          card={result.cards[finding.claimId]}
          trend={catalog.trends.get(finding.trend)}
          jurisdiction={jurisdiction}
        />
      ))}
    </div>
  );
}
