import { useState } from 'react';
import type { Claim } from '../../claims/types';
import { citationFor } from '../../exports';
import type { BlockFinding } from '../../messaging/protocol';
import { useServices } from '../services/ServicesContext';
import { DisputeForm } from './DisputeForm';
import './FindingTools.css';

interface Props {
  finding: BlockFinding;
  /** The claim as the catalog has it now; absent if it was deleted since the scan. */
  claim: Claim | undefined;
  pageUrl: string;
  /** Where "silence" applies; null when the page has no web address. */
  hostname: string | null;
  dbVersion: string;
  disputed: boolean;
  onSilence: (claimId: string) => Promise<void>;
}

type Status = { kind: 'none' } | { kind: 'done' | 'failed'; message: string };

/** A journalist's actions on one finding: cite it, dispute it, silence it on this site. */
export function FindingTools({ finding, claim, pageUrl, hostname, dbVersion, disputed, onSilence }: Props) {
  const { copyText } = useServices();
  const [disputing, setDisputing] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'none' });

  const copyCitation = async () => {
    if (!claim) return;
    try {
      await copyText(citationFor({ quote: finding.quote, stance: finding.stance, claim }, dbVersion));
      setStatus({ kind: 'done', message: 'Citation copied.' });
    } catch (error) {
      setStatus({ kind: 'failed', message: `Could not copy: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const silence = async () => {
    try {
      await onSilence(finding.claimId);
    } catch (error) {
      setStatus({ kind: 'failed', message: `Not silenced: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <div className="cl-finding-tools">
      <div className="cl-finding-tools__buttons">
        <button type="button" className="cl-button cl-button--quiet" onClick={copyCitation} disabled={!claim}>
          Copy citation
        </button>
        {!disputing && (
          <button type="button" className="cl-button cl-button--quiet" onClick={() => setDisputing(true)}>
            {disputed ? 'Dispute again' : 'I think this is wrong'}
          </button>
        )}
        {hostname && (
          <button
            type="button"
            className="cl-button cl-button--quiet"
            onClick={silence}
            title={`Stop flagging this claim on ${hostname}; undo from the options page`}
          >
            Silence this claim on this site
          </button>
        )}
      </div>
      {disputing && (
        <DisputeForm
          finding={finding}
          pageUrl={pageUrl}
          onSaved={() => {
            setDisputing(false);
            setStatus({ kind: 'done', message: 'Dispute saved on this device.' });
          }}
          onCancel={() => setDisputing(false)}
        />
      )}
      <p role="status" className={`cl-finding-tools__status is-${status.kind}`}>
        {status.kind === 'none' ? '' : status.message}
      </p>
    </div>
  );
}
