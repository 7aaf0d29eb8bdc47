import './PausedSitesList.css';

interface Props {
  sites: readonly string[];
  onResume: (hostname: string) => void;
}

export function PausedSitesList({ sites, onResume }: Props) {
  return (
    <div className="cl-paused-sites">
      <h3 className="cl-paused-sites__title">Paused sites</h3>
      {sites.length === 0 ? (
        <p className="cl-muted">None. You can pause ClaimLens on a site from its popup.</p>
      ) : (
        <ul className="cl-paused-sites__list">
          {[...sites].sort().map((site) => (
            <li key={site}>
              <span className="cl-paused-sites__host">{site}</span>
              <button type="button" className="cl-button cl-button--quiet" onClick={() => onResume(site)} aria-label={`Remove ${site} from paused sites`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
