import type { ClaimCatalog } from '../catalog/claim-catalog';
import { useServices } from '../services/ServicesContext';
import { warnNotDone } from '../services/warn-not-done';
import { useSilences } from '../user-data/use-user-data';
import './SilencedClaimsList.css';

/** Claims silenced on one site from the side panel; "Undo" flags them there again. */
export function SilencedClaimsList({ catalog }: { catalog: Pick<ClaimCatalog, 'byId'> }) {
  const { backend } = useServices();
  const silences = useSilences();
  return (
    <div className="cl-silenced">
      <h3 className="cl-silenced__title">Silenced claims</h3>
      {silences === undefined ? (
        <p className="cl-muted">Loading…</p>
      ) : silences.length === 0 ? (
        <p className="cl-muted">None. You can silence a claim on a site from the side panel.</p>
      ) : (
        <ul className="cl-silenced__list" aria-label="Silenced claims">
          {silences.map(({ hostname, claimId }) => {
            const label = catalog.byId.get(claimId)?.claim ?? claimId;
            return (
              <li key={`${hostname} ${claimId}`}>
                <span>
                  <span className="cl-silenced__claim">{label}</span>
                  <span className="cl-silenced__host">on {hostname}</span>
                </span>
                <button
                  type="button"
                  className="cl-button cl-button--quiet"
                  onClick={() => void Promise.resolve(backend.unsilenceClaim({ hostname, claimId })).catch(warnNotDone)}
                  aria-label={`Undo silence of ${claimId} on ${hostname}`}
                >
                  Undo
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
