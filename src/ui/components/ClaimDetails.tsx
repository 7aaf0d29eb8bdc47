import { useEffect, useState } from 'react';
import type { TrendInfo } from '../../../claims-db/compile';
import type { Claim } from '../../claims/types';
import type { Jurisdiction } from '../../claims/vocabulary';
import { regulatoryNotesFor } from '../catalog/regulatory-notes';
import { RegulatoryNotes } from './RegulatoryNotes';
import { SourceList } from './SourceList';
import './ClaimDetails.css';

interface Props {
  claim: Claim;
  trend: TrendInfo | undefined;
  jurisdiction: Jurisdiction;
  /** Whether sources, safety and regulation start unfolded. */
  initiallyOpen?: boolean;
}

/** Everything a journalist needs about a claim: why the verdict (always visible), then sources,
 *  safety and regulation behind one disclosure so a long list stays scannable. */
export function ClaimDetails({ claim, trend, jurisdiction, initiallyOpen = false }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  // A finding the user asked about later (focusKey) unfolds even if its card already exists.
  useEffect(() => {
    if (initiallyOpen) setOpen(true);
  }, [initiallyOpen]);
  const regulatory = regulatoryNotesFor(claim, trend, jurisdiction);
  const countries = regulatory.length;
  const disclosureLabel = [
    `${claim.sources.length} ${claim.sources.length === 1 ? 'source' : 'sources'}`,
    claim.safety.length > 0 ? 'safety' : null,
    countries > 0 ? `regulation in ${countries} ${countries === 1 ? 'region' : 'regions'}` : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <div className="cl-claim-details">
      <p className="cl-claim-details__explanation">{claim.explanation}</p>
      <details
        className="cl-claim-details__more"
        open={open}
        onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{disclosureLabel.charAt(0).toUpperCase() + disclosureLabel.slice(1)}</summary>
        <div className="cl-claim-details__sections">
          <section className="cl-claim-details__section">
            <h4>Sources</h4>
            <SourceList sources={claim.sources} />
          </section>

          {claim.safety.length > 0 && (
            <section className="cl-claim-details__section">
              <h4>Safety</h4>
              <ul className="cl-claim-details__safety">
                {claim.safety.map((note, index) => (
                  <li key={index}>{note}</li>
                ))}
              </ul>
            </section>
          )}

          {countries > 0 && (
            <section className="cl-claim-details__section">
              <h4>Regulatory status</h4>
              <RegulatoryNotes groups={regulatory} trend={claim.trend} />
            </section>
          )}

          <p className="cl-claim-details__reviewed">
            Verdict reviewed {claim.reviewed}
            {claim.origin === 'user' && ' · one of your own claims'}
          </p>
        </div>
      </details>
    </div>
  );
}
