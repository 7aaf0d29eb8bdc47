import { disputeKey } from '../../disputes/dispute-marks';
import type { Dispute } from '../../disputes/types';
import type { ResearchLogEntry } from '../../research-log/types';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { ConfirmButton } from '../components/ConfirmButton';
import { LoggedFindingItem } from './LoggedFindingItem';
import './LogEntryCard.css';

interface Props {
  entry: ResearchLogEntry;
  catalog: Pick<ClaimCatalog, 'byId'>;
  disputes: ReadonlyMap<string, Dispute>;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDelete: () => Promise<void>;
}

export function formatTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** One page visit: where, when, with which database, and what ClaimLens found there. */
export function LogEntryCard({ entry, catalog, disputes, selected, onSelect, onDelete }: Props) {
  const headingId = `cl-log-entry-${entry.id}`;
  const title = entry.title || entry.url;
  return (
    <article className={`cl-log-entry${selected ? ' is-selected' : ''}`} aria-labelledby={headingId} data-entry-id={entry.id}>
      <header className="cl-log-entry__head">
        <input
          type="checkbox"
          className="cl-log-entry__select"
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
          aria-label={`Select ${title}`}
        />
        <div className="cl-log-entry__page">
          <h2 id={headingId} className="cl-log-entry__title">
            {isHttp(entry.url) ? (
              <a href={entry.url} target="_blank" rel="noopener noreferrer">
                {title}
              </a>
            ) : (
              title
            )}
          </h2>
          <p className="cl-log-entry__meta">
            <span className="cl-log-entry__host">{entry.hostname || entry.url}</span> · first seen {formatTime(entry.firstSeen)}
            {entry.lastUpdated !== entry.firstSeen && <> · last updated {formatTime(entry.lastUpdated)}</>} · claims database{' '}
            <code>{entry.dbVersion}</code>
          </p>
        </div>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${title} from the log`}
          confirmLabel="Delete this page"
          onConfirm={onDelete}
        />
      </header>
      <ul className="cl-log-entry__findings" aria-label={`Findings on ${title}`}>
        {entry.findings.map((finding, index) => (
          <LoggedFindingItem
            key={index}
            finding={finding}
            claim={catalog.byId.get(finding.claimId)}
            dispute={disputes.get(disputeKey(finding.claimId, finding.quote, entry.url))}
          />
        ))}
      </ul>
    </article>
  );
}

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
