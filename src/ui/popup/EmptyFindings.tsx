import './EmptyFindings.css';

/** Nothing found: say what ClaimLens looked for, so "nothing" reads as a result, not an error. */
export function EmptyFindings() {
  return (
    <div className="cl-empty-findings">
      <p className="cl-empty-findings__title">No trend claims found on this page</p>
      <p className="cl-muted">
        ClaimLens looks for claims about exosomes, PDRN and polynucleotides, stem-cell cosmetics, growth
        factors and platelet-derived extracts.
      </p>
    </div>
  );
}
