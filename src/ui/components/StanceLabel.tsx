import './StanceLabel.css';

/** Marks a claim the page brings up only to dispute it, so nobody reads it as the page's claim. */
export function RefutedStanceLabel() {
  return <span className="cl-stance">Raised to dispute it</span>;
}
