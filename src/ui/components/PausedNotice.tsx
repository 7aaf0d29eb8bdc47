import './PausedNotice.css';

interface Props {
  hostname: string;
  onResume: () => void;
  busy: boolean;
}

export function PausedNotice({ hostname, onResume, busy }: Props) {
  return (
    <div className="cl-paused">
      <p className="cl-paused__title">Paused on {hostname}</p>
      <p className="cl-muted">ClaimLens is not checking or highlighting anything on this site.</p>
      <button type="button" className="cl-button cl-button--primary" onClick={onResume} disabled={busy}>
        Resume on this site
      </button>
    </div>
  );
}
