import type { Claim } from '../../claims/types';
import { UserClaimRow } from './UserClaimRow';
import './UserClaimList.css';

interface Props {
  claims: Claim[];
  loaded: boolean;
  onEdit: (claim: Claim) => void;
  onDelete: (claim: Claim) => Promise<void>;
}

export function UserClaimList({ claims, loaded, onEdit, onDelete }: Props) {
  if (!loaded) return <p className="cl-muted">Loading your claims…</p>;
  if (claims.length === 0) {
    return (
      <div className="cl-user-claims-empty">
        <p>You have not added any claims yet.</p>
        <p className="cl-muted">
          Add a claim ClaimLens does not know about, or import a file someone shared. ClaimLens highlights your claims
          on pages just like its own.
        </p>
      </div>
    );
  }
  return (
    <ul className="cl-user-claims" aria-label="Your claims">
      {claims.map((claim) => (
        <UserClaimRow key={claim.id} claim={claim} onEdit={() => onEdit(claim)} onDelete={() => onDelete(claim)} />
      ))}
    </ul>
  );
}
