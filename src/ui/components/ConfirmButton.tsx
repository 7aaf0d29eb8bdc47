import { useState } from 'react';
import './ConfirmButton.css';

interface Props {
  /** The first button ("Delete"). */
  label: string;
  /** The second button, which does it ("Delete 12 pages"). */
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  disabled?: boolean;
  /** Accessible name of the first button when its label alone is ambiguous in a list. */
  ariaLabel?: string;
  className?: string;
}

/** A destructive action that asks once more, in place. */
export function ConfirmButton({ label, confirmLabel, onConfirm, disabled = false, ariaLabel, className = '' }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const confirm = async () => {
    setBusy(true);
    setFailure('');
    try {
      await onConfirm();
    } catch (error) {
      setFailure(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  if (!confirming) {
    return (
      <>
        <button
          type="button"
          className={`cl-button cl-button--quiet cl-button--danger ${className}`}
          disabled={disabled}
          aria-label={ariaLabel}
          onClick={() => setConfirming(true)}
        >
          {label}
        </button>
        {failure && (
          <span role="alert" className="cl-confirm__failure">
            {failure}
          </span>
        )}
      </>
    );
  }
  return (
    <span className={`cl-confirm ${className}`}>
      <button type="button" className="cl-button cl-button--danger" onClick={confirm} disabled={busy}>
        {confirmLabel}
      </button>
      <button type="button" className="cl-button cl-button--quiet" onClick={() => setConfirming(false)}>
        Keep
      </button>
    </span>
  );
}
