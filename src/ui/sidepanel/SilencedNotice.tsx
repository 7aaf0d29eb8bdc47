import './SilencedNotice.css';

export interface SilencedClaim {
  hostname: string;
  claimId: string;
  /** The claim as people read it, or its id when the catalog no longer has it. */
  label: string;
}

interface Props {
  silenced: SilencedClaim;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Confirms a silence right where the finding was (its card is gone once the page rescans). */
export function SilencedNotice({ silenced, onUndo, onDismiss }: Props) {
  return (
    <div role="status" className="cl-silenced-notice">
      <p>
        “{silenced.label}” is silenced on {silenced.hostname}. You can also undo this from the options page.
      </p>
      <div className="cl-silenced-notice__actions">
        <button type="button" className="cl-button" onClick={onUndo}>
          Undo
        </button>
        <button type="button" className="cl-button cl-button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
