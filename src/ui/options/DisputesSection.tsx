import { useState } from 'react';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { excerpt } from '../components/QuoteExcerpt';
import { downloadFile } from '../files/download-file';
import { useServices } from '../services/ServicesContext';
import { warnNotDone } from '../services/warn-not-done';
import { useDisputes } from '../user-data/use-user-data';
import './DisputesSection.css';

export const DISPUTES_FILE_NAME = 'claimlens-disputes.json';

/** The reader's disputes ("I think this is wrong"), and a file of them for a maintainer. */
export function DisputesSection({ catalog }: { catalog: Pick<ClaimCatalog, 'byId'> }) {
  const { backend } = useServices();
  const disputes = useDisputes();
  const [failure, setFailure] = useState('');

  const exportDisputes = async () => {
    setFailure('');
    try {
      downloadFile(DISPUTES_FILE_NAME, 'application/json', await backend.exportDisputes());
    } catch (error) {
      setFailure(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section className="cl-options__section cl-disputes" aria-labelledby="cl-disputes-title">
      <div className="cl-options__section-head">
        <h2 id="cl-disputes-title">Your disputes</h2>
        <button type="button" className="cl-button" onClick={exportDisputes} disabled={!disputes?.length}>
          Export disputes (JSON)
        </button>
      </div>
      <p className="cl-muted">
        Findings you marked “I think this is wrong” in the side panel. Export them to {DISPUTES_FILE_NAME} and send the file
        to the ClaimLens maintainers so they can review the verdicts.
      </p>
      {failure && <p role="alert" className="cl-disputes__failure">{failure}</p>}
      {disputes === undefined ? (
        <p className="cl-muted">Loading…</p>
      ) : disputes.length === 0 ? (
        <p className="cl-muted">No disputes yet.</p>
      ) : (
        <ul className="cl-disputes__list" aria-label="Your disputes">
          {[...disputes].reverse().map((dispute) => (
            <li key={dispute.id} className="cl-disputes__item">
              <div className="cl-disputes__main">
                <p className="cl-disputes__claim">{catalog.byId.get(dispute.claimId)?.claim ?? dispute.claimId}</p>
                <blockquote className="cl-quote">{excerpt(dispute.quote, 220)}</blockquote>
                <p>
                  <span className="cl-disputes__label">Your reason: </span>
                  {dispute.reason}
                </p>
                <p className="cl-disputes__meta">
                  {new Date(dispute.at).toLocaleString()} · <span className="cl-disputes__url">{dispute.url}</span>
                  {dispute.sourceUrl && (
                    <>
                      {' · '}
                      <a href={dispute.sourceUrl} target="_blank" rel="noopener noreferrer">
                        your source
                      </a>
                    </>
                  )}
                </p>
              </div>
              <button
                type="button"
                className="cl-button cl-button--quiet cl-button--danger"
                onClick={() => void Promise.resolve(backend.deleteDispute({ id: dispute.id })).catch(warnNotDone)}
                aria-label={`Delete the dispute of ${dispute.claimId}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
