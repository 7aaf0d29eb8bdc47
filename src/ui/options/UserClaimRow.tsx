import { useState } from 'react';
import type { Claim } from '../../claims/types';
import { VerdictChip } from '../components/VerdictChip';
import { topicName } from '../labels/topic-names';
import { TREND_SHORT_NAME } from '../labels/trend-names';
import './UserClaimRow.css';

interface Props {
  claim: Claim;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}

/** One of the contributor's claims; deleting asks once more, in place. */
export function UserClaimRow({ claim, onEdit, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = async () => {
    setDeleting(true);
    try {
      await onDelete();
    } finally {
      setDeleting(false);
      setConfirming(false);
    }
  };
  return (
    <li className="cl-user-claim">
      <div className="cl-user-claim__main">
        <div className="cl-user-claim__labels">
          <VerdictChip verdict={claim.verdict} size="small" />
          <span className="cl-muted">
            {TREND_SHORT_NAME[claim.trend]} · {topicName(claim.topic)}
          </span>
        </div>
        <p className="cl-user-claim__claim">{claim.claim}</p>
        <p className="cl-user-claim__meta">
          <code>{claim.id}</code> · reviewed {claim.reviewed}
        </p>
      </div>
      <div className="cl-user-claim__actions">
        {confirming ? (
          <>
            <button type="button" className="cl-button cl-button--danger" onClick={remove} disabled={deleting}>
              Delete “{claim.id}”
            </button>
            <button type="button" className="cl-button cl-button--quiet" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <>
            <button type="button" className="cl-button" onClick={onEdit} aria-label={`Edit ${claim.id}`}>
              Edit
            </button>
            <button
              type="button"
              className="cl-button cl-button--quiet cl-button--danger"
              onClick={() => setConfirming(true)}
              aria-label={`Delete ${claim.id}`}
            >
              Delete
            </button>
          </>
        )}
      </div>
    </li>
  );
}
